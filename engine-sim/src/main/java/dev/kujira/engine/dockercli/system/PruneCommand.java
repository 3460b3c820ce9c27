package dev.kujira.engine.dockercli.system;

import dev.kujira.engine.api.BuildCacheRecord;
import dev.kujira.engine.api.PruneReport;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Confirm;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.Output;
import dev.kujira.engine.format.Units;
import java.util.List;
import java.util.Map;

/** {@code docker system prune}: remove stopped containers, dangling images (and with flags more), as docker/cli system/prune.go. */
public final class PruneCommand implements DockerCommand {
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
    boolean volumes = in.bool("volumes");
    if (!in.bool("force") && !Confirm.ask(cli, warning(all, volumes))) {
      return;
    }
    Map<String, List<String>> filters = Output.filters(in.list("filter"));
    long reclaimed = 0;
    PruneReport containers = cli.api().containerPrune(filters);
    reclaimed += containers.spaceReclaimed();
    if (!containers.deleted().isEmpty()) {
      cli.out().println("Deleted Containers:");
      containers.deleted().forEach(cli.out()::println);
      cli.out().println();
    }
    // docker/cli system prune: containers, then networks, then (with --volumes) anonymous volumes, then images.
    List<String> networks = cli.api().networkPrune(filters);
    if (!networks.isEmpty()) {
      cli.out().println("Deleted Networks:");
      networks.forEach(cli.out()::println);
      cli.out().println();
    }
    if (volumes) {
      List<String> removed = cli.api().volumePrune(false);
      if (!removed.isEmpty()) {
        cli.out().println("Deleted Volumes:");
        removed.forEach(cli.out()::println);
        cli.out().println();
      }
    }
    PruneReport images = cli.api().imagePrune(all, filters);
    dev.kujira.engine.dockercli.image.PruneCommand.printDeleted(cli, images);
    reclaimed += images.spaceReclaimed();
    // docker/cli 26.1 system/prune.go ends with builder.CachePrune (API 1.31 and later): its
    // "Deleted build cache objects:" section, then the total of everything.
    List<BuildCacheRecord> cache = cli.api().buildCachePrune(all, filters);
    if (!cache.isEmpty()) {
      cli.out().println("Deleted build cache objects:");
      cache.forEach(r -> cli.out().println(r.id()));
      cli.out().println();
    }
    for (BuildCacheRecord r : cache) {
      reclaimed += r.size();
    }
    cli.out().println("Total reclaimed space: " + Units.humanSize(reclaimed));
  }

  private static String warning(boolean all, boolean volumes) {
    StringBuilder sb = new StringBuilder("WARNING! This will remove:\n  - all stopped containers\n"
        + "  - all networks not used by at least one container\n");
    if (volumes) {
      sb.append("  - all anonymous volumes not used by at least one container\n");
    }
    sb.append(all ? "  - all images without at least one container associated to them\n" : "  - all dangling images\n");
    sb.append(all ? "  - all build cache\n" : "  - unused build cache\n");
    return sb.toString();
  }
}
