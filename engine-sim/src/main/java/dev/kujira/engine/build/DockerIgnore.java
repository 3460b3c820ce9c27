package dev.kujira.engine.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Is a build context's .dockerignore, matched as moby's patternmatcher does: patterns relative to
 * the context root, {@code *} and {@code ?} within one path element, {@code **} across elements,
 * {@code !} re-including; the last matching pattern wins, and a path is also excluded when one of
 * its parent directories is.
 */
public final class DockerIgnore {
  private final List<Pattern> patterns = new ArrayList<>();
  private final List<Boolean> exclusions = new ArrayList<>();

  /** Parses the file's text (null or empty: nothing is ignored). */
  public DockerIgnore(String text) {
    if (text == null) {
      return;
    }
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean exclusion = line.startsWith("!");
      if (exclusion) {
        line = line.substring(1).strip();
      }
      line = clean(line);
      if (line.isEmpty()) {
        continue;
      }
      patterns.add(Pattern.compile(regex(line)));
      exclusions.add(exclusion);
    }
  }

  /** Returns whether {@code relPath} (relative to the context, '/'-separated) is left out of the context. */
  public boolean excluded(String relPath) {
    String path = clean(relPath);
    String[] parts = path.split("/");
    boolean excluded = false;
    for (int i = 0; i < patterns.size(); i++) {
      boolean match = patterns.get(i).matcher(path).matches();
      if (!match) {
        StringBuilder parent = new StringBuilder();
        for (int k = 0; k < parts.length - 1 && !match; k++) {
          parent.append(k == 0 ? "" : "/").append(parts[k]);
          match = patterns.get(i).matcher(parent).matches();
        }
      }
      if (match) {
        excluded = !exclusions.get(i);
      }
    }
    return excluded;
  }

  private static String clean(String p) {
    List<String> out = new ArrayList<>();
    for (String s : p.split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
      } else {
        out.add(s);
      }
    }
    return String.join("/", out);
  }

  private static String regex(String pattern) {
    StringBuilder sb = new StringBuilder("^");
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
          i++;
          if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
            i++;
            sb.append("(.*/)?");
          } else {
            sb.append(".*");
          }
        } else {
          sb.append("[^/]*");
        }
      } else if (c == '?') {
        sb.append("[^/]");
      } else if (c == '\\' && i + 1 < pattern.length()) {
        sb.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '[') {
        int close = pattern.indexOf(']', i);
        if (close < 0) {
          sb.append("\\[");
        } else {
          sb.append(pattern, i, close + 1);
          i = close;
        }
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.append("$").toString();
  }
}
