package dev.kujira.engine.shell;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import java.util.ArrayList;
import java.util.List;

/** Matches shell patterns ({@code * ? [..]} with backslash quoting) and expands them against files. */
public final class Glob {
  private Glob() {
  }

  /** Returns whether {@code text} matches the whole {@code pattern}. */
  public static boolean matches(String pattern, String text) {
    return match(pattern, 0, text, 0);
  }

  private static boolean match(String p, int pi, String t, int ti) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        for (int k = ti; k <= t.length(); k++) {
          if (match(p, pi + 1, t, k)) {
            return true;
          }
        }
        return false;
      }
      if (ti >= t.length()) {
        return false;
      }
      if (c == '?') {
        pi++;
        ti++;
      } else if (c == '[') {
        int close = p.indexOf(']', pi + 2);
        if (close < 0) {
          if (t.charAt(ti) != '[') {
            return false;
          }
          pi++;
          ti++;
          continue;
        }
        String set = p.substring(pi + 1, close);
        boolean negate = set.startsWith("!") || set.startsWith("^");
        if (negate) {
          set = set.substring(1);
        }
        boolean in = false;
        char ch = t.charAt(ti);
        for (int k = 0; k < set.length(); k++) {
          if (k + 2 < set.length() && set.charAt(k + 1) == '-') {
            in |= ch >= set.charAt(k) && ch <= set.charAt(k + 2);
            k += 2;
          } else {
            in |= ch == set.charAt(k);
          }
        }
        if (in == negate) {
          return false;
        }
        pi = close + 1;
        ti++;
      } else {
        if (c == '\\' && pi + 1 < p.length()) {
          c = p.charAt(++pi);
        }
        if (c != t.charAt(ti)) {
          return false;
        }
        pi++;
        ti++;
      }
    }
    return ti == t.length();
  }

  /** Expands a pattern path against {@code fs}; returns the sorted matches (empty when none). */
  static List<String> expand(FileSystemView fs, String pattern) {
    boolean absolute = pattern.startsWith("/");
    String[] parts = pattern.split("/");
    List<String> current = new ArrayList<>();
    current.add(absolute ? "/" : "");
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      List<String> next = new ArrayList<>();
      // A '[' without its ']' is an ordinary character (POSIX 2.13.1), so `[ $i -lt 9 ]` lists no directory.
      boolean magic = part.replaceAll("\\\\.", "").matches(".*([*?]|\\[.+\\]).*");
      for (String base : current) {
        String dir = base.isEmpty() ? "." : base;
        if (!magic) {
          String lit = part.replaceAll("\\\\(.)", "$1");
          String path = join(base, lit);
          if (fs.exists(path.isEmpty() ? "." : path)) {
            next.add(path);
          }
          continue;
        }
        try {
          for (String name : fs.list(dir)) {
            if (name.startsWith(".") && !part.startsWith(".")) {
              continue;
            }
            if (matches(part, name)) {
              next.add(join(base, name));
            }
          }
        } catch (FsException e) {
          // an unreadable or missing directory matches nothing
        }
      }
      current = next;
    }
    current.sort(null);
    return current;
  }

  private static String join(String base, String name) {
    if (base.isEmpty()) {
      return name;
    }
    return base.endsWith("/") ? base + name : base + "/" + name;
  }
}
