package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.PortMapping;
import dev.kujira.engine.dockercli.Display;
import dev.kujira.engine.format.Units;
import dev.kujira.engine.gotemplate.GoObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Is one row of {@code docker ps} for templates: docker/cli's {@code formatter.ContainerContext},
 * with its fields, its headers and its truncation rules.
 */
final class ContainerContext implements GoObject {
  static final String DEFAULT_TABLE_FORMAT =
      "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";
  static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("ID", "CONTAINER ID"), Map.entry("Names", "NAMES"),
      Map.entry("Image", "IMAGE"), Map.entry("Command", "COMMAND"), Map.entry("CreatedAt", "CREATED AT"),
      Map.entry("RunningFor", "CREATED"), Map.entry("Ports", "PORTS"), Map.entry("State", "STATE"),
      Map.entry("Status", "STATUS"), Map.entry("Size", "SIZE"), Map.entry("Labels", "LABELS"),
      Map.entry("Label", "LABEL"), Map.entry("Mounts", "MOUNTS"), Map.entry("Networks", "NETWORKS"),
      Map.entry("LocalVolumes", "LOCAL VOLUMES"), Map.entry("Platform", "PLATFORM"));
  private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final ContainerSummary c;
  private final boolean trunc;
  private final long now;
  /** Whether the daemon computed sizes (ps -s, or a format naming .Size); else they read 0B. */
  private final boolean sized;

  ContainerContext(ContainerSummary c, boolean trunc, long now, boolean sized) {
    this.c = c;
    this.trunc = trunc;
    this.now = now;
    this.sized = sized;
  }

  @Override
  public String goTypeName() {
    return "*formatter.ContainerContext";
  }

  /** The fields of docker 26's {@code {{json .}}} for a container (recorded). */
  private static final List<String> JSON_FIELDS = List.of("Command", "CreatedAt", "ID", "Image", "Labels",
      "LocalVolumes", "Mounts", "Names", "Networks", "Ports", "RunningFor", "Size", "State", "Status");

  @Override
  public List<String> jsonFields() {
    return JSON_FIELDS;
  }

  @Override
  public boolean hasMethod(String name) {
    return HEADERS.containsKey(name);
  }

  @Override
  public Object call(String name, List<Object> args) {
    switch (name) {
      case "ID":
        return trunc ? c.id().substring(0, 12) : c.id();
      case "Names":
        List<String> names = new ArrayList<>();
        c.names().forEach(n -> names.add(n.substring(1)));
        return String.join(",", names);
      case "Image":
        return image();
      case "Command":
        return Display.quote(trunc ? Display.ellipsis(c.command(), 20) : c.command());
      case "CreatedAt":
        return CREATED_AT.format(Instant.ofEpochMilli(c.created()));
      case "RunningFor":
        return Units.humanDuration(now - c.created()) + " ago";
      case "Ports":
        return ports(c.ports());
      case "State":
        return c.state();
      case "Status":
        return c.status();
      case "Size":
        if (!sized) {
          // docker/cli asks the daemon for sizes only for -s or a format naming .Size (ps.go).
          return Units.humanSizeWithPrecision(0, 3);
        }
        // docker/cli formatter: "0B (virtual 1.98MB)", both with three significant digits.
        String rw = Units.humanSizeWithPrecision(c.sizeRw(), 3);
        return c.sizeRootFs() > 0 ? rw + " (virtual " + Units.humanSizeWithPrecision(c.sizeRootFs(), 3) + ")" : rw;
      case "Labels":
        return labels();
      case "Label":
        return c.labels().getOrDefault(String.valueOf(args.isEmpty() ? "" : args.get(0)), "");
      case "Mounts":
        return mounts();
      case "Networks":
        return String.join(",", c.networks());
      case "LocalVolumes":
        return String.valueOf(c.mounts().size());
      case "Platform":
        return "linux/amd64";
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private String image() {
    String img = c.image();
    if (trunc && img.startsWith("sha256:")) {
      return img.substring(7, 19);
    }
    return img;
  }

  private String labels() {
    List<String> parts = new ArrayList<>();
    new TreeMap<>(c.labels()).forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(",", parts);
  }

  private String mounts() {
    List<String> parts = new ArrayList<>();
    for (String m : c.mounts()) {
      parts.add(trunc ? Display.ellipsis(m, 15) : m);
    }
    return String.join(",", parts);
  }

  /** docker/cli DisplayablePorts (now in {@link Display#ports}, which compose's ps shares). */
  static String ports(List<PortMapping> ports) {
    return dev.kujira.engine.dockercli.Display.ports(ports);
  }
}
