package dev.kujira.engine.dockercli.system;

import dev.kujira.engine.api.DiskUsage;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.Output;
import dev.kujira.engine.format.Units;
import dev.kujira.engine.gotemplate.GoObject;
import java.util.List;
import java.util.Map;

/** {@code docker system df}: show docker disk usage (docker/cli formatter/disk_usage.go). */
public final class DfCommand implements DockerCommand {
  static final String DEFAULT_TABLE_FORMAT = "table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}";
  static final Map<String, String> HEADERS = Map.of("Type", "TYPE", "TotalCount", "TOTAL", "Active", "ACTIVE",
      "Size", "SIZE", "Reclaimable", "RECLAIMABLE");

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
    DiskUsage d = cli.api().systemDf();
    List<Row> rows = List.of(new Row("Images", d.images(), d.activeImages(), d.imagesSize(), d.imagesReclaimable()),
        new Row("Containers", d.containers(), d.activeContainers(), d.containersSize(), d.containersReclaimable()),
        new Row("Local Volumes", d.volumes(), d.activeVolumes(), d.volumesSize(), d.volumesReclaimable()),
        buildCache(cli));
    Output.rows(cli, in.string("format"), DEFAULT_TABLE_FORMAT, HEADERS, rows);
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

  private record Row(String type, int total, int active, long size, long reclaimable) implements GoObject {
    @Override
    public String goTypeName() {
      return "*formatter.diskUsageContext";
    }

    @Override
    public boolean hasMethod(String name) {
      return HEADERS.containsKey(name);
    }

    @Override
    public Object call(String name, List<Object> args) {
      switch (name) {
        case "Type":
          return type;
        case "TotalCount":
          return String.valueOf(total);
        case "Active":
          return String.valueOf(active);
        case "Size":
          return Units.humanSize(size);
        case "Reclaimable":
          // docker/cli prints the build cache's reclaimable space without a percentage (formatter/disk_usage.go).
          if (size == 0 || type.equals("Build Cache")) {
            return Units.humanSize(reclaimable);
          }
          return Units.humanSize(reclaimable) + " (" + (reclaimable * 100 / size) + "%)";
        default:
          throw new IllegalArgumentException(name);
      }
    }
  }
}
