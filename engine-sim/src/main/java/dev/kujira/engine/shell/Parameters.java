package dev.kujira.engine.shell;

/** Evaluates {@code ${…}} parameter expansions (POSIX 2.6.2). */
final class Parameters {
  private Parameters() {
  }

  static String braced(String inner, WordExpander.Scope scope, WordExpander expander) {
    if (inner.startsWith("#") && inner.length() > 1) {
      String v = value(inner.substring(1), scope);
      return String.valueOf(v == null ? 0 : v.length());
    }
    int i = 0;
    while (i < inner.length() && (Character.isLetterOrDigit(inner.charAt(i)) || inner.charAt(i) == '_')) {
      i++;
    }
    if (i == 0 && !inner.isEmpty()) {
      i = 1;
    }
    String name = inner.substring(0, i);
    String op = inner.substring(i);
    String v = value(name, scope);
    if (op.isEmpty()) {
      return v == null ? "" : v;
    }
    boolean colon = op.startsWith(":");
    String rest = colon ? op.substring(1) : op;
    if (rest.isEmpty()) {
      throw new ShellRuntimeError(inner + ": bad substitution");
    }
    char kind = rest.charAt(0);
    String word = rest.substring(1);
    boolean unset = v == null || colon && v.isEmpty();
    switch (kind) {
      case '-':
        return unset ? expander.single(word) : v;
      case '=':
        if (unset) {
          String nv = expander.single(word);
          scope.set(name, nv);
          return nv;
        }
        return v;
      case '+':
        return unset ? "" : expander.single(word);
      case '?':
        if (unset) {
          throw new ShellRuntimeError(name + ": " + (word.isEmpty() ? "parameter not set" : expander.single(word)));
        }
        return v;
      case '#':
      case '%':
        return trim(v == null ? "" : v, kind, word.startsWith(String.valueOf(kind)),
            expander.single(word.startsWith(String.valueOf(kind)) ? word.substring(1) : word));
      default:
        throw new ShellRuntimeError(inner + ": bad substitution");
    }
  }

  private static String value(String name, WordExpander.Scope scope) {
    if (name.length() == 1 && "?$!0-".indexOf(name.charAt(0)) >= 0) {
      return scope.special(name.charAt(0));
    }
    if (name.equals("#")) {
      return String.valueOf(scope.positional().size());
    }
    if (name.equals("@") || name.equals("*")) {
      return String.join(" ", scope.positional());
    }
    if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
      int k = Integer.parseInt(name);
      return k >= 1 && k <= scope.positional().size() ? scope.positional().get(k - 1) : null;
    }
    return scope.get(name);
  }

  private static String trim(String v, char side, boolean longest, String pattern) {
    if (side == '#') {
      int best = -1;
      for (int k = 0; k <= v.length(); k++) {
        if (Glob.matches(pattern, v.substring(0, k))) {
          best = k;
          if (!longest) {
            break;
          }
        }
      }
      return best < 0 ? v : v.substring(best);
    }
    int best = -1;
    for (int k = v.length(); k >= 0; k--) {
      if (Glob.matches(pattern, v.substring(k))) {
        best = k;
        if (!longest) {
          break;
        }
      }
    }
    return best < 0 ? v : v.substring(0, best);
  }
}
