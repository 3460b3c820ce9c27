package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import java.io.IOException;

/** {@code docker import}: an image made of a root file system tarball (a file or "-" for stdin). */
public final class ImportCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public ImportCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String source = in.args().get(0);
    String ref = in.args().size() > 1 ? in.args().get(1) : "";
    byte[] archive;
    if (source.equals("-")) {
      try {
        archive = cli.in().readAllBytes();
      } catch (IOException e) {
        archive = new byte[0];
      }
    } else if (source.startsWith("http://") || source.startsWith("https://")) {
      cli.out().println(cli.api().imageImportUrl(source, ref, in.string("message"), in.list("change")));
      return;
    } else {
      try {
        archive = cli.files().read(source);
      } catch (dev.kujira.engine.fs.FsException e) {
        // The client opens the file as given (recorded: "open w.tar: no such file or directory").
        throw new CliException("open " + source + ": no such file or directory", 1);
      }
    }
    cli.out().println(cli.api().imageImport(archive, ref, in.string("message"), in.list("change")));
  }
}
