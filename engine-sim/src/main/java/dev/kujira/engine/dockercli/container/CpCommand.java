package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorKind;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.format.Units;

/** {@code docker cp}: copy files/folders between a container and the local filesystem. */
public final class CpCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec}. */
  public CpCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String a = in.args().get(0);
    String b = in.args().get(1);
    boolean fromContainer = isContainerPath(a);
    boolean toContainer = isContainerPath(b);
    if (fromContainer == toContainer) {
      throw new CliException(fromContainer ? "copying between containers is not supported"
          : "must specify at least one container source", 1);
    }
    String containerArg = toContainer ? b : a;
    String hostArg = toContainer ? a : b;
    String ref = containerArg.substring(0, containerArg.indexOf(':'));
    String path = containerArg.substring(containerArg.indexOf(':') + 1);
    try {
      if (hostArg.equals("-")) {
        // "-" is a tar stream: written to stdout from a container, read from stdin into one.
        if (toContainer) {
          cli.api().containerExtract(ref, path, cli.in().readAllBytes());
        } else {
          byte[] tar = cli.api().containerArchive(ref, path);
          cli.out().write(tar, 0, tar.length);
          cli.out().flush();
        }
        return;
      }
      String host = cli.files().absolute(hostArg) + (hostArg.endsWith("/") ? "/" : "");
      long size = cli.api().containerCopy(ref, path, host, toContainer);
      // docker/cli (cp.go) reports the copy unless -q is given or stdout is no terminal; on a terminal its
      // progress line is erased and replaced by this one, so only this one stays on the screen.
      if (!in.bool("quiet") && cli.out() instanceof dev.kujira.engine.api.TerminalPrintStream) {
        cli.err().println("Successfully copied " + Units.humanSizeWithPrecision(size, 3) + " to "
            + (toContainer ? ref + ":" + path : localPath(cli.files().absolute(hostArg), hostArg)));
      }
    } catch (EngineException e) {
      throw new CliException(e.kind() == ErrorKind.CLIENT ? e.getMessage() : Batch.daemonError(e), 1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * docker/cli's resolveLocalPath: the absolute path, keeping a trailing separator or "." of what was
   * typed (archive.PreserveTrailingDotOrSeparator), so "." shows as "/dir/.".
   */
  private static String localPath(String absolute, String typed) {
    if (typed.endsWith("/") && !absolute.endsWith("/")) {
      return absolute + "/";
    }
    boolean dot = typed.equals(".") || typed.endsWith("/.");
    return dot && !absolute.endsWith("/.") ? (absolute.equals("/") ? "/." : absolute + "/.") : absolute;
  }

  /** docker/cli splitCpArg: "name:path" is a container path unless it starts like a local path. */
  private static boolean isContainerPath(String arg) {
    int colon = arg.indexOf(':');
    return colon > 0 && !arg.startsWith("/") && !arg.startsWith(".");
  }
}
