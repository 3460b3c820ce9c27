package dev.kujira.engine.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the text of Dockerfile arguments: KEY=VALUE pairs, quoting, and Go's %v and %q forms. */
final class BuildText {
  private BuildText() {
  }

  static Map<String, String> pairs(String a) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!a.contains("=")) {
      int sp = a.indexOf(' ');
      out.put(a.substring(0, sp < 0 ? a.length() : sp), sp < 0 ? "" : a.substring(sp + 1).trim());
      return out;
    }
    for (String word : splitWords(a)) {
      int eq = word.indexOf('=');
      if (eq > 0) {
        out.put(word.substring(0, eq), unquote(word.substring(eq + 1)));
      }
    }
    return out;
  }

  static List<String> splitWords(String a) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (char c : a.toCharArray()) {
      if (quote != 0) {
        cur.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        cur.append(c);
      } else if (Character.isWhitespace(c)) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  /** Go's %v of a string slice with quotes, as BuildKit writes CMD into history: ["cat" "/x"]. */
  static String goList(List<String> l) {
    List<String> q = new ArrayList<>();
    l.forEach(w -> q.add("\"" + w.replace("\"", "\\\"") + "\""));
    return "[" + String.join(" ", q) + "]";
  }

  /** Go's %q of a string, as BuildKit quotes a failed command. */
  static String goQuote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }


  /**
   * Reads HEALTHCHECK [--interval= --timeout= --start-period= --start-interval= --retries=] CMD …
   * (or NONE) into Docker's JSON: Test is ["CMD-SHELL", cmd], ["CMD", args…] or ["NONE"], and the
   * durations are nanoseconds.
   */
  static com.fasterxml.jackson.databind.node.ObjectNode healthcheck(dev.kujira.engine.build.Instruction ins) {
    com.fasterxml.jackson.databind.node.ObjectNode h = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
        .objectNode();
    com.fasterxml.jackson.databind.node.ArrayNode test = h.putArray("Test");
    String a = ins.args().trim();
    if (a.equalsIgnoreCase("NONE")) {
      test.add("NONE");
      return h;
    }
    String cmd = a.replaceFirst("(?i)^CMD\\s+", "");
    Instruction inner = Instruction.of(Instruction.Kind.CMD, cmd, 0);
    if (inner.jsonWords() != null) {
      test.add("CMD");
      inner.jsonWords().forEach(test::add);
    } else {
      test.add("CMD-SHELL");
      test.add(cmd);
    }
    long[] d = {nanos(ins.flags().get("interval")), nanos(ins.flags().get("timeout")),
        nanos(ins.flags().get("start-period")), nanos(ins.flags().get("start-interval"))};
    String[] names = {"Interval", "Timeout", "StartPeriod", "StartInterval"};
    for (int k = 0; k < 4; k++) {
      if (d[k] != 0) {
        h.put(names[k], d[k]);
      }
    }
    if (ins.flags().containsKey("retries")) {
      h.put("Retries", Integer.parseInt(ins.flags().get("retries")));
    }
    return h;
  }

  /** Prints a HEALTHCHECK as the history does: Go's %v of the struct ({@code &{["CMD-SHELL" "…"] "30s" …}}). */
  static String healthcheckHistory(com.fasterxml.jackson.databind.JsonNode h) {
    List<String> test = new java.util.ArrayList<>();
    h.get("Test").forEach(t -> test.add(t.asText()));
    StringBuilder sb = new StringBuilder("&{").append(goList(test));
    for (String k : List.of("Interval", "Timeout", "StartPeriod", "StartInterval")) {
      sb.append(" \"").append(duration(h.has(k) ? h.get(k).asLong() : 0)).append('"');
    }
    return sb.append(" '\\x0").append(h.has("Retries") ? h.get("Retries").asInt() : 0).append("'}").toString();
  }

  private static long nanos(String d) {
    if (d == null || d.isEmpty()) {
      return 0;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|ms|s|m|h)").matcher(d);
    double total = 0;
    while (m.find()) {
      double v = Double.parseDouble(m.group(1));
      total += v * switch (m.group(2)) {
        case "h" -> 3.6e12;
        case "m" -> 6e10;
        case "s" -> 1e9;
        case "ms" -> 1e6;
        case "us" -> 1e3;
        default -> 1;
      };
    }
    return (long) total;
  }

  /** Formats nanoseconds as Go's time.Duration.String for whole seconds and minutes ("30s", "1m30s", "0s"). */
  private static String duration(long ns) {
    if (ns == 0) {
      return "0s";
    }
    long s = ns / 1_000_000_000L;
    if (ns % 1_000_000_000L != 0) {
      return (ns / 1_000_000L) + "ms";
    }
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long sec = s % 60;
    return (h > 0 ? h + "h" : "") + (h > 0 || m > 0 ? m + "m" : "") + sec + "s";
  }
}
