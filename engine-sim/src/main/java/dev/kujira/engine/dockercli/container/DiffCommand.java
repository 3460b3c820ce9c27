package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker diff}: changes to files or directories on a container's filesystem (A, C, D). */
public final class DiffCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec}. */
  public DiffCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    cli.api().containerChanges(in.args().get(0)).forEach(cli.out()::println);
  }
}
