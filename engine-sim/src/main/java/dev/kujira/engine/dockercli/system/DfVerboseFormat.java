package dev.kujira.engine.dockercli.system;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.BuildCacheRecord;
import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.ImageSummary;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.Display;
import dev.kujira.engine.format.Units;
import dev.kujira.engine.gotemplate.FieldsObject;
import dev.kujira.engine.gotemplate.GoObject;
import dev.kujira.engine.gotemplate.GoTemplate;
import dev.kujira.engine.gotemplate.TemplateException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code docker system df -v --format}: the template runs once on docker/cli's diskUsageContext, whose
 * fields Images, Containers, Volumes and BuildCache list the sections' contexts untruncated
 * (formatter/disk_usage.go verboseWrite; {@code json} is {@code {{json .}}}, a "table" prefix is dropped,
 * and an execution error is printed as the template package words it, recorded on Docker 26.1: b48).
 */
final class DfVerboseFormat {
  private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'")
      .withZone(ZoneOffset.UTC);

  private DfVerboseFormat() {
  }

  static void print(CliContext cli, String format) {
    String f = format.equals("json") ? "{{json .}}" : format;
    if (f.startsWith("table")) {
      f = f.substring(5).trim();
    }
    f = f.replace("\\t", "\t").replace("\\n", "\n");
    try {
      cli.out().println(GoTemplate.parse(f).execute(new Usage(sections(cli))));
    } catch (TemplateException e) {
      throw new CliException(e.getMessage(), 1);
    }
  }

  private static Map<String, List<Map<String, String>>> sections(CliContext cli) {
    long now = cli.api().now();
    List<ContainerSummary> containers = cli.api().containerList(true, Map.of());
    Map<String, Long> shared = cli.api().systemDf().sharedSizes();
    List<Map<String, String>> images = new ArrayList<>();
    for (ImageSummary i : cli.api().imageList(false, Map.of())) {
      String t = i.repoTags().isEmpty() ? "<none>:<none>" : i.repoTags().get(0);
      long sh = shared.getOrDefault(i.id(), 0L);
      images.add(sorted("Containers", String.valueOf(containers.stream().filter(c -> c.imageId().equals(i.id())).count()),
          "CreatedAt", CREATED_AT.format(Instant.ofEpochMilli(i.created())),
          "CreatedSince", i.created() == 0 ? "N/A" : Units.humanDuration(now - i.created()) + " ago", "Digest", "",
          "ID", i.id(), "Repository", t.substring(0, t.lastIndexOf(':')), "SharedSize", Units.humanSize(sh),
          "Size", Units.humanSizeWithPrecision(i.size(), 3), "Tag", t.substring(t.lastIndexOf(':') + 1),
          "UniqueSize", Units.humanSize(i.size() - sh), "VirtualSize", Units.humanSize(i.size())));
    }
    List<Map<String, String>> ctrs = new ArrayList<>();
    for (ContainerSummary c : containers) {
      List<String> labels = new ArrayList<>();
      new TreeMap<>(c.labels()).forEach((k, v) -> labels.add(k + "=" + v));
      List<String> names = c.names().stream().map(n -> n.substring(1)).toList();
      ctrs.add(sorted("Command", Display.quote(c.command()), "CreatedAt", CREATED_AT.format(Instant.ofEpochMilli(c.created())),
          "ID", c.id(), "Image", c.image(), "Labels", String.join(",", labels),
          "LocalVolumes", String.valueOf(c.mounts().size()), "Mounts", String.join(",", c.mounts()),
          "Names", String.join(",", names), "Networks", String.join(",", c.networks()), "Ports", Display.ports(c.ports()),
          "RunningFor", Units.humanDuration(now - c.created()) + " ago",
          "Size", Units.humanSizeWithPrecision(c.sizeRw(), 3), "State", c.state(), "Status", c.status()));
    }
    List<Map<String, String>> volumes = new ArrayList<>();
    for (ApiObject v : cli.api().volumeList(Map.of())) {
      if (v.get("Options") instanceof Map<?, ?> o && !o.isEmpty()) {
        continue;  // moby's LocalVolumesSize: volumes with mount options are left out
      }
      String name = String.valueOf(v.get("Name"));
      List<String> labels = new ArrayList<>();
      if (v.get("Labels") instanceof Map<?, ?> l) {
        new TreeMap<>(l).forEach((k, x) -> labels.add(k + "=" + x));
      }
      volumes.add(sorted("Availability", "N/A", "Driver", String.valueOf(v.get("Driver")), "Group", "N/A",
          "Labels", String.join(",", labels),
          "Links", String.valueOf(containers.stream().filter(c -> c.mounts().contains(name)).count()),
          "Mountpoint", String.valueOf(v.get("Mountpoint")), "Name", name, "Scope", String.valueOf(v.get("Scope")),
          "Size", Units.humanSizeWithPrecision(cli.api().volumeSize(name), 3), "Status", "N/A"));
    }
    List<Map<String, String>> cache = new ArrayList<>();
    for (BuildCacheRecord r : cli.api().buildCacheList()) {
      String at = CREATED_AT.format(Instant.ofEpochMilli(r.lastUsed()));
      String since = Units.humanDuration(now - r.lastUsed()) + " ago";
      cache.add(sorted("CacheType", "regular", "CreatedAt", at, "CreatedSince", since, "Description", "",
          "ID", r.id(), "InUse", "false", "LastUsedAt", at, "LastUsedSince", since, "Parent", "",
          "Shared", String.valueOf(r.shared()), "Size", Units.humanSizeWithPrecision(r.size(), 3), "UsageCount", "1"));
    }
    Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
    out.put("Images", images);
    out.put("Containers", ctrs);
    out.put("Volumes", volumes);
    out.put("BuildCache", cache);
    return out;
  }

  private static Map<String, String> sorted(String... kv) {
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** The diskUsageContext: four lists of contexts, each a section's rows. */
  private record Usage(Map<String, List<Map<String, String>>> sections) implements GoObject {
    @Override
    public String goTypeName() {
      return "*formatter.diskUsageContext";
    }

    @Override
    public boolean hasMethod(String name) {
      return sections.containsKey(name);
    }

    @Override
    public Object call(String name, List<Object> args) {
      List<Object> rows = new ArrayList<>();
      sections.get(name).forEach(r -> rows.add(new FieldsObject("*formatter.diskUsageRow", r, List.copyOf(r.keySet()))));
      return rows;
    }

    @Override
    public Object jsonValue() {
      return new ApiObject("formatter.diskUsageContext", new LinkedHashMap<String, Object>(sections));
    }
  }
}
