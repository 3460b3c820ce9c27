package dev.kujira.engine.compose;

/** Writes YAML scalars as go-yaml v3 does: plain when they read back as the same string, else double-quoted. */
final class Yaml {
  private Yaml() {
  }

  /** Returns {@code raw} as config writes it: {@code $} doubled, so the output loads back to the same values. */
  static String scalar(String raw) {
    String s = raw.replace("$", "$$");
    if (s.isEmpty() || needsQuotes(s)) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
    return s;
  }

  static String key(String s) {
    return scalar(s);
  }

  private static boolean needsQuotes(String s) {
    if (s.matches("(?i)true|false|yes|no|on|off|y|n|null|~")
        || s.matches("[-+]?(\\d[\\d_]*(\\.\\d*)?([eE][-+]?\\d+)?|\\.\\d+|0x[0-9a-fA-F]+|0o[0-7]+|\\.inf|\\.nan)")) {
      return true;
    }
    if (!s.equals(s.strip()) || s.contains(": ") || s.endsWith(":") || s.contains(" #") || s.contains("\n")
        || s.contains("\t")) {
      return true;
    }
    return "-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0 && !(s.charAt(0) == '-' && s.length() > 1
        && s.charAt(1) != ' ') || s.startsWith("- ") || s.equals("-");
  }

  /** Returns a duration as Go prints it ("1m30s", "10s", "500ms"). */
  static String duration(long millis) {
    if (millis == 0) {
      return "0s";
    }
    StringBuilder b = new StringBuilder();
    long h = millis / 3_600_000;
    long m = millis / 60_000 % 60;
    long s = millis / 1000 % 60;
    long ms = millis % 1000;
    if (millis < 1000) {
      return ms + "ms";
    }
    if (h > 0) {
      b.append(h).append('h');
    }
    if (h > 0 || m > 0) {
      b.append(m).append('m');
    }
    b.append(s);
    if (ms > 0) {
      b.append('.').append(String.format("%03d", ms).replaceAll("0+$", ""));
    }
    return b.append('s').toString();
  }
}
