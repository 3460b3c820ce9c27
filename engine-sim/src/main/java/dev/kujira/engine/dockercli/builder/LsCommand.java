package dev.kujira.engine.dockercli.builder;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Flag;
import dev.kujira.engine.dockercli.Invocation;
import java.util.List;

/**
 * {@code docker buildx ls} (and {@code docker builder ls}): the one builder a fresh engine has,
 * "default", with the docker driver and its node (recorded on Docker 26.1.5 with buildx 0.13:
 * BuildKit built into the daemon reports v0.0.0+unknown and the amd64 levels plus 386).
 */
public final class LsCommand implements DockerCommand {
  /** The spec (buildx ls's help). */
  public static final CommandSpec SPEC = new CommandSpec(List.of("buildx", "ls"), "",
      "List builder instances", List.of(),
      List.of(
          new Flag("format", "", "string", "table", "Format the output", false),
          new Flag("no-trunc", "", "", "", "Don't truncate output", false)
      ), 0, 0, true, "");

  /** The paths that reach it. */
  public static final List<List<String>> PATHS = List.of(List.of("buildx", "ls"), List.of("builder", "ls"));

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    cli.out().print("NAME/NODE     DRIVER/ENDPOINT   STATUS    BUILDKIT         PLATFORMS\n"
        + "default*      docker                                       \n"
        + " \\_ default    \\_ default       running   v0.0.0+unknown   linux/amd64, linux/amd64/v2, linux/amd64/v3,"
        + " linux/amd64/v4, linux/386\n");
  }
}
