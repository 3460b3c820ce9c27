package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.LogLine;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code docker logs}: print a container's logs, stdout lines to stdout and stderr lines to
 * stderr (conformance 13-logs-tail-stderr). {@code -f} ends when the container stops.
 */
public final class LogsCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public LogsCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String ref = in.args().get(0);
    long now = cli.api().now();
    Long since = time(in.string("since"), "since", now);
    Long until = time(in.string("until"), "until", now);
    java.util.Optional<dev.kujira.engine.api.ClientTerminal> terminal = TerminalClient.of(cli);
    boolean streaming = in.bool("follow") && terminal.isPresent() && running(cli, ref);
    if (in.bool("follow") && !streaming) {
      cli.api().containerWait(ref);
    }
    List<LogLine> lines = cli.api().containerLogs(ref);
    int seen = lines.size();
    String tail = in.string("tail");
    // The daemon reads a --tail it cannot parse as "all" (seen on the real engine: --tail :2 prints everything).
    if (tail.trim().matches("\\d+")) {
      int n = Integer.parseInt(tail.trim());
      if (n >= 0 && n < lines.size()) {
        lines = lines.subList(lines.size() - n, lines.size());
      }
    }
    boolean timestamps = in.bool("timestamps");
    // --details prefixes each line with the log's extra attributes and a space (none are configured here).
    String details = in.bool("details") ? " " : "";
    print(cli, lines, since, until, timestamps, details);
    if (streaming) {
      follow(cli, terminal.get(), ref, seen, until, timestamps, details);
    }
  }

  private static boolean running(CliContext cli, String ref) {
    Object state = cli.api().containerInspect(ref).get("State");
    return state instanceof dev.kujira.engine.api.ApiObject s && Boolean.TRUE.equals(s.get("Running"));
  }

  /**
   * Follows the log on the learner's terminal as time passes, until the container stops or Ctrl-C
   * (then "^C" and status 130, as a shell shows a client ended by SIGINT).
   */
  private static void follow(CliContext cli, dev.kujira.engine.api.ClientTerminal terminal, String ref, int seen,
      Long until, boolean timestamps, String details) {
    int[] printed = {seen};
    TerminalClient.follow(cli, terminal, () -> {
      List<LogLine> all = cli.api().containerLogs(ref);
      print(cli, all.subList(Math.min(printed[0], all.size()), all.size()), null, until, timestamps, details);
      printed[0] = all.size();
    }, () -> running(cli, ref));
  }

  /** docker/cli's RFC3339NanoFixed: always nine fraction digits (30 characters in UTC). */
  private static final DateTimeFormatter NANO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
      .withZone(java.time.ZoneOffset.UTC);

  private static void print(CliContext cli, List<LogLine> lines, Long since, Long until, boolean timestamps,
      String details) {
    for (LogLine l : lines) {
      if (since != null && l.time() <= since || until != null && l.time() > until) {
        continue;
      }
      String text = (timestamps ? NANO.format(Instant.ofEpochMilli(l.time())) + " " : "")
          + details + l.text();
      (l.stderr() ? cli.err() : cli.out()).print(text);
    }
    cli.out().flush();
    cli.err().flush();
  }

  private static final java.util.regex.Pattern DURATION =
      java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  /**
   * Reads a --since/--until value as docker/cli's timetypes.GetTimestamp does: a Go duration
   * back from now, Unix seconds, or an RFC 3339 date or date-time; null when the flag is unset.
   */
  public static Long time(String value, String flag, long now) {
    String v = value.trim();
    if (v.isEmpty()) {
      return null;
    }
    if (v.matches("(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h))+")) {
      double millis = 0;
      java.util.regex.Matcher m = DURATION.matcher(v);
      while (m.find()) {
        double n = Double.parseDouble(m.group(1));
        millis += switch (m.group(2)) {
          case "h" -> n * 3_600_000;
          case "m" -> n * 60_000;
          case "s" -> n * 1000;
          case "ms" -> n;
          default -> n / 1000;
        };
      }
      return now - (long) millis;
    }
    if (v.matches("\\d+(\\.\\d+)?")) {
      return (long) (Double.parseDouble(v) * 1000);
    }
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return java.time.LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
      }
      return java.time.OffsetDateTime.parse(v.endsWith("Z") || v.matches(".*[+-]\\d{2}:\\d{2}$") ? v : v + "Z")
          .toInstant().toEpochMilli();
    } catch (java.time.DateTimeException e) {
      throw new CliException("invalid value for \"" + flag + "\": failed to parse value as time or duration: \""
          + value + "\"", 1);
    }
  }
}
