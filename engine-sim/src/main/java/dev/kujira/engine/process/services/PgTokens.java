package dev.kujira.engine.process.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits one SQL statement into tokens as PostgreSQL's lexer does for the subset kujira runs:
 * identifiers folded to lower case (kept as written inside double quotes), 'strings' with ''
 * for a quote, numbers and operators; each token keeps its offset for the error caret.
 */
final class PgTokens {
  /** A token: its text (identifiers folded), its kind and its offset in the statement. */
  record Token(String text, char kind, int at) {
    boolean is(String word) {
      return kind == 'w' && text.equals(word);
    }
  }

  private final List<Token> tokens = new ArrayList<>();
  private final int end;
  private final String sql;
  private int next;

  PgTokens(String sql) {
    this.sql = sql;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '\'') {
        StringBuilder sb = new StringBuilder();
        int start = i++;
        while (i < n) {
          if (sql.charAt(i) == '\'') {
            if (i + 1 < n && sql.charAt(i + 1) == '\'') {
              sb.append('\'');
              i += 2;
              continue;
            }
            break;
          }
          sb.append(sql.charAt(i++));
        }
        i++;
        tokens.add(new Token(sb.toString(), 's', start));
      } else if (c == '"') {
        int start = i++;
        int close = sql.indexOf('"', i);
        close = close < 0 ? n : close;
        tokens.add(new Token(sql.substring(i, close), 'i', start));
        i = close + 1;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
          i++;
        }
        tokens.add(new Token(sql.substring(start, i).toLowerCase(Locale.ROOT), 'w', start));
      } else if (Character.isDigit(c)) {
        int start = i;
        while (i < n && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
        tokens.add(new Token(sql.substring(start, i), 'n', start));
      } else {
        int start = i;
        String two = i + 1 < n ? sql.substring(i, i + 2) : "";
        if (List.of("<=", ">=", "<>", "!=", "::").contains(two)) {
          i += 2;
          tokens.add(new Token(two, 'o', start));
        } else {
          i++;
          tokens.add(new Token(String.valueOf(c), 'o', start));
        }
      }
    }
    end = n;
  }

  boolean atEnd() {
    return next >= tokens.size() || tokens.get(next).text().equals(";") && tokens.get(next).kind() == 'o';
  }

  Token peek() {
    return atEnd() ? new Token("", 'e', end) : tokens.get(next);
  }

  Token take() {
    Token t = peek();
    if (!atEnd()) {
      next++;
    }
    return t;
  }

  /** Takes the next token if it is the word or symbol {@code text}. */
  boolean accept(String text) {
    Token t = peek();
    if (!atEnd() && t.text().equals(text) && t.kind() != 's' && t.kind() != 'i') {
      next++;
      return true;
    }
    return false;
  }

  /** Takes {@code text} or throws the syntax error PostgreSQL gives at the token found instead. */
  void expect(String text) {
    if (!accept(text)) {
      throw syntax();
    }
  }

  /** Takes an identifier (a word or a quoted name). */
  String name() {
    Token t = peek();
    if (atEnd() || t.kind() != 'w' && t.kind() != 'i') {
      throw syntax();
    }
    next++;
    return t.text();
  }

  /** The syntax error at the next token ("at end of input" after the last). */
  PgSql.Failure syntax() {
    Token t = peek();
    return new PgSql.Failure(PgResult.error(atEnd() ? "syntax error at end of input"
        : "syntax error at or near \"" + (t.kind() == 's' ? "'" + t.text() + "'"
        : t.kind() == 'w' ? sql.substring(t.at(), t.at() + t.text().length()) : t.text()) + "\"", t.at()));
  }
}
