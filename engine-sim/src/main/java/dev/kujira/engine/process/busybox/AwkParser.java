package dev.kujira.engine.process.busybox;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses awk programs into a small AST of {@code Object[]} nodes: {@code {kind, …}}. Kinds:
 * num, str, re, var, field, index, call, assign, binop, not, neg, cond, incr, and statements
 * print, printf, if, while, for, forin, block, next, exit, expr.
 */
final class AwkParser {
  private final List<String> toks = new ArrayList<>();
  private int pos;

  AwkParser(String src) {
    lex(src);
  }

  /** Returns rules as {pattern-or-null-or-"BEGIN"/"END", action-or-null}. */
  List<Object[]> program() {
    List<Object[]> rules = new ArrayList<>();
    skipNl();
    while (pos < toks.size()) {
      Object pattern = null;
      if (peek().equals("BEGIN") || peek().equals("END")) {
        pattern = next();
      } else if (!peek().equals("{")) {
        pattern = expr();
      }
      Object action = null;
      if (peek().equals("{")) {
        action = block();
      }
      rules.add(new Object[] {pattern, action});
      skipTerm();
    }
    return rules;
  }

  private Object[] block() {
    expect("{");
    List<Object> stmts = new ArrayList<>();
    skipTerm();
    while (!peek().equals("}")) {
      stmts.add(statement());
      skipTerm();
    }
    expect("}");
    return new Object[] {"block", stmts};
  }

  private Object statement() {
    String t = peek();
    switch (t) {
      case "{":
        return block();
      case "print":
      case "printf":
        next();
        List<Object> args = new ArrayList<>();
        boolean paren = peek().equals("(");
        if (!isEnd(peek())) {
          args.add(expr(false));
          while (peek().equals(",")) {
            next();
            args.add(expr(false));
          }
        }
        if (paren && args.size() == 1 && args.get(0) instanceof Object[] && "group".equals(((Object[]) args.get(0))[0])) {
          args = ((List<Object>) ((Object[]) args.get(0))[1]);
        }
        return new Object[] {t, args};
      case "if":
        next();
        expect("(");
        Object cond = expr();
        expect(")");
        skipNl();
        Object then = statement();
        int save = pos;
        skipTerm();
        if (peek().equals("else")) {
          next();
          skipNl();
          return new Object[] {"if", cond, then, statement()};
        }
        pos = save;
        return new Object[] {"if", cond, then, null};
      case "while":
        next();
        expect("(");
        Object wc = expr();
        expect(")");
        skipNl();
        return new Object[] {"while", wc, statement()};
      case "for":
        next();
        expect("(");
        if (toks.size() > pos + 2 && toks.get(pos + 1).equals("in")) {
          String var = next();
          next();
          String arr = next();
          expect(")");
          skipNl();
          return new Object[] {"forin", var, arr, statement()};
        }
        Object init = peek().equals(";") ? null : expr();
        expect(";");
        Object fc = peek().equals(";") ? null : expr();
        expect(";");
        Object incr = peek().equals(")") ? null : expr();
        expect(")");
        skipNl();
        return new Object[] {"for", init, fc, incr, statement()};
      case "next":
        next();
        return new Object[] {"next"};
      case "exit":
        next();
        return new Object[] {"exit", isEnd(peek()) ? null : expr()};
      default:
        return new Object[] {"expr", expr()};
    }
  }

  private static boolean isEnd(String t) {
    return t.equals(";") || t.equals("\n") || t.equals("}") || t.equals(">") || t.isEmpty();
  }

  Object expr() {
    return expr(true);
  }

  private Object expr(boolean allowGt) {
    return ternary(allowGt);
  }

  private Object ternary(boolean gt) {
    Object c = or(gt);
    if (peek().equals("?")) {
      next();
      Object a = ternary(gt);
      expect(":");
      Object b = ternary(gt);
      return new Object[] {"cond", c, a, b};
    }
    return c;
  }

  private Object or(boolean gt) {
    Object l = and(gt);
    while (peek().equals("||")) {
      next();
      l = new Object[] {"binop", "||", l, and(gt)};
    }
    return l;
  }

  private Object and(boolean gt) {
    Object l = in(gt);
    while (peek().equals("&&")) {
      next();
      l = new Object[] {"binop", "&&", l, in(gt)};
    }
    return l;
  }

  private Object in(boolean gt) {
    Object l = match(gt);
    if (peek().equals("in")) {
      next();
      return new Object[] {"in", l, next()};
    }
    return l;
  }

  private Object match(boolean gt) {
    Object l = compare(gt);
    while (peek().equals("~") || peek().equals("!~")) {
      String op = next();
      l = new Object[] {"binop", op, l, compare(gt)};
    }
    return l;
  }

  private Object compare(boolean gt) {
    Object l = concat();
    String t = peek();
    if (t.equals("<") || t.equals("<=") || t.equals("==") || t.equals("!=") || t.equals(">=") || gt && t.equals(">")) {
      next();
      return new Object[] {"binop", t, l, concat()};
    }
    return l;
  }

  private Object concat() {
    Object l = additive();
    while (startsOperand(peek())) {
      l = new Object[] {"binop", "concat", l, additive()};
    }
    return l;
  }

  private static boolean startsOperand(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return Character.isLetterOrDigit(c) || c == '"' || c == '$' || c == '(' || c == '!' || c == '_'
        || (c == '-' && t.length() > 1) || t.equals("++") || t.equals("--")
        ? !List.of("in", "else", "getline").contains(t) : false;
  }

  private Object additive() {
    Object l = mul();
    while (peek().equals("+") || peek().equals("-")) {
      String op = next();
      l = new Object[] {"binop", op, l, mul()};
    }
    return l;
  }

  private Object mul() {
    Object l = unary();
    while (peek().equals("*") || peek().equals("/") || peek().equals("%")) {
      String op = next();
      l = new Object[] {"binop", op, l, unary()};
    }
    return l;
  }

  private Object unary() {
    if (peek().equals("!")) {
      next();
      return new Object[] {"not", unary()};
    }
    if (peek().equals("-")) {
      next();
      return new Object[] {"neg", unary()};
    }
    if (peek().equals("+")) {
      next();
      return unary();
    }
    return postfix();
  }

  private Object postfix() {
    if (peek().equals("++") || peek().equals("--")) {
      String op = next();
      return new Object[] {"incr", op, primary(), true};
    }
    Object e = primary();
    if (peek().equals("++") || peek().equals("--")) {
      return new Object[] {"incr", next(), e, false};
    }
    String t = peek();
    if (t.equals("=") || t.equals("+=") || t.equals("-=") || t.equals("*=") || t.equals("/=") || t.equals("%=")) {
      next();
      return new Object[] {"assign", t, e, expr()};
    }
    return e;
  }

  private Object primary() {
    String t = next();
    if (t.startsWith("\"")) {
      return new Object[] {"str", t.substring(1)};
    }
    if (t.startsWith("/") && t.length() > 1) {
      return new Object[] {"re", t.substring(1)};
    }
    if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') {
      return new Object[] {"num", Double.parseDouble(t)};
    }
    if (t.equals("$")) {
      return new Object[] {"field", primaryNoIncr()};
    }
    if (t.equals("(")) {
      List<Object> items = new ArrayList<>();
      items.add(expr());
      while (peek().equals(",")) {
        next();
        items.add(expr());
      }
      expect(")");
      return items.size() == 1 ? items.get(0) : new Object[] {"group", items};
    }
    if (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_') {
      if (peek().equals("(") && AwkInterpreter.isBuiltin(t)) {
        next();
        List<Object> args = new ArrayList<>();
        if (!peek().equals(")")) {
          args.add(expr());
          while (peek().equals(",")) {
            next();
            args.add(expr());
          }
        }
        expect(")");
        return new Object[] {"call", t, args};
      }
      if (t.equals("length")) {
        return new Object[] {"call", t, List.of()};
      }
      if (peek().equals("[")) {
        next();
        Object idx = expr();
        while (peek().equals(",")) {
          next();
          idx = new Object[] {"binop", "concat", new Object[] {"binop", "concat", idx, new Object[] {"str", "\u001c"}}, expr()};
        }
        expect("]");
        return new Object[] {"index", t, idx};
      }
      return new Object[] {"var", t};
    }
    throw new IllegalArgumentException("syntax error at source line 1: unexpected " + t);
  }

  private Object primaryNoIncr() {
    String t = peek();
    if (Character.isDigit(t.charAt(0))) {
      return new Object[] {"num", Double.parseDouble(next())};
    }
    if (t.equals("(")) {
      return primary();
    }
    return primary();
  }

  private void lex(String s) {
    int i = 0;
    String prev = "";
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        i += 2;
        continue;
      }
      if (c == '#') {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '\n' || c == ';' || c == '{' || c == '}' || c == '(' || c == ')' || c == '[' || c == ']' || c == ','
          || c == '?' || c == ':' || c == '$') {
        toks.add(String.valueOf(c));
        i++;
      } else if (c == '"') {
        StringBuilder sb = new StringBuilder("\"");
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
          char d = s.charAt(i);
          if (d == '\\' && i + 1 < s.length()) {
            char n = s.charAt(++i);
            sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == '"' ? '"' : n == '\\' ? '\\' : n == '/' ? '/' : n);
          } else {
            sb.append(d);
          }
          i++;
        }
        i++;
        toks.add(sb.toString());
      } else if (c == '/' && regexAllowed(prev)) {
        int j = i + 1;
        StringBuilder sb = new StringBuilder("/");
        while (j < s.length() && s.charAt(j) != '/') {
          if (s.charAt(j) == '\\' && j + 1 < s.length() && s.charAt(j + 1) == '/') {
            j++;
          }
          sb.append(s.charAt(j++));
        }
        i = j + 1;
        toks.add(sb.toString());
      } else if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == 'e')) {
          j++;
        }
        toks.add(s.substring(i, j));
        i = j;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        toks.add(s.substring(i, j));
        i = j;
      } else {
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        if (List.of("&&", "||", "==", "!=", "<=", ">=", "++", "--", "+=", "-=", "*=", "/=", "%=", "!~").contains(two)) {
          toks.add(two);
          i += 2;
        } else {
          toks.add(String.valueOf(c));
          i++;
        }
      }
      prev = toks.get(toks.size() - 1);
    }
  }

  private static boolean regexAllowed(String prev) {
    return prev.isEmpty() || "(,{};~!&|\n".contains(prev.substring(prev.length() - 1)) || prev.equals("!~")
        || prev.equals("==") || prev.equals("&&") || prev.equals("||");
  }

  private String peek() {
    return pos < toks.size() ? toks.get(pos) : "";
  }

  private String next() {
    if (pos >= toks.size()) {
      throw new IllegalArgumentException("syntax error at source line 1: unexpected end of program");
    }
    return toks.get(pos++);
  }

  private void expect(String t) {
    skipNlIf(t);
    if (!peek().equals(t)) {
      throw new IllegalArgumentException("syntax error at source line 1: expected " + t);
    }
    pos++;
  }

  private void skipNlIf(String t) {
    if (t.equals("}")) {
      skipTerm();
    }
  }

  private void skipNl() {
    while (peek().equals("\n")) {
      pos++;
    }
  }

  private void skipTerm() {
    while (peek().equals("\n") || peek().equals(";")) {
      pos++;
    }
  }
}
