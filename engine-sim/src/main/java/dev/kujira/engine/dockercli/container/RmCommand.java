package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorKind;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker rm}: remove one or more containers. With {@code -f}, a missing container is
 * reported but does not fail the command (docker/cli container/rm.go; conformance 08).
 */
public final class RmCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public RmCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    boolean force = in.bool("force");
    List<String> errors = new ArrayList<>();
    boolean failed = false;
    for (String ref : in.args()) {
      try {
        cli.api().containerRemove(ref, force, in.bool("volumes"));
        cli.out().println(ref);
      } catch (EngineException e) {
        if (force && e.kind() == ErrorKind.NOT_FOUND) {
          // docker/cli rm.go: with --force a missing container is reported at once and is no failure.
          cli.err().println(Batch.daemonError(e));
          continue;
        }
        errors.add(Batch.daemonError(e));
        failed = true;
      }
    }
    if (!errors.isEmpty()) {
      throw new CliException(String.join("\n", errors), failed ? 1 : 0);
    }
  }
}
