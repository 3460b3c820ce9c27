package dev.kujira.engine.daemon;

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

}
