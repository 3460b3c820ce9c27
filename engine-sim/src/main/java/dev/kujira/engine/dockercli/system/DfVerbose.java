package dev.kujira.engine.dockercli.system;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.BuildCacheRecord;
import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.ImageSummary;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.Display;
import dev.kujira.engine.dockercli.Output;
import dev.kujira.engine.format.Units;
import dev.kujira.engine.gotemplate.FieldsObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code docker system df -v}: four sections, each its own table after a title line
 * (docker/cli formatter/disk_usage.go verboseWriteTable): images with their first tag, shared and
 * unique sizes and container count; containers with their writable layer's size; volumes with
 * their links and size; the build cache with its total.
 */
final class DfVerbose {
  /** docker/cli's type for a row of a section (its columns' texts). */
  private static final String ROW = "*formatter.diskUsageContext";

  private DfVerbose() {
  }

  static void print(CliContext cli) {
    long now = cli.api().now();
    List<ContainerSummary> containers = cli.api().containerList(true, Map.of());
    List<FieldsObject> images = new ArrayList<>();
    Map<String, Long> sharedSizes = cli.api().systemDf().sharedSizes();
    for (ImageSummary i : cli.api().imageList(false, Map.of())) {
      String repo = "<none>";
      String tag = "<none>";
      if (!i.repoTags().isEmpty()) {
        // Only the first tag is shown (disk_usage.go).
        String t = i.repoTags().get(0);
        repo = t.substring(0, t.lastIndexOf(':'));
        tag = t.substring(t.lastIndexOf(':') + 1);
      }
      long shared = sharedSizes.getOrDefault(i.id(), 0L);
      long used = containers.stream().filter(c -> c.imageId().equals(i.id())).count();
      images.add(new FieldsObject(ROW, Map.of("Repository", repo, "Tag", tag, "ID", i.id().substring(7, 19),
          "CreatedSince", i.created() == 0 ? "N/A" : Units.humanDuration(now - i.created()) + " ago",
          "Size", Units.humanSizeWithPrecision(i.size(), 3), "SharedSize", Units.humanSize(shared),
          "UniqueSize", Units.humanSize(i.size() - shared), "Containers", String.valueOf(used))));
    }
    cli.out().print("Images space usage:\n\n");
    Output.rows(cli, "", "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}"
        + "\t{{.UniqueSize}}\t{{.Containers}}", Map.of("Repository", "REPOSITORY", "Tag", "TAG", "ID", "IMAGE ID",
        "CreatedSince", "CREATED", "Size", "SIZE", "SharedSize", "SHARED SIZE", "UniqueSize", "UNIQUE SIZE",
        "Containers", "CONTAINERS"), images);

    List<FieldsObject> rows = new ArrayList<>();
    for (ContainerSummary c : containers) {
      String image = c.image().startsWith("sha256:") ? c.image().substring(7, 19) : c.image();
      long volumes = c.mounts().size();
      rows.add(new FieldsObject(ROW, Map.of("ID", c.id().substring(0, 12), "Image", image,
          "Command", Display.quote(Display.ellipsis(c.command(), 20)), "LocalVolumes", String.valueOf(volumes),
          "Size", Units.humanSizeWithPrecision(c.sizeRw(), 3),
          "RunningFor", Units.humanDuration(now - c.created()) + " ago", "Status", c.status(),
          "Names", c.names().isEmpty() ? "" : c.names().get(0).substring(1))));
    }
    cli.out().print("\nContainers space usage:\n\n");
    Output.rows(cli, "", "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}"
        + "\t{{.Status}}\t{{.Names}}", Map.of("ID", "CONTAINER ID", "Image", "IMAGE", "Command", "COMMAND",
        "LocalVolumes", "LOCAL VOLUMES", "Size", "SIZE", "RunningFor", "CREATED", "Status", "STATUS", "Names", "NAMES"),
        rows);

    List<FieldsObject> volumes = new ArrayList<>();
    for (ApiObject v : cli.api().volumeList(Map.of())) {
      if (v.get("Options") instanceof Map<?, ?> o && !o.isEmpty()) {
        continue;  // moby's LocalVolumesSize: volumes with mount options are left out
      }
      String name = String.valueOf(v.get("Name"));
      long links = containers.stream().filter(c -> c.mounts().contains(name)).count();
      volumes.add(new FieldsObject(ROW, Map.of("Name", name, "Links", String.valueOf(links),
          "Size", Units.humanSizeWithPrecision(cli.api().volumeSize(name), 3))));
    }
    cli.out().print("\nLocal Volumes space usage:\n\n");
    Output.rows(cli, "", "table {{.Name}}\t{{.Links}}\t{{.Size}}", Map.of("Name", "VOLUME NAME", "Links", "LINKS",
        "Size", "SIZE"), volumes);

    List<FieldsObject> cache = new ArrayList<>();
    long total = 0;
    for (BuildCacheRecord r : cli.api().buildCacheList()) {
      total += r.shared() ? 0 : r.size();
      String since = Units.humanDuration(now - r.lastUsed()) + " ago";
      cache.add(new FieldsObject(ROW, Map.of("ID", r.id().substring(0, Math.min(12, r.id().length())), "CacheType", "regular",
          "Size", Units.humanSizeWithPrecision(r.size(), 3), "CreatedSince", since, "LastUsedSince", since,
          "UsageCount", "1", "Shared", String.valueOf(r.shared()))));
    }
    cli.out().print("\nBuild cache usage: " + Units.humanSize(total) + "\n\n");
    Output.rows(cli, "", "table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}"
        + "\t{{.UsageCount}}\t{{.Shared}}", Map.of("ID", "CACHE ID", "CacheType", "CACHE TYPE", "Size", "SIZE",
        "CreatedSince", "CREATED", "LastUsedSince", "LAST USED", "UsageCount", "USAGE", "Shared", "SHARED"), cache);
  }
}
