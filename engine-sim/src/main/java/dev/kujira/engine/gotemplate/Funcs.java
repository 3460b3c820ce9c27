package dev.kujira.engine.gotemplate;

import dev.kujira.engine.api.GoNil;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Implements text/template's builtins and docker/cli's template functions (templates.go: json,
 * join, split, lower, upper, title, pad, truncate, println).
 */
final class Funcs {
  static final Set<String> NAMES = Set.of("and", "or", "not", "len", "index", "print", "printf", "println", "eq", "ne",
      "lt", "le", "gt", "ge", "json", "join", "split", "lower", "upper", "title", "pad", "truncate", "slice", "html",
      "urlquery", "js", "call");

  private Funcs() {
  }

  static Object call(String name, List<Object> a) {
    switch (name) {
      case "not":
        return !GoValues.truth(arg(a, 0, name));
      case "len":
        return (long) length(arg(a, 0, name));
      case "index":
        return index(a);
      case "print":
        return printArgs(a, false);
      case "println":
        return printArgs(a, true) + "\n";
      case "printf":
        return printf(String.valueOf(arg(a, 0, name)), a.subList(1, a.size()));
      case "eq":
        for (int i = 1; i < a.size(); i++) {
          if (compare(a.get(0), a.get(i)) == 0) {
            return true;
          }
        }
        return false;
      case "ne":
        return compare(arg(a, 0, name), arg(a, 1, name)) != 0;
      case "lt":
        return compare(arg(a, 0, name), arg(a, 1, name)) < 0;
      case "le":
        return compare(arg(a, 0, name), arg(a, 1, name)) <= 0;
      case "gt":
        return compare(arg(a, 0, name), arg(a, 1, name)) > 0;
      case "ge":
        return compare(arg(a, 0, name), arg(a, 1, name)) >= 0;
      case "json":
        Object v = arg(a, 0, name);
        if (v instanceof GoObject g && g.jsonValue() != null) {
          return GoJson.compact(g.jsonValue());
        }
        if (v instanceof GoObject && !((GoObject) v).jsonFields().isEmpty()) {
          // A context's MarshalJSON goes through json.Marshal, so its HTML escaping stays (-\u003e).
          GoObject o = (GoObject) v;
          java.util.Map<String, Object> m = new java.util.TreeMap<>();
          o.jsonFields().forEach(f -> m.put(f, o.call(f, List.of())));
          return GoJson.compact(m);
        }
        return GoJson.compactUnescaped(v);
      case "join":
        List<String> parts = new ArrayList<>();
        Object list = arg(a, 0, name);
        if (list instanceof List) {
          ((List<?>) list).forEach(e -> parts.add(GoValues.print(e)));
        }
        return String.join(String.valueOf(arg(a, 1, name)), parts);
      case "split":
        return List.copyOf(Arrays.asList(String.valueOf(arg(a, 0, name)).split(java.util.regex.Pattern.quote(
            String.valueOf(arg(a, 1, name))), -1)));
      case "lower":
        return GoValues.print(arg(a, 0, name)).toLowerCase(Locale.ROOT);
      case "upper":
        return GoValues.print(arg(a, 0, name)).toUpperCase(Locale.ROOT);
      case "title":
        return title(GoValues.print(arg(a, 0, name)));
      case "pad":
        return " ".repeat((int) toLong(arg(a, 1, name))) + GoValues.print(arg(a, 0, name))
            + " ".repeat((int) toLong(arg(a, 2, name)));
      case "truncate":
        String s = GoValues.print(arg(a, 0, name));
        int n = (int) toLong(arg(a, 1, name));
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
      default:
        return GoValues.print(arg(a, 0, name));
    }
  }

  private static Object arg(List<Object> a, int i, String name) {
    if (i >= a.size()) {
      throw new TemplateException("wrong number of args for " + name + ": want " + (i + 1) + " got " + a.size());
    }
    return a.get(i);
  }

  private static int length(Object v) {
    if (v instanceof String) {
      return ((String) v).length();
    }
    if (v instanceof List) {
      return ((List<?>) v).size();
    }
    if (v instanceof Map) {
      return ((Map<?, ?>) v).size();
    }
    if (v == GoNil.SLICE || v == GoNil.MAP) {
      return 0;
    }
    throw new TemplateException("error calling len: len of type " + GoValues.typeName(v));
  }

  private static Object index(List<Object> a) {
    Object v = arg(a, 0, "index");
    for (int i = 1; i < a.size(); i++) {
      Object k = a.get(i);
      if (v instanceof List) {
        int n = (int) toLong(k);
        List<?> l = (List<?>) v;
        if (n < 0 || n >= l.size()) {
          throw new TemplateException("error calling index: index out of range: " + n);
        }
        v = l.get(n);
      } else if (v instanceof Map) {
        Map<?, ?> m = (Map<?, ?>) v;
        // Go's index gives the zero value of the map's element type for a missing key: "" for Docker's
        // map[string]string (Labels, Options; recorded: conformance d19), nil for a map of pointers
        boolean strings = m.values().stream().allMatch(x -> x instanceof String);
        v = m.containsKey(String.valueOf(k)) ? m.get(String.valueOf(k)) : strings ? "" : null;
      } else if (v == GoNil.SLICE) {
        throw new TemplateException("error calling index: index out of range: " + toLong(k));
      } else if (v == GoNil.MAP) {
        // a nil map[string]string (a volume's or network's Labels: null) indexes to ""
        v = "";
      } else if (v == null) {
        v = null;
      } else {
        throw new TemplateException("error calling index: can't index item of type " + GoValues.typeName(v));
      }
    }
    return v;
  }

  private static String printArgs(List<Object> a, boolean spaces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < a.size(); i++) {
      boolean bothNonString = i > 0 && !(a.get(i) instanceof String) && !(a.get(i - 1) instanceof String);
      if (i > 0 && (spaces || bothNonString)) {
        sb.append(' ');
      }
      sb.append(GoValues.print(a.get(i)));
    }
    return sb.toString();
  }

  private static String printf(String format, List<Object> args) {
    StringBuilder sb = new StringBuilder();
    int ai = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 >= format.length()) {
        sb.append(c);
        continue;
      }
      char verb = format.charAt(++i);
      if (verb == '%') {
        sb.append('%');
        continue;
      }
      Object v = ai < args.size() ? args.get(ai++) : null;
      switch (verb) {
        case 'q':
          sb.append(GoJson.compact(GoValues.print(v)));
          break;
        case 'T':
          // Go's %T: the operand's type name, "<nil>" for a nil interface (fmt/print.go).
          sb.append(v == null ? "<nil>" : GoValues.typeName(v));
          break;
        case 'd':
          sb.append(v instanceof Number ? Long.toString(((Number) v).longValue()) : GoValues.print(v));
          break;
        default:
          sb.append(GoValues.print(v));
      }
    }
    return sb.toString();
  }

  private static String title(String s) {
    StringBuilder sb = new StringBuilder();
    boolean start = true;
    for (char c : s.toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : c);
      start = Character.isWhitespace(c);
    }
    return sb.toString();
  }

  static long toLong(Object v) {
    if (v instanceof Number) {
      return ((Number) v).longValue();
    }
    throw new TemplateException("expected integer; found " + GoValues.print(v));
  }

  /** Compares basic values: numbers by value, otherwise by their text; incompatible kinds are an error in Go. */
  static int compare(Object x, Object y) {
    if (x instanceof Number && y instanceof Number) {
      return Double.compare(((Number) x).doubleValue(), ((Number) y).doubleValue());
    }
    if (x instanceof String && y instanceof String) {
      return ((String) x).compareTo((String) y);
    }
    if (x instanceof Boolean && y instanceof Boolean) {
      return x.equals(y) ? 0 : 1;
    }
    if (x == null || y == null) {
      return x == y ? 0 : 1;
    }
    if ((x instanceof Number) != (y instanceof Number) || (x instanceof String) != (y instanceof String)) {
      throw new TemplateException("error calling eq: incompatible types for comparison");
    }
    return GoValues.print(x).compareTo(GoValues.print(y));
  }
}
