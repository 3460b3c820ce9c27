package dev.kujira.engine.compose;

import java.util.ArrayList;
import java.util.List;

/** Splits a command string into words as a POSIX shell would (quotes and backslashes), as compose does. */
final class Shlex {
  private Shlex() {
  }

  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        int close = s.indexOf('\'', i + 1);
        cur.append(s, i + 1, close < 0 ? s.length() : close);
        i = close < 0 ? s.length() : close;
        inWord = true;
      } else if (c == '"') {
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
          if (s.charAt(i) == '\\' && i + 1 < s.length() && "\"\\$`".indexOf(s.charAt(i + 1)) >= 0) {
            i++;
          }
          cur.append(s.charAt(i++));
        }
        inWord = true;
      } else if (c == '\\' && i + 1 < s.length()) {
        cur.append(s.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          out.add(cur.toString());
          cur.setLength(0);
          inWord = false;
        }
      } else {
        cur.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      out.add(cur.toString());
    }
    return out;
  }
}
