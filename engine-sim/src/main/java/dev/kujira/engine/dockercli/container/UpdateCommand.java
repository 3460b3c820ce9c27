package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import java.util.Map;

/**
 * {@code docker update}: changes the restart policy and resource limits of containers, naming
 * each one it changed (docker/cli container/update.go; recorded on Docker 26.1).
 */
public final class UpdateCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public UpdateCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    Map<String, Long> limits = Limits.of(in);
    boolean restart = in.changed("restart");
    if (limits.isEmpty() && !restart && in.values().isEmpty()) {
      throw new CliException("you must provide one or more flags when using this command", 1);
    }
    String policy = null;
    int max = 0;
    if (restart) {
      policy = in.string("restart");
      int colon = policy.indexOf(':');
      if (colon >= 0) {
        max = Integer.parseInt(policy.substring(colon + 1));
        policy = policy.substring(0, colon);
      }
    }
    String name = policy;
    int retries = max;
    Batch.each(cli, in.args(), ref -> cli.api().containerUpdate(ref, name, retries, limits));
  }
}
