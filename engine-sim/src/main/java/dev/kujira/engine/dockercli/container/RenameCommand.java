package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker rename}: rename a container (conformance 69 records both error lines). */
public final class RenameCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public RenameCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String old = in.args().get(0);
    String name = in.args().get(1).trim();
    if (name.isEmpty() || old.trim().isEmpty()) {
      throw new CliException("Error: Neither old nor new names may be empty", 1);
    }
    try {
      cli.api().containerRename(old, name);
    } catch (EngineException e) {
      cli.err().println(Batch.daemonError(e));
      throw new CliException("Error: failed to rename container named " + old, 1);
    }
  }
}
