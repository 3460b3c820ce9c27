package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker save}: write images to a tar archive, {@code -o FILE} or standard output. */
public final class SaveCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec}. */
  public SaveCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String output = in.string("output");
    dev.kujira.engine.dockercli.Output.archive(cli, output, cli.api().imageSave(in.args()), "failed to save image");
  }
}
