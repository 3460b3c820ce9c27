package dev.kujira.web.picture;

import dev.kujira.engine.api.ContainerInfo;
import dev.kujira.engine.api.ContainerStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Draws the containers, grouped by state, as cards with their image, ports, mounts and networks. */
final class ContainerSection {
  static final double CARD_W = (Frame.INNER - Frame.GAP) / 2;
  private static final double LINE = 15;
  private static final int MAX_PORTS = 3;
  private static final int MAX_MOUNTS = 4;
  /** The order of the state groups: what runs first, what is gone last. */
  static final List<ContainerStatus> ORDER = List.of(ContainerStatus.RUNNING, ContainerStatus.PAUSED,
      ContainerStatus.RESTARTING, ContainerStatus.CREATED, ContainerStatus.EXITED, ContainerStatus.REMOVING,
      ContainerStatus.DEAD);

  private ContainerSection() {
  }

  /** Returns the colour of a state's group. */
  static String colour(ContainerStatus s) {
    return switch (s) {
      case RUNNING -> "#0969da";
      case PAUSED -> "#8250df";
      case RESTARTING -> "#bc4c00";
      case CREATED -> "#6e7781";
      case EXITED -> "#57606a";
      case REMOVING, DEAD -> "#cf222e";
    };
  }

  /** Returns a container's status as {@code docker ps} words it, briefly. */
  static String status(ContainerInfo c) {
    String s = c.status() == ContainerStatus.EXITED ? "exited (" + c.exitCode() + ")" : c.status().word();
    return c.health() == ContainerInfo.Health.NONE ? s : s + ", " + c.health().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Returns the published ports as "8080→80/tcp", one per host port (Docker lists 0.0.0.0 and :: apart). */
  static List<String> ports(ContainerInfo c) {
    Set<String> out = new LinkedHashSet<>();
    for (ContainerInfo.Port p : c.ports()) {
      boolean any = p.hostIp().equals("0.0.0.0") || p.hostIp().equals("::") || p.hostIp().isEmpty();
      out.add((any ? "" : p.hostIp() + ":") + p.hostPort() + "→" + p.containerPort() + "/" + p.proto());
    }
    return List.copyOf(out);
  }

  /** Returns a mount as "volume data → /data", "bind /src → /app (ro)" or "tmpfs → /run". */
  static String mount(ContainerInfo.MountInfo m) {
    String source = m.type().equals("volume") ? shortName(m.volumeName()) : m.source();
    return m.type() + (source.isEmpty() ? "" : " " + source) + " → " + m.destination() + (m.readOnly() ? " (ro)" : "");
  }

  /** Returns a volume's name, an anonymous one's 64 hex cut to 12 as Docker's short ids. */
  static String shortName(String volume) {
    return volume.length() == 64 && Svg.hex(volume) ? volume.substring(0, 12) : volume;
  }

  static double draw(Frame f, double y) {
    List<ContainerInfo> all = f.state.containers().all();
    List<String> missing = f.overlay.needed("container").stream()
        .filter(n -> f.state.containers().byName(n).isEmpty()).toList();
    y = f.heading(y, "containers", all.size());
    if (all.isEmpty() && missing.isEmpty()) {
      return f.empty(y);
    }
    for (ContainerStatus s : ORDER) {
      List<ContainerInfo> group = all.stream().filter(c -> c.status() == s).toList();
      if (group.isEmpty()) {
        continue;
      }
      f.svg.raw("<circle cx=\"" + Svg.num(Frame.MARGIN + 5) + "\" cy=\"" + Svg.num(y + 9) + "\" r=\"5\" fill=\""
          + colour(s) + "\"/>");
      f.svg.text(Frame.MARGIN + 15, y + 13, s.word() + " (" + group.size() + ")", 12, colour(s), true, Frame.INNER);
      y += 20;
      List<Card> cards = group.stream().map(c -> card(f, c)).toList();
      y = grid(f, cards, y);
    }
    if (!missing.isEmpty()) {
      f.svg.text(Frame.MARGIN, y + 13, f.word("needed") + " (" + missing.size() + ")", 12, Frame.NEEDED, true,
          Frame.INNER);
      y += 20;
      y = grid(f, missing.stream().map(n -> placeholder(f, n)).toList(), y);
    }
    return y;
  }

  /** Is one card's content before it is placed. */
  record Card(String css, String tooltip, String title, String corner, String cornerColour, List<String> lines,
      Overlay.Mark mark, boolean dashed) {
    double height() {
      return 26 + LINE * lines.size() + 4;
    }
  }

  private static Card card(Frame f, ContainerInfo c) {
    List<String> lines = new ArrayList<>();
    lines.add(c.imageRef());
    List<String> ports = ports(c);
    ports.stream().limit(MAX_PORTS).forEach(p -> lines.add("port " + p));
    if (ports.size() > MAX_PORTS) {
      lines.add("+" + (ports.size() - MAX_PORTS) + " " + f.word("ports"));
    }
    c.mounts().stream().limit(MAX_MOUNTS).forEach(m -> lines.add(mount(m)));
    if (c.mounts().size() > MAX_MOUNTS) {
      lines.add("+" + (c.mounts().size() - MAX_MOUNTS) + " mounts");
    }
    if (!c.networks().isEmpty()) {
      lines.add("network " + String.join(", ", c.networks().stream().map(ContainerInfo.Attachment::network).toList()));
    }
    Overlay.Mark mark = f.overlay.mark("container", c.name());
    String tip = c.name() + " (" + status(c) + "), " + String.join("; ", lines);
    return new Card("k-container k-" + c.status().word() + Frame.cssMark(mark), tip, Frame.badge(mark) + c.name(),
        status(c), colour(c.status()), lines, mark, false);
  }

  private static Card placeholder(Frame f, String name) {
    return new Card("k-container k-placeholder k-needed", name + ": " + f.word("missing"), "○ " + name,
        f.word("needed"), Frame.NEEDED, List.of(f.word("missing")), Overlay.Mark.NEEDED, true);
  }

  /** Places cards two to a row; returns the y below the last row. */
  static double grid(Frame f, List<Card> cards, double y) {
    for (int i = 0; i < cards.size(); i += 2) {
      double rowH = Math.max(cards.get(i).height(), i + 1 < cards.size() ? cards.get(i + 1).height() : 0);
      for (int k = i; k < Math.min(i + 2, cards.size()); k++) {
        draw(f, cards.get(k), Frame.MARGIN + (k - i) * (CARD_W + Frame.GAP), y, rowH);
      }
      y += rowH + Frame.GAP;
    }
    return y;
  }

  private static void draw(Frame f, Card c, double x, double y, double h) {
    Svg s = f.svg;
    s.group(c.css(), c.tooltip());
    s.rect(x, y, CARD_W, h, Frame.fill(c.mark(), Frame.CARD), Frame.stroke(c.mark(), Frame.LINE),
        Frame.strokeWidth(c.mark()), c.dashed());
    double cornerW = Svg.width(c.corner(), 11) + 4;
    s.text(x + CARD_W - 8, y + 18, c.corner(), 11, c.cornerColour(), false, CARD_W / 2, "end");
    s.text(x + 8, y + 18, c.title(), 13, Frame.INK, true, CARD_W - 16 - Math.min(cornerW, CARD_W / 2));
    double ly = y + 18 + LINE + 2;
    for (String line : c.lines()) {
      s.text(x + 10, ly, line, 11, line == c.lines().get(0) ? Frame.MUTED : Frame.INK, false, CARD_W - 18);
      ly += LINE;
    }
    s.end();
  }
}
