package dev.kujira.engine.compose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a {@code .env} or env_file: {@code KEY=VALUE} lines, {@code #} comments and blank lines
 * skipped, an optional {@code export } prefix, values in single quotes kept literally, in double
 * quotes with {@code \n} escapes, unquoted values cut at an inline {@code  #} comment and trimmed.
 */
public final class DotEnv {
  private DotEnv() {
  }

  /** Returns the variables of {@code text}, in file order. */
  public static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring(7).strip();
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
        value = value.substring(1, value.length() - 1);
      } else if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1).replace("\\n", "\n").replace("\\\"", "\"");
      } else {
        int hash = value.indexOf(" #");
        value = (hash >= 0 ? value.substring(0, hash) : value).strip();
      }
      out.put(key, value);
    }
    return out;
  }
}
