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
      // without -a only running containers count, and only projects that have some (conformance c31)
      if (!in.bool("all") && !c.state().equals("running")) {
        continue;
      }
      states.computeIfAbsent(project, k -> new TreeMap<>()).merge(c.state(), 1, Integer::sum);
      files.putIfAbsent(project, c.labels().getOrDefault("com.docker.compose.project.config_files", ""));
    }
    if (in.bool("quiet")) {
      states.keySet().forEach(ctx.cli().out()::println);
      return;
    }
    Map<String, String> status = new TreeMap<>();
    states.forEach((k, v) -> {
      StringBuilder b = new StringBuilder();
      v.forEach((state, n) -> b.append(b.length() > 0 ? ", " : "").append(state).append('(').append(n).append(')'));
      status.put(k, b.toString());
    });
    if (in.string("format").equals("json")) {
      StringBuilder json = new StringBuilder("[");
      status.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append("{\"Name\":").append(ImagesCommand.q(k))
          .append(",\"Status\":").append(ImagesCommand.q(v)).append(",\"ConfigFiles\":")
          .append(ImagesCommand.q(files.get(k))).append('}'));
      ctx.cli().out().println(json.append(']'));
      return;
    }
    // compose's own tabwriter: minimum width 20, padding 3 (conformance c08)
    TableWriter t = new TableWriter(ctx.cli().out(), 20, 1, 3);
    t.row(List.of("NAME", "STATUS", "CONFIG FILES"));
    status.forEach((k, v) -> t.row(List.of(k, v, files.get(k))));
    t.flush();
  }
}
