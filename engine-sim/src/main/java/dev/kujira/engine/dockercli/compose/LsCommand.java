package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.format.TableWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code docker compose ls}: the projects that have containers, their states and compose files. */
final class LsCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.LS;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    Map<String, Map<String, Integer>> states = new TreeMap<>();
    Map<String, String> files = new TreeMap<>();
    for (ContainerSummary c : ctx.cli().api().containerList(true, Map.of("label",
        List.of("com.docker.compose.project")))) {
      String project = c.labels().get("com.docker.compose.project");
      states.computeIfAbsent(project, k -> new TreeMap<>()).merge(c.state(), 1, Integer::sum);
      files.putIfAbsent(project, c.labels().getOrDefault("com.docker.compose.project.config_files", ""));
    }
    boolean all = in.bool("all");
    if (in.bool("quiet")) {
      states.forEach((k, v) -> {
        if (all || v.containsKey("running")) {
          ctx.cli().out().println(k);
        }
      });
      return;
    }
    // compose's own tabwriter: minimum width 20, padding 3 (conformance c08)
    TableWriter t = new TableWriter(ctx.cli().out(), 20, 1, 3);
    t.row(List.of("NAME", "STATUS", "CONFIG FILES"));
    states.forEach((k, v) -> {
      if (all || v.containsKey("running")) {
        StringBuilder status = new StringBuilder();
        v.forEach((state, n) -> status.append(status.length() > 0 ? ", " : "").append(state).append('(').append(n)
            .append(')'));
        t.row(List.of(k, status.toString(), files.get(k)));
      }
    });
    t.flush();
  }
}
