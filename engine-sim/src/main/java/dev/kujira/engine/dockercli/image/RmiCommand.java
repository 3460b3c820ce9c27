package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import java.util.ArrayList;
import java.util.List;

/** {@code docker rmi} / {@code docker image rm}: remove images, printing "Untagged:" and "Deleted:" lines. */
public final class RmiCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (rmi and image rm share it). */
  public RmiCommand(CommandSpec spec) {
    this.spec = spec;
  }


  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    List<String> errors = new ArrayList<>();
    boolean fatal = false;
    for (String ref : in.args()) {
      try {
        cli.api().imageRemove(ref, in.bool("force"), in.bool("no-prune")).forEach(cli.out()::println);
      } catch (EngineException e) {
        fatal |= e.kind() != dev.kujira.engine.api.ErrorKind.NOT_FOUND;
        errors.add(Batch.daemonError(e));
      }
    }
    // docker/cli rmi.go: with -f, images that are not there are reported but do not fail the command.
    if (!errors.isEmpty() && (!in.bool("force") || fatal)) {
      throw new CliException(String.join("\n", errors), 1);
    }
    if (!errors.isEmpty()) {
      cli.err().println(String.join("\n", errors));
    }
  }
}
