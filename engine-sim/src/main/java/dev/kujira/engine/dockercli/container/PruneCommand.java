package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.PruneReport;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Confirm;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.Output;
import dev.kujira.engine.format.Units;

/** {@code docker container prune}: remove all stopped containers (docker/cli container/prune.go). */
public final class PruneCommand implements DockerCommand {
  static final String WARNING = "WARNING! This will remove all stopped containers.";

  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public PruneCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    if (!in.bool("force") && !Confirm.ask(cli, WARNING)) {
      return;
    }
    PruneReport r = cli.api().containerPrune(Output.filters(in.list("filter")));
    if (!r.deleted().isEmpty()) {
      cli.out().println("Deleted Containers:");
      r.deleted().forEach(cli.out()::println);
      cli.out().println();
    }
    cli.out().println("Total reclaimed space: " + Units.humanSize(r.spaceReclaimed()));
  }
}
