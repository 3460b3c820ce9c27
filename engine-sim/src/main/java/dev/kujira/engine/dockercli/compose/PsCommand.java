package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.Service;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;
import java.util.ArrayList;
import java.util.List;

/** {@code docker compose ps}: the project's containers (running ones unless {@code -a}), by name. */
final class PsCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.PS;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    ComposeProject p = ctx.project();
    if (in.bool("services")) {
      p.services().stream().map(Service::name).forEach(ctx.cli().out()::println);
      return;
    }
    List<String> status = new ArrayList<>(in.list("status"));
    if (in.string("filter").startsWith("status=")) {
      status.add(in.string("filter").substring(7));
    }
    boolean all = in.bool("all") || !status.isEmpty();
    // one-off containers (run) show only with -a (conformance c31)
    List<ContainerSummary> list = new ArrayList<>(p.containers(all).stream().filter(c -> (all
        || !ComposeProject.oneOff(c)) && (in.args().isEmpty()
        || in.args().contains(ComposeProject.service(c))) && (status.isEmpty() || status.contains(c.state()))).toList());
    list.sort((x, y) -> ComposeProject.nameOf(x).compareTo(ComposeProject.nameOf(y)));
    String format = in.bool("quiet") ? "{{.ID}}" : in.string("format");
    long now = ctx.cli().api().now();
    List<PsRow> rows = new ArrayList<>();
    list.forEach(c -> rows.add(new PsRow(c, now)));
    PsRow.COLUMNS.print(ctx.cli(), format, rows, false);
  }
}
