package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.format.TableWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code docker compose top}: each running container's name, its process table, a blank line. */
final class TopCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.TOP;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    ComposeProject p = ctx.project();
    p.select(in.args());
    List<ContainerSummary> list = new ArrayList<>(p.containers(false).stream().filter(c -> in.args().isEmpty()
        || in.args().contains(ComposeProject.service(c))).toList());
    list.sort((x, y) -> ComposeProject.nameOf(x).compareTo(ComposeProject.nameOf(y)));
    for (ContainerSummary c : list) {
      ctx.cli().out().println(ComposeProject.nameOf(c));
      TableWriter t = new TableWriter(ctx.cli().out(), 4, 8, 3);
      for (List<String> row : ctx.cli().api().containerTop(c.id(), List.of())) {
        // compose ends every cell with a tab, the last one too (its trailing padding is in the output)
        t.write(String.join("\t", row) + "\t\n");
      }
      t.flush();
      ctx.cli().out().println();
    }
  }
}
