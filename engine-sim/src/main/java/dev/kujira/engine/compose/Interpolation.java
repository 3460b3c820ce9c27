package dev.kujira.engine.compose;

import java.util.Map;

/**
 * Substitutes variables in a compose file's scalar values, as compose-go's template package does.
 *
 * <p>Grammar: {@code $$} is a literal {@code $}; {@code $NAME} and {@code ${NAME}} take the
 * variable (empty when unset, with a warning); {@code ${NAME:-default}} / {@code ${NAME-default}}
 * take the default when the variable is unset or empty / unset; {@code ${NAME:+alt}} /
 * {@code ${NAME+alt}} take the alternative when it is set and not empty / set; {@code ${NAME:?msg}}
 * / {@code ${NAME?msg}} fail with {@code msg} when it is unset or empty / unset. Defaults and
 * alternatives are interpolated themselves. Anything else after {@code ${} is an invalid format.
 */
final class Interpolation {
  /** Is a failed substitution: the message after "error while interpolating PATH: " or the bad template. */
  static final class Failure extends RuntimeException {
    final boolean invalidFormat;

    Failure(String message, boolean invalidFormat) {
      super(message, null, false, false);
      this.invalidFormat = invalidFormat;
    }
  }

  /** Receives the names of unset variables that were read (compose warns about each). */
  interface Unset {
    void missing(String name);
  }

  private final Map<String, String> env;
  private final Unset unset;

  Interpolation(Map<String, String> env, Unset unset) {
    this.env = env;
    this.unset = unset;
  }

  /** Returns {@code text} with its variables substituted. */
  String apply(String text) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
        continue;
      }
      char n = text.charAt(i + 1);
      if (n == '$') {
        out.append('$');
        i += 2;
      } else if (n == '{') {
        int close = matching(text, i + 2);
        if (close < 0) {
          throw new Failure(text, true);
        }
        out.append(braced(text.substring(i + 2, close), text));
        i = close + 1;
      } else if (isNameStart(n)) {
        int end = i + 1;
        while (end < text.length() && isNamePart(text.charAt(end))) {
          end++;
        }
        out.append(lookup(text.substring(i + 1, end)));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int matching(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private String braced(String body, String whole) {
    int end = 0;
    while (end < body.length() && isNamePart(body.charAt(end))) {
      end++;
    }
    String name = body.substring(0, end);
    if (name.isEmpty() || !isNameStart(name.charAt(0))) {
      throw new Failure(whole, true);
    }
    if (end == body.length()) {
      return lookup(name);
    }
    String rest = body.substring(end);
    boolean colon = rest.startsWith(":");
    String op = colon ? rest.substring(1) : rest;
    if (op.isEmpty()) {
      throw new Failure(whole, true);
    }
    char kind = op.charAt(0);
    String arg = op.substring(1);
    String value = env.get(name);
    boolean present = value != null && (!colon || !value.isEmpty());
    switch (kind) {
      case '-':
        return present ? value : apply(arg);
      case '+':
        return present ? apply(arg) : "";
      case '?':
        if (!present) {
          throw new Failure(Errors.requiredVariable(name, apply(arg)), false);
        }
        return value;
      default:
        throw new Failure(whole, true);
    }
  }

  private String lookup(String name) {
    String v = env.get(name);
    if (v == null) {
      unset.missing(name);
      return "";
    }
    return v;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  private static boolean isNamePart(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}
