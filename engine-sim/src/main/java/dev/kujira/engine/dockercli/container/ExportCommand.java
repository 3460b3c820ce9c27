package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker export}: a container's file system as a tar stream or file. */
public final class ExportCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public ExportCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String output = in.string("output");
    byte[] tar = cli.api().containerExport(in.args().get(0));
    if (output.isEmpty()) {
      cli.out().write(tar, 0, tar.length);
      cli.out().flush();
      return;
    }
    try {
      cli.files().write(output, tar, false);
    } catch (dev.kujira.engine.fs.FsException e) {
      throw new CliException("failed to export container: invalid output path: " + e.getMessage(), 1);
    }
  }
}
