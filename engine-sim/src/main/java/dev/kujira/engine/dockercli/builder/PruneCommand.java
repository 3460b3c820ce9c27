package dev.kujira.engine.dockercli.builder;

import dev.kujira.engine.api.BuildCacheRecord;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Confirm;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Flag;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.format.TableWriter;
import dev.kujira.engine.format.Units;
import java.util.List;

/**
 * {@code docker builder prune} (buildx prune): removes BuildKit's cache and lists what went. Its
 * table is buildx's ({@code tabwriter.NewWriter(out, 1, 8, 1, '\t', 0)}, rows as
 * {@code "%-40s\t%-5v\t%-10s\t%s"}), flushed after the header's first row and after every later
 * row, which is why only the first row carries the header's wider tabs (recorded on Docker 26.1).
 */
public final class PruneCommand implements DockerCommand {
  /** The spec; its help is buildx's recorded text. */
  public static final CommandSpec SPEC = new CommandSpec(List.of("buildx", "prune"), "", "Remove build cache",
      List.of("docker builder prune", "docker buildx prune"), List.of(
          new Flag("all", "a", "", "", "Include internal/frontend images", false),
          new Flag("builder", "", "string", "default", "Override the configured builder instance", false),
          new Flag("filter", "", "filter", "", "Provide filter values (e.g., \"until=24h\")", false),
          new Flag("force", "f", "", "", "Do not prompt for confirmation", false),
          new Flag("keep-storage", "", "bytes", "", "Amount of disk space to keep for cache", false),
          new Flag("verbose", "", "", "", "Provide a more verbose output", false)), 0, 0, true, "");
  /** The paths that reach it. */
  public static final List<List<String>> PATHS = List.of(List.of("builder", "prune"), List.of("buildx", "prune"));

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    boolean all = in.bool("all");
    String warning = all ? "WARNING! This will remove all build cache." : "WARNING! This will remove all dangling build cache.";
    if (!in.bool("force") && !Confirm.askPrompt(cli, warning + " Are you sure you want to continue? [y/N] ")) {
      return;
    }
    List<BuildCacheRecord> removed = cli.api().buildCachePrune(all);
    long now = cli.api().now();
    TableWriter tw = TableWriter.tabPadded(cli.out(), 1, 8, 1);
    long total = 0;
    for (int i = 0; i < removed.size(); i++) {
      BuildCacheRecord r = removed.get(i);
      if (i == 0) {
        tw.write("ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\n");
      }
      String id = r.id() + (r.mutable() ? "*" : "");
      tw.write(String.format("%-40s\t%-5s\t%-10s\t%s\n", id, "true", Units.humanSize(r.size()),
          Units.humanDuration(now - r.lastUsed()) + " ago"));
      tw.flush();
      total += r.size();
    }
    tw.write("Total:\t" + Units.humanSize(total) + "\n");
    tw.flush();
  }
}
