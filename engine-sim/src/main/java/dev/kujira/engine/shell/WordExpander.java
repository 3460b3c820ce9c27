package dev.kujira.engine.shell;

import dev.kujira.engine.fs.FileSystemView;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands shell words as POSIX orders it: tilde, parameters ({@code ${VAR:-x}} and friends),
 * command substitution, arithmetic, then field splitting of unquoted results, pathname expansion
 * and quote removal. It only needs a {@link Scope}, so Dockerfile ARG/ENV substitution can use it.
 */
public final class WordExpander {
  private final Scope scope;

  /** Is what expansion reads and runs. */
  public interface Scope {
    /** Returns a variable's value, or null when unset. */
    String get(String name);

    /** Sets a variable (for {@code ${VAR:=x}}). */
    void set(String name, String value);

    /** Returns the positional parameters $1…. */
    List<String> positional();

    /** Returns a special parameter's value: ?, $, !, 0, -. */
    String special(char c);

    /** Runs a command substitution and returns its output. */
    String substitute(String script);

    /** Returns the files for pathname expansion, or null for none. */
    FileSystemView fs();
  }

  /** Creates an expander over {@code scope}. */
  public WordExpander(Scope scope) {
    this.scope = scope;
  }

  /** Is a field being built. */
  private static final class Field {
    final StringBuilder text = new StringBuilder();
    final StringBuilder pattern = new StringBuilder();
    boolean exists;
    boolean glob;
  }

  /** Expands {@code word} into fields (splitting and globbing). */
  public List<String> fields(String word) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field());
    expand(word, fields, false, true);
    List<String> out = new ArrayList<>();
    for (Field f : fields) {
      if (f.text.length() == 0 && !f.exists) {
        continue;
      }
      if (f.glob && scope.fs() != null) {
        List<String> matches = Glob.expand(scope.fs(), f.pattern.toString());
        if (!matches.isEmpty()) {
          out.addAll(matches);
          continue;
        }
      }
      out.add(f.text.toString());
    }
    return out;
  }

  /** Expands {@code word} to one string, without splitting or globbing (assignments, case, redirections). */
  public String single(String word) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field());
    expand(word, fields, false, false);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(fields.get(i).text);
    }
    return sb.toString();
  }

  private void expand(String w, List<Field> fields, boolean inDouble, boolean split) {
    int i = 0;
    if (!inDouble && w.startsWith("~") && (w.length() == 1 || w.charAt(1) == '/')) {
      String home = scope.get("HOME");
      literal(fields, home == null ? "~" : home, true);
      i = 1;
    }
    while (i < w.length()) {
      char c = w.charAt(i);
      if (c == '\\') {
        if (i + 1 < w.length()) {
          char n = w.charAt(i + 1);
          if (!inDouble || "$`\"\\\n".indexOf(n) >= 0) {
            if (n != '\n') {
              literal(fields, String.valueOf(n), true);
            }
          } else {
            literal(fields, "\\" + n, true);
          }
        }
        i += 2;
      } else if (c == '\'' && !inDouble) {
        int close = w.indexOf('\'', i + 1);
        literal(fields, w.substring(i + 1, close), true);
        last(fields).exists = true;
        i = close + 1;
      } else if (c == '"' && !inDouble) {
        int close = Scan.doubleQuoted(w, i + 1, 0);
        last(fields).exists = true;
        expand(w.substring(i + 1, close), fields, true, split);
        i = close + 1;
      } else if (c == '`') {
        int close = w.indexOf('`', i + 1);
        result(fields, trimNewlines(scope.substitute(w.substring(i + 1, close).replace("\\`", "`"))), inDouble, split);
        i = close + 1;
      } else if (c == '$') {
        i = dollar(w, i, fields, inDouble, split);
      } else {
        Field f = last(fields);
        f.text.append(c);
        if (inDouble) {
          f.pattern.append('\\').append(c);
        } else {
          f.pattern.append(c);
          f.glob |= c == '*' || c == '?' || c == '[';
        }
        i++;
      }
    }
  }

  /**
   * Nested expansions ($((, $(, ${) on this thread: bounded like {@link Arith#MAX_NESTING}, lower
   * because each level costs a few kilobytes of the worker thread's 1 MiB stack (at 200 levels an
   * unwarmed JVM could run out first and print kujira's own "nests too deeply" instead of bash's error).
   */
  private static final ThreadLocal<int[]> NESTING = ThreadLocal.withInitial(() -> new int[1]);

  private int dollar(String w, int i, List<Field> fields, boolean inDouble, boolean split) {
    int[] nesting = NESTING.get();
    if (++nesting[0] > 100) {
      nesting[0]--;
      throw new ShellRuntimeError("expression recursion level exceeded");
    }
    try {
      return dollarBody(w, i, fields, inDouble, split);
    } finally {
      nesting[0]--;
    }
  }

  private int dollarBody(String w, int i, List<Field> fields, boolean inDouble, boolean split) {
    if (i + 1 >= w.length()) {
      literal(fields, "$", inDouble);
      return i + 1;
    }
    char n = w.charAt(i + 1);
    if (w.startsWith("$((", i)) {
      int end = Scan.dollar(w, i, 0);
      String expr = single(w.substring(i + 3, end - 2));
      result(fields, String.valueOf(Arith.eval(expr, scope)), inDouble, split);
      return end;
    }
    if (n == '(') {
      int end = Scan.dollar(w, i, 0);
      result(fields, trimNewlines(scope.substitute(w.substring(i + 2, end - 1))), inDouble, split);
      return end;
    }
    if (n == '{') {
      int end = Scan.dollar(w, i, 0);
      String inner = w.substring(i + 2, end - 1);
      if (inner.equals("@") && inDouble) {
        atFields(fields);
        return end;
      }
      result(fields, Parameters.braced(inner, scope, this), inDouble, split);
      return end;
    }
    if (n == '@' && inDouble) {
      atFields(fields);
      return i + 2;
    }
    if (n == '@' || n == '*') {
      result(fields, String.join(" ", scope.positional()), inDouble, split);
      return i + 2;
    }
    if (n == '#') {
      result(fields, String.valueOf(scope.positional().size()), inDouble, split);
      return i + 2;
    }
    if ("?$!0-".indexOf(n) >= 0) {
      result(fields, scope.special(n), inDouble, split);
      return i + 2;
    }
    if (Character.isDigit(n)) {
      int k = n - '0';
      result(fields, k <= scope.positional().size() ? scope.positional().get(k - 1) : "", inDouble, split);
      return i + 2;
    }
    if (Character.isLetter(n) || n == '_') {
      int e = i + 1;
      while (e < w.length() && (Character.isLetterOrDigit(w.charAt(e)) || w.charAt(e) == '_')) {
        e++;
      }
      String v = scope.get(w.substring(i + 1, e));
      result(fields, v == null ? "" : v, inDouble, split);
      return e;
    }
    literal(fields, "$", inDouble);
    return i + 1;
  }

  /** "$@" in double quotes: one field per positional parameter. */
  private void atFields(List<Field> fields) {
    List<String> params = scope.positional();
    for (int k = 0; k < params.size(); k++) {
      if (k > 0) {
        fields.add(new Field());
      }
      literal(fields, params.get(k), true);
      last(fields).exists = true;
    }
  }

  private static Field last(List<Field> fields) {
    return fields.get(fields.size() - 1);
  }

  private static void literal(List<Field> fields, String s, boolean quoted) {
    Field f = last(fields);
    f.text.append(s);
    for (char c : s.toCharArray()) {
      if (quoted) {
        f.pattern.append('\\');
      }
      f.pattern.append(c);
    }
  }

  /** Adds an expansion's value: quoted as is, unquoted split on IFS whitespace (and open to globbing). */
  private void result(List<Field> fields, String value, boolean quoted, boolean split) {
    if (quoted || !split) {
      literal(fields, value, true);
      if (quoted) {
        last(fields).exists = true;
      }
      return;
    }
    String ifs = scope.get("IFS");
    if (ifs == null) {
      ifs = " \t\n";
    }
    for (char c : value.toCharArray()) {
      if (ifs.indexOf(c) >= 0) {
        if (last(fields).text.length() > 0 || last(fields).exists) {
          fields.add(new Field());
        }
      } else {
        Field f = last(fields);
        f.text.append(c);
        f.pattern.append(c);
        f.glob |= c == '*' || c == '?' || c == '[';
      }
    }
  }

  private static String trimNewlines(String s) {
    int e = s.length();
    while (e > 0 && s.charAt(e - 1) == '\n') {
      e--;
    }
    return s.substring(0, e);
  }
}
