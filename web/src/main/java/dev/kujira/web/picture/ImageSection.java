package dev.kujira.web.picture;

import dev.kujira.engine.api.ImageInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the images as stacks of layers, base at the bottom: a layer that several images share is
 * one block across their columns (see {@link LayerTree}); a dangling image is dashed and says so.
 */
final class ImageSection {
  private static final double LABEL_H = 32;
  private static final double LAYER_H = 18;
  private static final double MIN_COL = 136;
  private static final double MAX_COL = 176;
  private static final String LAYER = "#ddf4ff";
  private static final String LAYER_LINE = "#80ccff";
  private static final String SHARED = "#b6e3ff";
  private static final String SHARED_LINE = "#218bff";
  static final String DANGLING = "#cf222e";

  private ImageSection() {
  }

  static double draw(Frame f, double y) {
    List<ImageInfo> all = f.state.images().all();
    List<String> missing = f.overlay.needed("image").stream()
        .filter(r -> f.state.images().byReference(r).isEmpty()).toList();
    y = f.heading(y, "images", all.size());
    if (all.isEmpty() && missing.isEmpty()) {
      return f.empty(y);
    }
    for (List<ImageInfo> row : rows(all)) {
      y = drawRow(f, new LayerTree(row), y) + Frame.GAP;
    }
    if (!missing.isEmpty()) {
      double w = Math.min(MAX_COL, Frame.INNER / Math.max(1, missing.size()));
      for (int i = 0; i < missing.size(); i++) {
        double x = Frame.MARGIN + i * w;
        f.svg.group("k-image k-placeholder k-needed", missing.get(i) + ": " + f.word("missing"));
        f.svg.rect(x + 2, y, w - 4, LABEL_H - 4, Frame.NEEDED_FILL, Frame.NEEDED, 2.5, true);
        f.svg.text(x + 8, y + 12, "○ " + missing.get(i), 11, Frame.INK, true, w - 14);
        f.svg.text(x + 8, y + 24, f.word("needed"), 10, Frame.NEEDED, false, w - 14);
        f.svg.end();
      }
      y += LABEL_H + Frame.GAP;
    }
    return y;
  }

  /**
   * Splits the images into rows of whole families (images on the same base layer stay together),
   * as many columns to a row as fit at the narrowest legible width.
   */
  static List<List<ImageInfo>> rows(List<ImageInfo> images) {
    Map<String, List<ImageInfo>> families = new LinkedHashMap<>();
    for (ImageInfo i : images) {
      List<ImageInfo.LayerInfo> layers = LayerTree.layers(i);
      families.computeIfAbsent(layers.isEmpty() ? "" : layers.get(0).diffId(), k -> new ArrayList<>()).add(i);
    }
    int perRow = (int) Math.floor(Frame.INNER / MIN_COL);
    List<List<ImageInfo>> rows = new ArrayList<>();
    List<ImageInfo> current = new ArrayList<>();
    for (List<ImageInfo> family : families.values()) {
      if (!current.isEmpty() && current.size() + family.size() > perRow) {
        rows.add(current);
        current = new ArrayList<>();
      }
      current.addAll(family);
    }
    if (!current.isEmpty()) {
      rows.add(current);
    }
    return rows;
  }

  private static double drawRow(Frame f, LayerTree tree, double y) {
    int cols = tree.columns.size();
    double colW = Math.min(MAX_COL, Frame.INNER / cols);
    int depth = tree.heights.stream().mapToInt(Integer::intValue).max().orElse(0);
    double base = y + LABEL_H + depth * LAYER_H;
    for (LayerTree.Node n : tree.nodes()) {
      double x = Frame.MARGIN + n.first * colW + 2;
      double w = n.images * colW - 4;
      double top = base - (n.depth + 1) * LAYER_H;
      boolean shared = n.images > 1;
      boolean dangling = tree.columns.subList(n.first, n.last + 1).stream().allMatch(ImageInfo::dangling);
      String tip = LayerTree.instruction(n.layer) + " — " + size(n.layer.size())
          + (shared ? ", " + f.word("shared") + " ×" + n.images : "");
      f.svg.group(shared ? "k-layer k-shared" : "k-layer", tip);
      f.svg.rect(x, top, w, LAYER_H - 2, shared ? SHARED : LAYER, dangling ? DANGLING : shared ? SHARED_LINE : LAYER_LINE,
          1, dangling);
      String label = (shared ? "×" + n.images + " " : "") + LayerTree.instruction(n.layer);
      f.svg.text(x + 5, top + 12, label, 10, Frame.INK, false, w - 10);
      f.svg.end();
    }
    for (int i = 0; i < cols; i++) {
      ImageInfo image = tree.columns.get(i);
      double x = Frame.MARGIN + i * colW + 2;
      double top = base - tree.heights.get(i) * LAYER_H - LABEL_H;
      label(f, image, x, top, colW - 4);
    }
    return base;
  }

  private static void label(Frame f, ImageInfo image, double x, double y, double w) {
    Overlay.Mark mark = image.references().stream().map(r -> f.overlay.mark("image", r))
        .reduce(Overlay.Mark.NONE, (a, b) -> a == Overlay.Mark.NEEDED || b == Overlay.Mark.NEEDED ? Overlay.Mark.NEEDED
            : a == Overlay.Mark.DONE || b == Overlay.Mark.DONE ? Overlay.Mark.DONE : Overlay.Mark.NONE);
    String name = image.dangling() ? "<none>:<none>" : image.references().isEmpty() ? image.shortId()
        : image.references().get(0) + (image.references().size() > 1 ? " +" + (image.references().size() - 1) : "");
    int layers = LayerTree.layers(image).size();
    String tip = (image.references().isEmpty() ? "<none>" : String.join(", ", image.references())) + " "
        + image.shortId() + ", " + Labels.count(layers, "layer", f.lang) + ", " + size(image.size())
        + (image.dangling() ? ", dangling" : "");
    f.svg.group("k-image" + (image.dangling() ? " k-dangling" : "") + Frame.cssMark(mark), tip);
    f.svg.rect(x, y + 1, w, LABEL_H - 5, Frame.fill(mark, Frame.CARD),
        image.dangling() && mark == Overlay.Mark.NONE ? DANGLING : Frame.stroke(mark, Frame.LINE),
        Frame.strokeWidth(mark), image.dangling());
    f.svg.text(x + 5, y + 13, Frame.badge(mark) + name, 11, Frame.INK, true, w - 10);
    // The count first: in a narrow column the id is what gets cut.
    String second = (image.dangling() ? "dangling · " : "") + Labels.count(layers, "layer", f.lang) + " · "
        + image.shortId();
    f.svg.text(x + 5, y + 25, second, 10, image.dangling() ? DANGLING : Frame.MUTED, false, w - 10);
    f.svg.end();
  }

  /** Returns a size as {@code docker images} prints it (1000-based, three significant digits). */
  static String size(long bytes) {
    String[] units = {"B", "kB", "MB", "GB"};
    double v = bytes;
    int u = 0;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    String n = u == 0 || v >= 100 ? Long.toString(Math.round(v))
        : String.format(java.util.Locale.ROOT, v >= 10 ? "%.1f" : "%.2f", v);
    return trim(n) + units[u];
  }

  private static String trim(String n) {
    if (n.indexOf('.') < 0) {
      return n;
    }
    int end = n.length();
    while (n.charAt(end - 1) == '0') {
      end--;
    }
    return n.substring(0, n.charAt(end - 1) == '.' ? end - 1 : end);
  }
}
