package dev.kujira.engine.dockercli;

/** Shortens and quotes values for display as docker/cli does (stringutils.Ellipsis, strconv.Quote). */
public final class Display {
  private Display() {
  }

  /** Truncates to {@code max} runes, ending with "…" when cut (docker/cli stringutils.Ellipsis). */
  public static String ellipsis(String s, int max) {
    int n = s.codePointCount(0, s.length());
    if (n <= max) {
      return s;
    }
    int end = s.offsetByCodePoints(0, max - 1);
    return s.substring(0, end) + "…";
  }

  /** Quotes like Go's strconv.Quote (printable non-ASCII stays as is). */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\t': sb.append("\\t"); break;
        case '\r': sb.append("\\r"); break;
        default:
          if (cp < 0x20 || cp == 0x7f) {
            sb.append(String.format("\\x%02x", cp));
          } else {
            sb.appendCodePoint(cp);
          }
      }
    });
    return sb.append('"').toString();
  }
}
