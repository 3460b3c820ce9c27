package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.registry.DockerConfig;
import dev.kujira.engine.image.Reference;
import java.io.PrintStream;

/**
 * {@code docker push}: uploads an image to the registry its name points at, with the login the
 * client stored for that registry (docker/cli image/push.go). Errors come from the progress
 * stream, so they print as they stand, without "Error response from daemon" (recorded).
 */
public final class PushCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public PushCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String name = in.args().get(0);
    Reference ref = PullCommand.reference(name);
    boolean all = in.bool("all-tags");
    boolean quiet = in.bool("quiet");
    if (all && (name.contains("@") || PullCommand.hasTag(name))) {
      throw new CliException("tag can't be used with --all-tags/-a", 1);
    }
    PrintStream progress = PullCommand.progress(cli, name, all, quiet);
    String user = DockerConfig.user(cli, DockerConfig.key(ref.domain().equals(Reference.DEFAULT_DOMAIN) ? "" : ref.domain()));
    try {
      cli.api().imagePush(name, all, user, progress);
    } catch (EngineException e) {
      throw new CliException(e.getMessage(), 1);
    }
    if (quiet) {
      cli.out().println(all ? ref.familiarName() : ref.familiarString());
    }
  }
}
