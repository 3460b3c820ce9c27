package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.compose.ComposeProject;
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
    if (in.bool("services")) {
      // compose 2.26's runPs: the services of the containers listed (running ones without -a), once
      // each, joined by newlines and printed with Println: an empty line when none runs (recorded
      // by tests/tools/difftest: ps --services after a one-off `up` has ended)
      List<String> names = new ArrayList<>();
      list.stream().map(ComposeProject::service).filter(s -> !names.contains(s)).forEach(names::add);
      ctx.cli().out().println(String.join("\n", names));
      return;
    }
    String format = in.bool("quiet") ? "{{.ID}}" : in.string("format");
    long now = ctx.cli().api().now();
    List<PsRow> rows = new ArrayList<>();
    list.forEach(c -> rows.add(new PsRow(c, now)));
    PsRow.COLUMNS.print(ctx.cli(), format, rows, false);
  }
}
