package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker stop}: stop one or more running containers. */
public final class StopCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public StopCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    Integer timeout = in.changed("time") ? Integer.valueOf(in.integer("time")) : null;
    Batch.each(cli, in.args(), ref -> cli.api().containerStop(ref, timeout, in.string("signal")));
  }
}
