package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.PortMapping;
import dev.kujira.engine.dockercli.Columns;
import dev.kujira.engine.dockercli.Display;
import dev.kujira.engine.format.Units;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Is {@code docker ps}'s columns: docker/cli's {@code formatter.ContainerContext} as a table of
 * its fields, headers and truncation rules.
 */
final class ContainerContext {
  static final String DEFAULT_TABLE_FORMAT =
      "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";
  private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'")
      .withZone(ZoneOffset.UTC);

  /**
   * Is one container of the listing.
   *
   * @param c the container
   * @param now the time of the listing, epoch millis
   * @param sized whether the daemon computed sizes (ps -s, or a format naming .Size); else they read 0B
   */
  record Row(ContainerSummary c, long now, boolean sized) {
  }

  /** The columns; {@code {{json .}}} encodes the fields docker 26 does for a container (recorded). */
  static final Columns<Row> COLUMNS = Columns.<Row>of("*formatter.ContainerContext", DEFAULT_TABLE_FORMAT)
      .column("ID", "CONTAINER ID", r -> r.c().id(), r -> r.c().id().substring(0, 12))
      .column("Names", "NAMES", r -> names(r.c()))
      .column("Image", "IMAGE", r -> r.c().image(), r -> shortImage(r.c().image()))
      .column("Command", "COMMAND", r -> Display.quote(r.c().command()),
          r -> Display.quote(Display.ellipsis(r.c().command(), 20)))
      .column("CreatedAt", "CREATED AT", r -> CREATED_AT.format(Instant.ofEpochMilli(r.c().created())))
      .column("RunningFor", "CREATED", r -> Units.humanDuration(r.now() - r.c().created()) + " ago")
      .column("Ports", "PORTS", r -> ports(r.c().ports()))
      .column("State", "STATE", r -> r.c().state())
      .column("Status", "STATUS", r -> r.c().status())
      .column("Size", "SIZE", ContainerContext::size)
      .column("Labels", "LABELS", r -> labels(r.c()))
      .method("Label", "LABEL", (r, args) -> r.c().labels().getOrDefault(
          String.valueOf(args.isEmpty() ? "" : args.get(0)), ""))
      .column("Mounts", "MOUNTS", r -> mounts(r.c(), false), r -> mounts(r.c(), true))
      .column("Networks", "NETWORKS", r -> String.join(",", r.c().networks()))
      .column("LocalVolumes", "LOCAL VOLUMES", r -> String.valueOf(r.c().mounts().size()))
      .column("Platform", "PLATFORM", r -> "linux/amd64")
      .json(List.of("Command", "CreatedAt", "ID", "Image", "Labels", "LocalVolumes", "Mounts", "Names", "Networks",
          "Ports", "RunningFor", "Size", "State", "Status"));

  private ContainerContext() {
  }

  private static String names(ContainerSummary c) {
    List<String> names = new ArrayList<>();
    c.names().forEach(n -> names.add(n.substring(1)));
    return String.join(",", names);
  }

  private static String shortImage(String img) {
    return img.startsWith("sha256:") ? img.substring(7, 19) : img;
  }

  private static String size(Row r) {
    if (!r.sized()) {
      // docker/cli asks the daemon for sizes only for -s or a format naming .Size (ps.go).
      return Units.humanSizeWithPrecision(0, 3);
    }
    // docker/cli formatter: "0B (virtual 1.98MB)", both with three significant digits.
    String rw = Units.humanSizeWithPrecision(r.c().sizeRw(), 3);
    return r.c().sizeRootFs() > 0 ? rw + " (virtual " + Units.humanSizeWithPrecision(r.c().sizeRootFs(), 3) + ")"
        : rw;
  }

  private static String labels(ContainerSummary c) {
    List<String> parts = new ArrayList<>();
    new TreeMap<>(c.labels()).forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(",", parts);
  }

  private static String mounts(ContainerSummary c, boolean trunc) {
    List<String> parts = new ArrayList<>();
    for (String m : c.mounts()) {
      parts.add(trunc ? Display.ellipsis(m, 15) : m);
    }
    return String.join(",", parts);
  }

  /** docker/cli DisplayablePorts (now in {@link Display#ports}, which compose's ps shares). */
  static String ports(List<PortMapping> ports) {
    return Display.ports(ports);
  }
}
