package dev.kujira.engine.shell;

/** Evaluates {@code $(( ))} arithmetic: integers, variables, + - * / % ( ) comparisons, && || ! and unary minus. */
final class Arith {
  private final String s;
  private final WordExpander.Scope scope;
  private int pos;

  private Arith(String s, WordExpander.Scope scope) {
    this.s = s;
    this.scope = scope;
  }

  static long eval(String expr, WordExpander.Scope scope) {
    Arith a = new Arith(expr, scope);
    long v = a.or();
    a.skip();
    if (a.pos < a.s.length()) {
      throw new ShellRuntimeError("arithmetic syntax error");
    }
    return v;
  }

  private long or() {
    long v = and();
    while (eat("||")) {
      long r = and();
      v = (v != 0 || r != 0) ? 1 : 0;
    }
    return v;
  }

  private long and() {
    long v = cmp();
    while (eat("&&")) {
      long r = cmp();
      v = (v != 0 && r != 0) ? 1 : 0;
    }
    return v;
  }

  private long cmp() {
    long v = add();
    while (true) {
      if (eat("==")) {
        v = v == add() ? 1 : 0;
      } else if (eat("!=")) {
        v = v != add() ? 1 : 0;
      } else if (eat("<=")) {
        v = v <= add() ? 1 : 0;
      } else if (eat(">=")) {
        v = v >= add() ? 1 : 0;
      } else if (eat("<")) {
        v = v < add() ? 1 : 0;
      } else if (eat(">")) {
        v = v > add() ? 1 : 0;
      } else {
        return v;
      }
    }
  }

  private long add() {
    long v = mul();
    while (true) {
      if (eat("+")) {
        v += mul();
      } else if (eat("-")) {
        v -= mul();
      } else {
        return v;
      }
    }
  }

  private long mul() {
    long v = unary();
    while (true) {
      if (eat("*")) {
        v *= unary();
      } else if (eat("/") || eat("%")) {
        boolean div = s.charAt(pos - 1) == '/';
        long r = unary();
        if (r == 0) {
          throw new ShellRuntimeError("divide by zero");
        }
        v = div ? v / r : v % r;
      } else {
        return v;
      }
    }
  }

  /**
   * Bounds nested operators and parentheses as bash bounds its expression recursion (1024
   * levels, "expression recursion level exceeded"), so a learner's deep nesting ends in the
   * shell's error, not the JVM's stack.
   */
  static final int MAX_NESTING = 1024;
  private int nesting;

  private long unary() {
    if (++nesting > MAX_NESTING) {
      throw new ShellRuntimeError("expression recursion level exceeded");
    }
    try {
      return unaryBody();
    } finally {
      nesting--;
    }
  }

  private long unaryBody() {
    if (eat("-")) {
      return -unary();
    }
    if (eat("+")) {
      return unary();
    }
    if (eat("!")) {
      return unary() == 0 ? 1 : 0;
    }
    if (eat("(")) {
      long v = or();
      eat(")");
      return v;
    }
    skip();
    int start = pos;
    if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      // Past 64 bits the value wraps, as bash's and ash's intmax_t arithmetic does.
      if (pos - start > 1000) {
        throw new ShellRuntimeError("arithmetic syntax error");
      }
      return new java.math.BigInteger(s.substring(start, pos)).longValue();
    }
    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
      pos++;
    }
    if (start == pos) {
      throw new ShellRuntimeError("arithmetic syntax error");
    }
    String v = scope.get(s.substring(start, pos));
    try {
      return v == null || v.isBlank() ? 0 : v.length() > 1000 ? Long.parseLong(v) : new java.math.BigInteger(v.trim()).longValue();
    } catch (NumberFormatException e) {
      throw new ShellRuntimeError("arithmetic syntax error");
    }
  }

  private boolean eat(String op) {
    skip();
    if (s.startsWith(op, pos)) {
      pos += op.length();
      return true;
    }
    return false;
  }

  private void skip() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }
}
