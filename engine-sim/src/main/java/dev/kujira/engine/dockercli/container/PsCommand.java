package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code docker ps} / {@code docker container ls}: list containers (docker/cli container/list.go). */
public final class PsCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (ps and container ls share it). */
  public PsCommand(CommandSpec spec) {
    this.spec = spec;
  }


  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    Map<String, List<String>> filters = Output.filters(in.list("filter"));
    int last = in.changed("last") ? in.integer("last") : in.bool("latest") ? 1 : -1;
    boolean all = in.bool("all") || last > 0;
    List<ContainerSummary> list = cli.api().containerList(all, filters);
    if (last >= 0 && list.size() > last) {
      list = list.subList(0, last);
    }
    boolean trunc = !in.bool("no-trunc");
    long now = cli.api().now();
    String format = in.string("format");
    // docker/cli ps.go runs the template once to see whether it reads .Size ({{json .}} reads every
    // field); the bare "json" format reads none.
    boolean sized = in.changed("size") ? in.bool("size") : !in.bool("quiet")
        && (format.contains(".Size") || format.matches("(?s).*\\{\\{-?\\s*json\\s+\\.\\s*-?}}.*"));
    List<ContainerContext.Row> rows = new ArrayList<>();
    list.forEach(c -> rows.add(new ContainerContext.Row(c, now, sized)));
    if (in.bool("quiet") && (format.isEmpty() || format.equals("table"))) {
      format = "{{.ID}}";
    }
    String table = ContainerContext.DEFAULT_TABLE_FORMAT;
    if (in.bool("size")) {
      table = table + "\t{{.Size}}";
    }
    ContainerContext.COLUMNS.print(cli, format, table, rows, trunc);
  }
}
