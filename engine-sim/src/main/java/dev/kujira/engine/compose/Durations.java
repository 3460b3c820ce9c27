package dev.kujira.engine.compose;

/** Parses Go durations ("1m30s", "500ms", "2h", "10"), as compose decodes healthcheck and stop times. */
final class Durations {
  private Durations() {
  }

  /** Returns {@code text} in milliseconds; a bad one fails with Go's "time: invalid duration". */
  static long millis(String text, String path) {
    String t = text.trim();
    if (t.matches("\\d+")) {
      // compose-go reads a bare number as seconds
      return Long.parseLong(t) * 1000;
    }
    if (!t.matches("(\\d+(\\.\\d+)?(h|ms|m|s|us|µs|ns))+")) {
      throw new ComposeException(Errors.invalidDuration(path, text), ComposeException.INVALID);
    }
    double total = 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s|us|µs|ns)").matcher(t);
    while (m.find()) {
      double n = Double.parseDouble(m.group(1));
      switch (m.group(2)) {
        case "h": total += n * 3_600_000; break;
        case "m": total += n * 60_000; break;
        case "s": total += n * 1000; break;
        case "ms": total += n; break;
        default: total += n / 1000; break;
      }
    }
    return (long) total;
  }
}
