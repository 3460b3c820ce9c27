package dev.kujira.web.picture;

import dev.kujira.engine.api.VolumeInfo;
import java.util.List;

/** Draws the volumes as chips saying which containers mount them; an unused one says so. */
final class VolumeSection {
  private static final double CHIP_W = (Frame.INNER - 2 * Frame.GAP) / 3;
  private static final double CHIP_H = 38;

  private VolumeSection() {
  }

  /** Returns a volume's name as shown: an anonymous one's short id, marked. */
  static String name(VolumeInfo v) {
    return v.anonymous() ? ContainerSection.shortName(v.name()) + " (anonymous)" : v.name();
  }

  /** Returns who mounts the volume, or "unused". */
  static String users(Frame f, VolumeInfo v) {
    return v.usedBy().isEmpty() ? f.word("unused") : f.word("usedBy") + " " + String.join(", ", v.usedBy());
  }

  static double draw(Frame f, double y) {
    List<VolumeInfo> all = f.state.volumes().all();
    List<String> missing = f.overlay.needed("volume").stream()
        .filter(n -> f.state.volumes().byName(n).isEmpty()).toList();
    y = f.heading(y, "volumes", all.size());
    if (all.isEmpty() && missing.isEmpty()) {
      return f.empty(y);
    }
    int i = 0;
    for (VolumeInfo v : all) {
      Overlay.Mark mark = f.overlay.mark("volume", v.name());
      chip(f, i++, y, "k-volume" + Frame.cssMark(mark), v.name() + ": " + users(f, v), Frame.badge(mark) + name(v),
          users(f, v), mark, false);
    }
    for (String name : missing) {
      chip(f, i++, y, "k-volume k-placeholder k-needed", name + ": " + f.word("missing"), "○ " + name,
          f.word("missing"), Overlay.Mark.NEEDED, true);
    }
    int rows = (i + 2) / 3;
    return y + rows * (CHIP_H + Frame.GAP);
  }

  private static void chip(Frame f, int i, double y, String css, String tip, String title, String line,
      Overlay.Mark mark, boolean dashed) {
    double x = Frame.MARGIN + (i % 3) * (CHIP_W + Frame.GAP);
    double cy = y + (i / 3) * (CHIP_H + Frame.GAP);
    f.svg.group(css, tip);
    f.svg.rect(x, cy, CHIP_W, CHIP_H, Frame.fill(mark, Frame.CARD), Frame.stroke(mark, Frame.LINE),
        Frame.strokeWidth(mark), dashed);
    f.svg.text(x + 8, cy + 15, title, 12, Frame.INK, true, CHIP_W - 16);
    f.svg.text(x + 8, cy + 30, line, 11, Frame.MUTED, false, CHIP_W - 16);
    f.svg.end();
  }
}
