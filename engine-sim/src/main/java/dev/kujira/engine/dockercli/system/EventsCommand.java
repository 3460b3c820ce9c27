package dev.kujira.engine.dockercli.system;

import dev.kujira.engine.api.ClientTerminal;
import dev.kujira.engine.api.EngineEvent;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.container.LogsCommand;
import dev.kujira.engine.gotemplate.GoStruct;
import dev.kujira.engine.gotemplate.GoTemplate;
import dev.kujira.engine.gotemplate.TemplateException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code docker events}: the daemon's events, one line each as docker/cli prints them ("TIME TYPE
 * ACTION ID (k=v, …)", the attributes sorted, the time with nine fraction digits; seen on the real
 * engine), between {@code --since} and {@code --until}, or with {@code --format} a template per
 * event. Without {@code --until} it follows new events on the learner's terminal until Ctrl-C;
 * without a terminal it stops at the present (the real one would wait for ever).
 */
public final class EventsCommand implements DockerCommand {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
      .withZone(ZoneOffset.UTC);
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public EventsCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    long now = cli.api().now();
    Long since = LogsCommand.time(in.string("since"), "since", now);
    Long until = LogsCommand.time(in.string("until"), "until", now);
    Map<String, List<String>> filters = filters(in.list("filter"));
    GoTemplate template = template(in.string("format"));
    List<EngineEvent> all = cli.api().events();
    // Without --since only events from now on are shown.
    long from = since == null ? now : since;
    for (EngineEvent e : all) {
      if (e.time() >= from && (until == null || e.time() <= until)) {
        print(cli, e, filters, template);
      }
    }
    Optional<ClientTerminal> terminal = cli.terminal() ? cli.api().clientTerminal() : Optional.empty();
    if (until != null || terminal.isEmpty()) {
      return;
    }
    EngineEvent[] last = {all.isEmpty() ? null : all.get(all.size() - 1)};
    dev.kujira.engine.dockercli.container.TerminalClient.follow(cli, terminal.get(), () -> {
      List<EngineEvent> now2 = cli.api().events();
      int start = last[0] == null ? 0 : indexAfter(now2, last[0]);
      for (EngineEvent e : now2.subList(start, now2.size())) {
        print(cli, e, filters, template);
      }
      if (!now2.isEmpty()) {
        last[0] = now2.get(now2.size() - 1);
      }
    }, () -> true);
  }

  private static int indexAfter(List<EngineEvent> events, EngineEvent last) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i) == last) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Map<String, List<String>> filters(List<String> specs) {
    Map<String, List<String>> f = new LinkedHashMap<>();
    for (String s : specs) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new CliException("invalid filter '" + s + "'", 1);
      }
      f.computeIfAbsent(s.substring(0, eq), k -> new ArrayList<>()).add(s.substring(eq + 1));
    }
    return f;
  }

  private static GoTemplate template(String format) {
    if (format.isEmpty()) {
      return null;
    }
    try {
      return GoTemplate.parse(format.equals("json") ? "{{json .}}" : format);
    } catch (TemplateException e) {
      throw new CliException("template parsing error: " + e.getMessage(), 64);
    }
  }

  /** Returns whether {@code e} passes the filters (each key's values are alternatives, keys all apply). */
  private static boolean matches(EngineEvent e, Map<String, List<String>> filters) {
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      boolean any = false;
      for (String v : f.getValue()) {
        any |= switch (f.getKey()) {
          case "type" -> e.type().equals(v);
          case "event" -> e.action().equals(v);
          // moby's events filter matches names and ids fuzzily: a value matches as a prefix (filters.FuzzyMatch).
          case "container" -> e.type().equals("container") && (e.id().startsWith(v) || prefixOf(v, e.attributes().get("name")))
              || v.equals(e.attributes().get("container"));
          case "image" -> v.equals(e.attributes().get("image")) || e.type().equals("image") && e.id().contains(v);
          case "network" -> e.type().equals("network") && (e.id().startsWith(v) || prefixOf(v, e.attributes().get("name")));
          case "volume" -> e.type().equals("volume") && e.id().equals(v);
          case "label" -> label(e, v);
          default -> throw new CliException(Batch.daemonError("invalid filter '" + f.getKey() + "'"), 1);
        };
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private static boolean prefixOf(String v, String name) {
    return name != null && name.startsWith(v);
  }

  private static boolean label(EngineEvent e, String v) {
    int eq = v.indexOf('=');
    return eq < 0 ? e.attributes().containsKey(v) : v.substring(eq + 1).equals(e.attributes().get(v.substring(0, eq)));
  }

  private static void print(CliContext cli, EngineEvent e, Map<String, List<String>> filters, GoTemplate template) {
    if (!matches(e, filters)) {
      return;
    }
    Map<String, String> attrs = new TreeMap<>(e.attributes());
    if (template != null) {
      try {
        cli.out().println(template.execute(message(e, attrs)));
      } catch (TemplateException x) {
        throw new CliException("template: " + x.getMessage(), 64);
      }
      return;
    }
    StringBuilder sb = new StringBuilder(TIME.format(Instant.ofEpochMilli(e.time()))).append(' ')
        .append(e.type()).append(' ').append(e.action()).append(' ').append(e.id());
    if (!attrs.isEmpty()) {
      List<String> kv = new ArrayList<>();
      attrs.forEach((k, v) -> kv.add(k + "=" + v));
      sb.append(" (").append(String.join(", ", kv)).append(')');
    }
    cli.out().println(sb);
  }

  /** Returns the event as the Engine API's events.Message, with the legacy status/id/from of containers. */
  private static GoStruct message(EngineEvent e, Map<String, String> attrs) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (e.type().equals("container") || e.type().equals("image")) {
      m.put("Status", e.action());
      m.put("ID", e.id());
      m.put("From", attrs.getOrDefault("image", ""));
    }
    m.put("Type", e.type());
    m.put("Action", e.action());
    Map<String, Object> actor = new LinkedHashMap<>();
    actor.put("ID", e.id());
    actor.put("Attributes", new TreeMap<String, Object>(attrs));
    m.put("Actor", new GoStruct("events.Actor", actor));
    m.put("Scope", "local");
    m.put("Time", e.time() / 1000);
    m.put("TimeNano", e.time() * 1_000_000L);
    return new GoStruct("events.Message", m);
  }
}
