package dev.kujira.engine.shell;

import java.util.List;

/** Is printf(1): the format is reused until the arguments run out; %s %d %i %c %x %o %b %% and escapes. */
public final class Printf {
  private Printf() {
  }

  /** Runs printf with {@code args} (format first). */
  static int run(List<String> args, Io io) {
    if (args.isEmpty()) {
      io.err().println("printf: usage: printf format [arguments]");
      return 2;
    }
    io.out().print(format(args.get(0), args.subList(1, args.size())));
    io.out().flush();
    return 0;
  }

  /** Formats like printf(1). */
  public static String format(String fmt, List<String> args) {
    StringBuilder out = new StringBuilder();
    int ai = 0;
    do {
      int used = 0;
      String f = escapes(fmt);
      for (int i = 0; i < f.length(); i++) {
        char c = f.charAt(i);
        if (c != '%' || i + 1 >= f.length()) {
          out.append(c);
          continue;
        }
        int j = i + 1;
        while (j < f.length() && "-+ #0123456789.".indexOf(f.charAt(j)) >= 0) {
          j++;
        }
        if (j >= f.length()) {
          out.append(f.substring(i));
          break;
        }
        String spec = f.substring(i + 1, j);
        char verb = f.charAt(j);
        i = j;
        if (verb == '%') {
          out.append('%');
          continue;
        }
        String a = ai < args.size() ? args.get(ai++) : null;
        used++;
        out.append(one(spec, verb, a));
      }
      if (used == 0) {
        break;
      }
    } while (ai < args.size());
    return out.toString();
  }

  private static String one(String spec, char verb, String a) {
    switch (verb) {
      case 'd':
      case 'i':
        return String.format("%" + spec + "d", toLong(a));
      case 'x':
      case 'X':
      case 'o':
        return String.format("%" + spec + verb, toLong(a));
      case 'c':
        return a == null || a.isEmpty() ? "" : a.substring(0, 1);
      case 'b':
        return escapes(a == null ? "" : a);
      case 'f':
        return String.format("%" + (spec.isEmpty() ? "" : spec) + "f", a == null ? 0.0 : Double.parseDouble(a));
      default:
        return spec.isEmpty() ? (a == null ? "" : a) : String.format("%" + spec + "s", a == null ? "" : a);
    }
  }

  private static long toLong(String a) {
    if (a == null || a.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(a.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Interprets backslash escapes: \n \t \\ \a \b \r \v \f \0NNN. */
  public static String escapes(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n': sb.append('\n'); break;
        case 't': sb.append('\t'); break;
        case 'r': sb.append('\r'); break;
        case 'a': sb.append('\007'); break;
        case 'b': sb.append('\b'); break;
        case 'v': sb.append('\013'); break;
        case 'f': sb.append('\f'); break;
        case '\\': sb.append('\\'); break;
        case '0':
          int v = 0;
          int k = 0;
          while (k < 3 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
            v = v * 8 + (s.charAt(++i) - '0');
            k++;
          }
          sb.append((char) v);
          break;
        default:
          sb.append('\\').append(n);
      }
    }
    return sb.toString();
  }
}
