package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.LogLine;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.Lifecycle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows containers' output as {@code up} (attached) and {@code logs -f} do: lines of all
 * containers in time order, "x exited with code N" when one ends, until all have ended. It polls
 * on the engine's clock, so a service that never ends is followed until the command is
 * interrupted, as with the real compose (conformance c17, c26, c27).
 */
final class Follow {
  private static final long POLL_MILLIS = 100;

  private Follow() {
  }

  /**
   * Follows {@code list}, skipping the lines already counted in {@code printed}; with {@code abort}
   * the first container to end stops the project and its status (or {@code exitCodeFrom}'s) is returned.
   */
  static int run(ComposeContext ctx, ComposeProject p, List<ContainerSummary> list, Map<String, Integer> printed,
      boolean abort, String exitCodeFrom, boolean timestamps) {
    int width = list.stream().mapToInt(c -> LogsCommand.label(c).length()).max().orElse(0);
    Set<String> ended = new HashSet<>();
    while (ended.size() < list.size()) {
      List<Object[]> fresh = new ArrayList<>();
      for (ContainerSummary c : list) {
        List<LogLine> logs = ctx.cli().api().containerLogs(c.id());
        for (int i = printed.getOrDefault(c.id(), 0); i < logs.size(); i++) {
          fresh.add(new Object[] {logs.get(i), c});
        }
        printed.put(c.id(), logs.size());
      }
      fresh.sort(Comparator.comparingLong(o -> ((LogLine) o[0]).time()));
      for (Object[] o : fresh) {
        LogsCommand.printLine(ctx, (ContainerSummary) o[1], (LogLine) o[0], true, width, timestamps);
      }
      for (ContainerSummary c : list) {
        ApiObject state = (ApiObject) ctx.cli().api().containerInspect(c.id()).get("State");
        if (!ended.contains(c.id()) && "exited".equals(state.get("Status"))) {
          ended.add(c.id());
          int code = ((Number) state.get("ExitCode")).intValue();
          ctx.cli().out().println(LogsCommand.label(c) + " exited with code " + code);
          if (abort) {
            // compose stops the whole project when one container ends (conformance c26); it says so on stderr (audit compose/040)
            ctx.cli().err().println("Aborting on container exit...");
            new Lifecycle(p).stopEvery(null);
            return exitCodeFrom.isEmpty() || exitCodeFrom.equals(ComposeProject.service(c)) ? code
                : UpCommand.exitCode(ctx, p, exitCodeFrom);
          }
        }
      }
      if (ended.size() < list.size()) {
        ctx.cli().sleeper().accept(POLL_MILLIS);
      }
    }
    return 0;
  }
}
