package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.fs.FsException;
import java.io.IOException;

/** {@code docker load}: load an image from a tar archive file ({@code -i}) or standard input. */
public final class LoadCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public LoadCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    byte[] archive;
    String input = in.string("input");
    if (input.isEmpty() && cli.terminal()) {
      // docker/cli image/load.go refuses a terminal on stdin before reading (real engine, tmux).
      throw new CliException("requested load from stdin, but stdin is empty", 1);
    }
    try {
      archive = input.isEmpty() ? cli.in().readAllBytes() : cli.files().read(input);
    } catch (IOException e) {
      throw new CliException("read: " + e.getMessage(), 1);
    } catch (FsException e) {
      throw new CliException("open " + input + ": no such file or directory", 1);
    }
    if (archive.length == 0) {
      throw new CliException("requested load from stdin, but stdin is empty", 1);
    }
    try {
      for (String line : cli.api().imageLoad(archive)) {
        // -q leaves out the progress, not the result lines (recorded: "Loaded image: myimg:1.0").
        if (!in.bool("quiet") || line.startsWith("Loaded image")) {
          cli.out().println(line);
        }
      }
    } catch (EngineException e) {
      throw new CliException(Batch.daemonError(e), 1);
    }
  }
}
