package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.image.Reference;
import java.io.PrintStream;

/** {@code docker pull}: download an image from the (simulated) registry (docker/cli image/pull.go). */
public final class PullCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public PullCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String name = in.args().get(0);
    Reference ref = reference(name);
    boolean all = in.bool("all-tags");
    boolean quiet = in.bool("quiet");
    PrintStream progress = progress(cli, name, all, quiet);
    try {
      TerminalPullProgress.drawn(progress, p -> cli.api().imagePull(name, all, p));
    } catch (EngineException e) {
      throw new CliException(Batch.daemonError(e), 1);
    }
    // `pull -a` names the repository without a tag (recorded on Docker 26.1).
    cli.out().println(all ? ref.fullName() : ref.canonicalString());
  }

  /** Parses the image argument of pull and push; a bad one is the client's own error (exit 1). */
  static Reference reference(String name) {
    try {
      return Reference.parse(name);
    } catch (Reference.InvalidReference e) {
      throw new CliException(e.getMessage(), 1);
    }
  }

  /**
   * Notes "Using default tag: latest" for a name without tag or digest (not with -a or -q) and
   * returns where the progress goes: nowhere with -q.
   */
  static PrintStream progress(CliContext cli, String name, boolean all, boolean quiet) {
    if (!all && !quiet && !name.contains("@") && !hasTag(name)) {
      cli.out().println("Using default tag: latest");
    }
    return quiet ? new PrintStream(java.io.OutputStream.nullOutputStream()) : cli.out();
  }

  /** Returns whether a reference text names a tag (a colon after the last slash). */
  static boolean hasTag(String name) {
    int slash = name.lastIndexOf('/');
    return name.indexOf(':', slash + 1) >= 0;
  }

  /** Pulls {@code image}, writing the progress lines to {@code progress}; the canonical name ends a plain pull. */
  public static void pull(CliContext cli, String image, PrintStream progress, boolean printCanonical) {
    TerminalPullProgress.drawn(progress, p -> cli.api().imagePull(image, p));
    if (printCanonical) {
      progress.println(Reference.parse(image).canonicalString());
    }
  }
}
