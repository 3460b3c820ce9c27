package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Proc;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * expr EXPRESSION: busybox 1.35's expr.c, a recursive descent over its words with the usual
 * precedence (| & comparisons + - * / % : and the length, substr, index, match and quote
 * keywords); prints the value and exits 1 when it is empty or 0, 2 on a bad expression.
 * (`expr 6 \* 7` was "applet not found" here: recorded by tests/tools/difftest.)
 */
final class ExprProgram extends Applet {
  private List<String> w;
  private int i;

  @Override
  String name() {
    return "expr";
  }

  /** An error expr reports as "expr: MESSAGE" with status 2. */
  private static final class Bad extends RuntimeException {
    Bad(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public int run(Proc p, List<String> argv) {
    // the words and the position are per run: the applet itself is shared by every session
    return new ExprProgram().eval(p, argv);
  }

  private int eval(Proc p, List<String> argv) {
    if (argv.size() < 2) {
      // busybox 1.35's expr.c checks its arguments before any usage (conformance b57).
      p.stderr().println("expr: too few arguments");
      return 2;
    }
    w = argv.subList(1, argv.size());
    i = 0;
    try {
      String v = or();
      if (i < w.size()) {
        throw new Bad("syntax error");
      }
      p.stdout().println(v);
      return isNull(v) ? 1 : 0;
    } catch (Bad b) {
      p.stderr().println("expr: " + b.getMessage());
      return 2;
    }
  }

  private boolean at(String op) {
    if (i < w.size() && w.get(i).equals(op)) {
      i++;
      return true;
    }
    return false;
  }

  private static boolean isNull(String v) {
    return v.isEmpty() || v.matches("-?0+");
  }

  private static Long num(String v) {
    return v.matches("-?\\d{1,18}") ? Long.parseLong(v) : null;
  }

  private String or() {
    String l = and();
    while (at("|")) {
      String r = and();
      l = !isNull(l) ? l : !isNull(r) ? r : "0";
    }
    return l;
  }

  private String and() {
    String l = cmp();
    while (at("&")) {
      String r = cmp();
      l = isNull(l) || isNull(r) ? "0" : l;
    }
    return l;
  }

  private String cmp() {
    String l = add();
    while (i < w.size() && List.of("<", "<=", "=", "==", "!=", ">=", ">").contains(w.get(i))) {
      String op = w.get(i++);
      String r = add();
      Long a = num(l);
      Long b = num(r);
      int c = a != null && b != null ? Long.compare(a, b) : l.compareTo(r);
      boolean t = switch (op) {
        case "<" -> c < 0;
        case "<=" -> c <= 0;
        case "=", "==" -> c == 0;
        case "!=" -> c != 0;
        case ">=" -> c >= 0;
        default -> c > 0;
      };
      l = t ? "1" : "0";
    }
    return l;
  }

  private String add() {
    String l = mul();
    while (i < w.size() && (w.get(i).equals("+") || w.get(i).equals("-"))) {
      String op = w.get(i++);
      long[] ab = nums(l, mul());
      l = Long.toString(op.equals("+") ? ab[0] + ab[1] : ab[0] - ab[1]);
    }
    return l;
  }

  private String mul() {
    String l = colon();
    while (i < w.size() && List.of("*", "/", "%").contains(w.get(i))) {
      String op = w.get(i++);
      long[] ab = nums(l, colon());
      if (!op.equals("*") && ab[1] == 0) {
        throw new Bad("division by zero");
      }
      l = Long.toString(op.equals("*") ? ab[0] * ab[1] : op.equals("/") ? ab[0] / ab[1] : ab[0] % ab[1]);
    }
    return l;
  }

  private static long[] nums(String a, String b) {
    Long x = num(a);
    Long y = num(b);
    if (x == null || y == null) {
      throw new Bad("non-numeric argument");
    }
    return new long[] {x, y};
  }

  private String colon() {
    String l = primary();
    while (at(":")) {
      l = match(l, primary());
    }
    return l;
  }

  private String primary() {
    if (i >= w.size()) {
      throw new Bad("syntax error");
    }
    String t = w.get(i++);
    switch (t) {
      case "(":
        String v = or();
        if (!at(")")) {
          throw new Bad("syntax error");
        }
        return v;
      case "length":
        return Integer.toString(primary().length());
      case "quote":
        if (i >= w.size()) {
          throw new Bad("syntax error");
        }
        return w.get(i++);
      case "match":
        return match(primary(), primary());
      case "index": {
        String s = primary();
        String chars = primary();
        for (int k = 0; k < s.length(); k++) {
          if (chars.indexOf(s.charAt(k)) >= 0) {
            return Integer.toString(k + 1);
          }
        }
        return "0";
      }
      case "substr": {
        String s = primary();
        Long pos = num(primary());
        Long len = num(primary());
        if (pos == null || len == null || pos < 1 || len < 1 || pos > s.length()) {
          return "";
        }
        int from = (int) (pos - 1);
        return s.substring(from, (int) Math.min(s.length(), from + len));
      }
      default:
        return t;
    }
  }

  /** STRING : REGEX, a basic regular expression anchored at the start. */
  private static String match(String s, String bre) {
    Matcher m;
    try {
      m = Pattern.compile(javaRegex(bre)).matcher(s);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new Bad("Invalid regular expression");
    }
    if (!m.lookingAt()) {
      return m.groupCount() > 0 ? "" : "0";
    }
    return m.groupCount() > 0 ? (m.group(1) == null ? "" : m.group(1)) : Integer.toString(m.end());
  }

  private static String javaRegex(String bre) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < bre.length(); k++) {
      char c = bre.charAt(k);
      if (c == '\\' && k + 1 < bre.length()) {
        char n = bre.charAt(++k);
        sb.append("(){}".indexOf(n) >= 0 ? String.valueOf(n) : "\\" + n);
      } else if ("(){}+?|".indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
