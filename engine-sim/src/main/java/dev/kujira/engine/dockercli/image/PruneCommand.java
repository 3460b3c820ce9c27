package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.PruneReport;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Confirm;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.Output;
import dev.kujira.engine.format.Units;

/** {@code docker image prune}: remove dangling (with {@code -a}, unused) images (docker/cli image/prune.go). */
public final class PruneCommand implements DockerCommand {
  static final String DANGLING_WARNING = "WARNING! This will remove all dangling images.";
  static final String ALL_WARNING = "WARNING! This will remove all images without at least one container associated to them.";

  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public PruneCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    boolean all = in.bool("all");
    if (!in.bool("force") && !Confirm.ask(cli, all ? ALL_WARNING : DANGLING_WARNING)) {
      return;
    }
    PruneReport r = cli.api().imagePrune(all, Output.filters(in.list("filter")));
    printReport(cli, r);
  }

  /** Prints "Deleted Images:" with docker's lowercase lines, then the reclaimed space. */
  public static void printReport(CliContext cli, PruneReport r) {
    printDeleted(cli, r);
    cli.out().println("Total reclaimed space: " + Units.humanSize(r.spaceReclaimed()));
  }

  /** Prints the "Deleted Images:" section of {@code r} and its blank line, if anything went. */
  public static void printDeleted(CliContext cli, PruneReport r) {
    if (!r.deleted().isEmpty()) {
      cli.out().println("Deleted Images:");
      for (String line : r.deleted()) {
        cli.out().println(line.startsWith("Deleted: ") ? "deleted: " + line.substring(9) : line);
      }
      cli.out().println();
    }
  }
}
