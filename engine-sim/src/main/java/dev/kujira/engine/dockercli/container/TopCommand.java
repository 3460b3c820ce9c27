package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.format.TableWriter;
import java.util.List;

/** {@code docker top}: display the running processes of a container. */
public final class TopCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public TopCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    List<List<String>> rows = cli.api().containerTop(in.args().get(0), in.args().subList(1, in.args().size()));
    // docker/cli container/top.go writes with tabwriter.NewWriter(out, 20, 1, 3, ' ', 0).
    TableWriter w = new TableWriter(cli.out(), 20, 1, 3);
    for (List<String> r : rows) {
      w.row(r);
    }
    w.flush();
  }
}
