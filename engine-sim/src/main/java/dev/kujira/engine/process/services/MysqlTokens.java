package dev.kujira.engine.process.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits one MySQL statement into tokens as MySQL's lexer does for the subset kujira runs:
 * words (keywords compared without case), `quoted` identifiers, 'strings' and "strings" (both
 * string literals in MySQL's default sql_mode) with '' and backslash escapes, numbers and
 * operators; comments (--, #, /* *&#47;) are skipped. Each token keeps its offset, so a syntax
 * error can quote the rest of the statement as MySQL's "near '…'" does.
 */
final class MysqlTokens {
  /** A token: text, kind (w word, i quoted identifier, s string, n number, o operator) and offset. */
  record Token(String text, char kind, int at) {
    boolean is(String word) {
      return kind == 'w' && text.equalsIgnoreCase(word);
    }
  }

  private final List<Token> tokens = new ArrayList<>();
  private final String sql;
  private int next;

  MysqlTokens(String sql) {
    this.sql = sql;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '#' || c == '-' && sql.startsWith("-- ", i)) {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && sql.startsWith("/*", i)) {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '\'' || c == '"') {
        StringBuilder sb = new StringBuilder();
        int start = i++;
        while (i < n) {
          char d = sql.charAt(i);
          if (d == '\\' && i + 1 < n) {
            char e = sql.charAt(i + 1);
            sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == '0' ? '\0' : e);
            i += 2;
            continue;
          }
          if (d == c) {
            if (i + 1 < n && sql.charAt(i + 1) == c) {
              sb.append(c);
              i += 2;
              continue;
            }
            break;
          }
          sb.append(d);
          i++;
        }
        i++;
        tokens.add(new Token(sb.toString(), 's', start));
      } else if (c == '`') {
        int start = i++;
        int close = sql.indexOf('`', i);
        close = close < 0 ? n : close;
        tokens.add(new Token(sql.substring(i, close), 'i', start));
        i = close + 1;
      } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
        int start = i;
        while (i < n && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
        tokens.add(new Token(sql.substring(start, i), 'n', start));
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
          i++;
        }
        tokens.add(new Token(sql.substring(start, i), 'w', start));
      } else {
        int start = i;
        String two = i + 1 < n ? sql.substring(i, i + 2) : "";
        if (List.of("<=", ">=", "<>", "!=").contains(two)) {
          i += 2;
          tokens.add(new Token(two, 'o', start));
        } else {
          i++;
          tokens.add(new Token(String.valueOf(c), 'o', start));
        }
      }
    }
  }

  /** The statement's text from offset {@code from} to {@code to}, trimmed: a select item's column name. */
  String source(int from, int to) {
    return sql.substring(Math.min(from, sql.length()), Math.min(to, sql.length())).strip();
  }

  boolean atEnd() {
    return next >= tokens.size() || tokens.get(next).text().equals(";") && tokens.get(next).kind() == 'o';
  }

  Token peek() {
    return atEnd() ? new Token("", 'e', sql.length()) : tokens.get(next);
  }

  Token take() {
    Token t = peek();
    next++;
    return t;
  }

  /** Takes the next token when it is the keyword (or operator) {@code word}. */
  boolean accept(String word) {
    Token t = peek();
    if (t.kind() == 'w' && t.text().equalsIgnoreCase(word) || t.kind() == 'o' && t.text().equals(word)) {
      next++;
      return true;
    }
    return false;
  }

  void expect(String word) {
    if (!accept(word)) {
      throw syntax();
    }
  }

  /** An identifier: a word or a `quoted` name; anything else is a syntax error. */
  String name() {
    Token t = peek();
    if (t.kind() != 'w' && t.kind() != 'i') {
      throw syntax();
    }
    next++;
    return t.text();
  }

  /** A 'user'@'host' account name (quotes optional; the host defaults to %). */
  String account() {
    Token u = take();
    if (u.kind() == 'e' || u.kind() == 'o') {
      throw syntax();
    }
    String host = "%";
    if (accept("@")) {
      Token h = take();
      host = h.text();
    }
    return u.text() + "@" + host;
  }

  /** MySQL's ER_PARSE_ERROR quoting the statement from the current token on. */
  MysqlSql.Failure syntax() {
    int at = Math.min(peek().at(), sql.length());
    String rest = sql.substring(at).stripTrailing();
    if (rest.endsWith(";")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return new MysqlSql.Failure(1064, "42000", "You have an error in your SQL syntax; check the manual that"
        + " corresponds to your %s server version for the right syntax to use near '" + rest + "' at line 1");
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
