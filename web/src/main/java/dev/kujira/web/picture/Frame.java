package dev.kujira.web.picture;

import dev.kujira.engine.api.EngineState;
import dev.kujira.lessons.model.Lang;

/**
 * Is what every section of the picture draws with: the state, the overlay, the language, the
 * output, the page's geometry and colours.
 */
final class Frame {
  /** The picture's width; the page scales it through the viewBox. */
  static final double WIDTH = 720;
  /** The margin left and right. */
  static final double MARGIN = 12;
  /** The drawable width. */
  static final double INNER = WIDTH - 2 * MARGIN;
  /** The gap between cards. */
  static final double GAP = 12;

  static final String INK = "#1f2328";
  static final String MUTED = "#57606a";
  static final String LINE = "#d0d7de";
  static final String CARD = "#ffffff";
  static final String NEEDED = "#c2410c";
  static final String NEEDED_FILL = "#fff4e5";
  static final String DONE = "#1a7f37";
  static final String DONE_FILL = "#e6f4ea";

  final EngineState state;
  final Overlay overlay;
  final Lang lang;
  final Svg svg = new Svg();

  Frame(EngineState state, Overlay overlay, Lang lang) {
    this.state = state;
    this.overlay = overlay;
    this.lang = lang;
  }

  String word(String key) {
    return Labels.of(key, lang);
  }

  /** Draws a section's heading at {@code y}; returns the y below it. */
  double heading(double y, String key, int count) {
    String text = word(key) + (count < 0 ? "" : " (" + count + ")");
    svg.text(MARGIN, y + 17, text, 15, INK, true, INNER);
    svg.raw("<line x1=\"" + Svg.num(MARGIN) + "\" y1=\"" + Svg.num(y + 24) + "\" x2=\"" + Svg.num(WIDTH - MARGIN)
        + "\" y2=\"" + Svg.num(y + 24) + "\" stroke=\"" + LINE + "\" stroke-width=\"1\"/>");
    return y + 32;
  }

  /** Draws the word "none" for an empty section; returns the y below it. */
  double empty(double y) {
    svg.text(MARGIN + 4, y + 12, word("none"), 12, MUTED, false, INNER);
    return y + 20;
  }

  /** Returns the border colour of a card marked {@code mark}, or {@code normal}. */
  static String stroke(Overlay.Mark mark, String normal) {
    return mark == Overlay.Mark.NEEDED ? NEEDED : mark == Overlay.Mark.DONE ? DONE : normal;
  }

  /** Returns the fill of a card marked {@code mark}, or {@code normal}. */
  static String fill(Overlay.Mark mark, String normal) {
    return mark == Overlay.Mark.NEEDED ? NEEDED_FILL : mark == Overlay.Mark.DONE ? DONE_FILL : normal;
  }

  /** Returns the border width of a card marked {@code mark}. */
  static double strokeWidth(Overlay.Mark mark) {
    return mark == Overlay.Mark.NONE ? 1 : 2.5;
  }

  /** Returns the prefix a marked name gets, so that the mark is not told by colour alone. */
  static String badge(Overlay.Mark mark) {
    return mark == Overlay.Mark.NEEDED ? "○ " : mark == Overlay.Mark.DONE ? "✓ " : "";
  }

  /** Returns the CSS class hook of a mark. */
  static String cssMark(Overlay.Mark mark) {
    return mark == Overlay.Mark.NONE ? "" : mark == Overlay.Mark.NEEDED ? " k-needed" : " k-done";
  }
}
