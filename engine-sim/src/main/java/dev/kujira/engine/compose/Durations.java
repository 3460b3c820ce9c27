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
    return dev.kujira.engine.format.Units.goDurationMillis(t);
  }
}
