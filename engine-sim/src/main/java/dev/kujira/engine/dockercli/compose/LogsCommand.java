package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.LogLine;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;
import java.util.List;

/** {@code docker compose logs}: each container's output, prefixed with its service and number. */
final class LogsCommand implements ComposeCommand {
  private static final java.time.format.DateTimeFormatter RFC3339_NANO = java.time.format.DateTimeFormatter
      .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.LOGS;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    ComposeProject p = ctx.project();
    p.select(in.args());
    // with a compose file and no service named, compose 2.26 shows the file's services only: an
    // orphan of another file of the project is left out (difftest, conformance d07)
    java.util.Set<String> names = new java.util.HashSet<>(in.args().isEmpty()
        ? p.services().stream().map(s -> s.name()).toList() : in.args());
    List<ContainerSummary> shown = p.containers(true).stream()
        .filter(c -> names.contains(ComposeProject.service(c))).toList();
    int width = shown.stream().mapToInt(c -> label(c).length()).max().orElse(0);
    String tail = in.string("tail");
    int keep = tail.equals("all") || tail.isEmpty() ? -1 : Integer.parseInt(tail.trim());
    if (in.bool("follow")) {
      java.util.Map<String, Integer> printed = new java.util.HashMap<>();
      for (ContainerSummary c : shown) {
        int size = ctx.cli().api().containerLogs(c.id()).size();
        printed.put(c.id(), keep < 0 ? 0 : Math.max(0, size - keep));
      }
      Follow.run(ctx, p, shown, printed, false, "", in.bool("timestamps"));
      return;
    }
    for (ContainerSummary c : shown) {
      print(ctx, c, !in.bool("no-log-prefix"), width, keep, in.bool("timestamps"));
    }
  }

  static void print(ComposeContext ctx, ContainerSummary c, boolean prefix, int width) {
    print(ctx, c, prefix, width, -1, false);
  }

  /** Prints a container's log lines (the last {@code keep} of them, all when negative). */
  static void print(ComposeContext ctx, ContainerSummary c, boolean prefix, int width, int keep,
      boolean timestamps) {
    List<LogLine> lines = ctx.cli().api().containerLogs(c.id());
    if (keep >= 0 && lines.size() > keep) {
      lines = lines.subList(lines.size() - keep, lines.size());
    }
    for (LogLine l : lines) {
      printLine(ctx, c, l, prefix, width, timestamps);
    }
  }

  static void printLine(ComposeContext ctx, ContainerSummary c, LogLine l, boolean prefix, int width) {
    printLine(ctx, c, l, prefix, width, false);
  }

  static void printLine(ComposeContext ctx, ContainerSummary c, LogLine l, boolean prefix, int width,
      boolean timestamps) {
    // compose writes ESC[2K before every log line even without a terminal (conformance 64, 68);
    // -t puts the line's RFC 3339 time after the prefix (conformance c27)
    String time = timestamps ? RFC3339_NANO.format(java.time.Instant.ofEpochMilli(l.time())) + " " : "";
    String text = "\u001b[2K" + (prefix ? String.format("%-" + (width + 1) + "s | ", label(c)) : "") + time + l.text();
    ctx.cli().out().print(text.endsWith("\n") ? text : text + "\n");
  }

  /** Returns the container's name without its project prefix ("app-1", or a container_name as it is: c22). */
  static String label(ContainerSummary c) {
    String name = ComposeProject.nameOf(c);
    String prefix = c.labels().getOrDefault("com.docker.compose.project", "") + "-";
    return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
  }
}
