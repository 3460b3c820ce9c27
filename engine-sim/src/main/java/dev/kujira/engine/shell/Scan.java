package dev.kujira.engine.shell;

/** Finds the ends of quoted strings and substitutions in raw shell text (shared by parser and expander). */
final class Scan {
  private Scan() {
  }

  /** Returns the index of the '"' closing a double-quoted string whose content starts at {@code from}. */
  static int doubleQuoted(String s, int from, int line) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i;
      } else if (c == '`') {
        int close = s.indexOf('`', i + 1);
        i = close < 0 ? s.length() : close + 1;
      } else if (c == '$' && i + 1 < s.length() && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '{')) {
        i = dollar(s, i, line);
      } else {
        i++;
      }
    }
    throw ShellSyntaxError.unterminatedQuote(line);
  }

  /** Returns the index just past a "$(…)", "$((…))" or "${…}" starting at {@code at}. */
  static int dollar(String s, int at, int line) {
    char open = s.charAt(at + 1);
    char close = open == '(' ? ')' : '}';
    int depth = 0;
    int i = at + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '\'' && open == '(') {
        int q = s.indexOf('\'', i + 1);
        i = q < 0 ? s.length() : q + 1;
        continue;
      }
      if (c == '"') {
        i = doubleQuoted(s, i + 1, line) + 1;
        continue;
      }
      if (c == open) {
        depth++;
      } else if (c == close) {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    throw new ShellSyntaxError("unterminated " + (open == '(' ? "$(" : "${"), line);
  }
}
