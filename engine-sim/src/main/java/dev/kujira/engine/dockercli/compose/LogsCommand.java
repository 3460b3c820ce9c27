package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.LogLine;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;
import java.util.List;

/** {@code docker compose logs}: each container's output, prefixed with its service and number. */
final class LogsCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.LOGS;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    ComposeProject p = ctx.project();
    p.select(in.args());
    List<ContainerSummary> shown = p.containers(true).stream().filter(c -> in.args().isEmpty()
        || in.args().contains(ComposeProject.service(c))).toList();
    int width = shown.stream().mapToInt(c -> label(c).length()).max().orElse(0);
    for (ContainerSummary c : shown) {
      print(ctx, c, !in.bool("no-log-prefix"), width);
    }
  }

  static void print(ComposeContext ctx, ContainerSummary c, boolean prefix, int width) {
    for (LogLine l : ctx.cli().api().containerLogs(c.id())) {
      // compose writes ESC[2K before every log line even without a terminal (conformance 64, 68).
      String text = "\u001b[2K" + (prefix ? String.format("%-" + (width + 1) + "s | ", label(c)) : "") + l.text();
      ctx.cli().out().print(text.endsWith("\n") ? text : text + "\n");
    }
  }

  static String label(ContainerSummary c) {
    if (ComposeProject.oneOff(c)) {
      return ComposeProject.nameOf(c);
    }
    return ComposeProject.service(c) + "-" + ComposeProject.number(c);
  }
}
