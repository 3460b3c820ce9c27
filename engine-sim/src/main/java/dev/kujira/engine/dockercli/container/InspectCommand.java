package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Inspector;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker container inspect}: display detailed information on one or more containers. */
public final class InspectCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public InspectCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    boolean size = in.bool("size");
    Inspector.inspect(cli, in.args(), in.string("format"), ref -> cli.api().containerInspect(ref, size), null);
  }
}
