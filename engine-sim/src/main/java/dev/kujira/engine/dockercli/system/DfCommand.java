package dev.kujira.engine.dockercli.system;

import dev.kujira.engine.api.DiskUsage;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.Columns;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.format.Units;
import java.util.List;

/** {@code docker system df}: show docker disk usage (docker/cli formatter/disk_usage.go). */
public final class DfCommand implements DockerCommand {
  static final String DEFAULT_TABLE_FORMAT = "table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}";
  private static final Columns<Row> COLUMNS = Columns.<Row>of("*formatter.diskUsageContext", DEFAULT_TABLE_FORMAT)
      .column("Type", "TYPE", Row::type)
      .column("TotalCount", "TOTAL", r -> String.valueOf(r.total()))
      .column("Active", "ACTIVE", r -> String.valueOf(r.active()))
      .column("Size", "SIZE", r -> Units.humanSize(r.size()))
      .column("Reclaimable", "RECLAIMABLE", DfCommand::reclaimable)
      .jsonAll();

  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public DfCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    if (in.bool("verbose") && in.string("format").isEmpty()) {
      DfVerbose.print(cli);
      return;
    }
    if (in.bool("verbose")) {
      DfVerboseFormat.print(cli, in.string("format"));
      return;
    }
    DiskUsage d = cli.api().systemDf();
    List<Row> rows = List.of(new Row("Images", d.images(), d.activeImages(), d.imagesSize(), d.imagesReclaimable()),
        new Row("Containers", d.containers(), d.activeContainers(), d.containersSize(), d.containersReclaimable()),
        new Row("Local Volumes", d.volumes(), d.activeVolumes(), d.volumesSize(), d.volumesReclaimable()),
        buildCache(cli));
    COLUMNS.print(cli, in.string("format"), rows, false);
  }

  /**
   * BuildKit's records: every one counts, but only those no image shares add to the size (seen on
   * Docker 26.1: six records after a build, 61B, the context and Dockerfile transfers).
   */
  private static Row buildCache(CliContext cli) {
    List<dev.kujira.engine.api.BuildCacheRecord> records = cli.api().buildCacheList();
    long size = 0;
    for (dev.kujira.engine.api.BuildCacheRecord r : records) {
      size += r.shared() ? 0 : r.size();
    }
    return new Row("Build Cache", records.size(), 0, size, size);
  }

  /** Is one kind of object: how many, how many in use, their size and what pruning would free. */
  private record Row(String type, int total, int active, long size, long reclaimable) {
  }

  private static String reclaimable(Row r) {
    // docker/cli prints the build cache's reclaimable space without a percentage (formatter/disk_usage.go).
    if (r.size() == 0 || r.type().equals("Build Cache")) {
      return Units.humanSize(r.reclaimable());
    }
    return Units.humanSize(r.reclaimable()) + " (" + (r.reclaimable() * 100 / r.size()) + "%)";
  }
}
