package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.image.Reference;

/** {@code docker tag}: create a tag TARGET_IMAGE that refers to SOURCE_IMAGE. */
public final class TagCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public TagCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String target = in.args().get(1);
    try {
      Reference.parse(target);
    } catch (Reference.InvalidReference e) {
      throw new CliException("Error parsing reference: \"" + target + "\" is not a valid repository/tag: "
          + e.getMessage(), 1);
    }
    cli.api().imageTag(in.args().get(0), target);
  }
}
