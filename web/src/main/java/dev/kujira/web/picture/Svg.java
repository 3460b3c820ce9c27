package dev.kujira.web.picture;

import java.util.Locale;

/**
 * Writes SVG elements with escaped text and attributes. Presentation attributes only, never a
 * {@code style} element or attribute, so that a page's Content-Security-Policy without
 * 'unsafe-inline' still shows the picture as drawn.
 */
final class Svg {
  /** The font: monospace, so that a text's width is its length times {@link #CHAR}. */
  static final String FONT = "DejaVu Sans Mono, Menlo, Consolas, monospace";
  /** The advance of one monospace character, in em (DejaVu Sans Mono: 1233/2048). */
  static final double CHAR = 0.61;

  private final StringBuilder out = new StringBuilder();

  /** Escapes text for XML content and attribute values; drops characters XML cannot hold. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\n', '\r', '\t' -> b.append(' ');
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** Shortens {@code s} to fit {@code maxWidth} pixels at {@code size}, ending with an ellipsis when cut. */
  static String clip(String s, double maxWidth, double size) {
    if (width(s, size) <= maxWidth) {
      return s;
    }
    int end = s.length();
    while (end > 0 && width(s.substring(0, end) + "…", size) > maxWidth) {
      end = s.offsetByCodePoints(end, -1);
    }
    return s.substring(0, end) + "…";
  }

  /** Returns the width of {@code s} in pixels at {@code size}. */
  static double width(String s, double size) {
    // East Asian characters take two cells in a monospace font.
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += cp >= 0x1100 ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w * size * CHAR;
  }

  /** Returns {@code v} as an integer, or with one decimal as {@code %.1f} gives it. */
  static String num(double v) {
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    double tenths = Math.abs(v) * 10;
    double frac = tenths - Math.floor(tenths);
    if (Math.abs(frac - 0.5) < 1e-6 || tenths > 1e15) {
      // Near a tie, %.1f rounds the shortest decimal form half up, which binary rounding may not: let it decide.
      return String.format(Locale.ROOT, "%.1f", v);
    }
    long t = Math.round(tenths);
    return (v < 0 ? "-" : "") + t / 10 + "." + t % 10;
  }

  /** Returns whether {@code s} is lower-case hex digits only (an id). */
  static boolean hex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  /** Appends raw markup written by this package. */
  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Opens a group with a CSS class (a hook for the page) and, when not empty, a tooltip. */
  Svg group(String cssClass, String tooltip) {
    out.append("<g class=\"").append(escape(cssClass)).append("\">");
    if (!tooltip.isEmpty()) {
      out.append("<title>").append(escape(tooltip)).append("</title>");
    }
    return this;
  }

  Svg end() {
    out.append("</g>");
    return this;
  }

  /** A rectangle; {@code dash} true draws its border dashed (something needed, or dangling). */
  Svg rect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth, boolean dash) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
        .append("\" height=\"").append(num(h)).append("\" rx=\"4\" fill=\"").append(fill).append("\" stroke=\"")
        .append(stroke).append("\" stroke-width=\"").append(num(strokeWidth)).append('"');
    if (dash) {
      out.append(" stroke-dasharray=\"5 3\"");
    }
    out.append("/>");
    return this;
  }

  /** A line of text starting at x (baseline y), clipped to {@code maxWidth} pixels. */
  Svg text(double x, double y, String s, double size, String fill, boolean bold, double maxWidth) {
    return text(x, y, s, size, fill, bold, maxWidth, "start");
  }

  /** A line of text anchored at x ("start", "middle" or "end"), clipped to {@code maxWidth} pixels. */
  Svg text(double x, double y, String s, double size, String fill, boolean bold, double maxWidth, String anchor) {
    String shown = clip(s, maxWidth, size);
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-family=\"").append(FONT)
        .append("\" font-size=\"").append(num(size)).append("\" fill=\"").append(fill).append('"');
    if (bold) {
      out.append(" font-weight=\"bold\"");
    }
    if (!anchor.equals("start")) {
      out.append(" text-anchor=\"").append(anchor).append('"');
    }
    out.append('>').append(escape(shown)).append("</text>");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
