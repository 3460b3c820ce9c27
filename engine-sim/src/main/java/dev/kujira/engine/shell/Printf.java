package dev.kujira.engine.shell;

import java.util.List;

/** Is printf(1): the format is reused until the arguments run out; %s %d %i %c %x %o %b %% and escapes. */
public final class Printf {
  private Printf() {
  }

  /**
   * Is a conversion whose flags, width and precision are not in C's order ({@code %9  9d}): the
   * text before it is printed, then the program fails with status 1.
   */
  public static final class InvalidFormat extends RuntimeException {
    /** What was formatted before the bad conversion. */
    public final String done;
    /** The format from the bad conversion's '%' to its end (busybox names it). */
    public final String rest;
    /** The first character out of place (bash names it). */
    public final char bad;

    InvalidFormat(String done, String rest, char bad) {
      super("invalid format", null, false, false);
      this.done = done;
      this.rest = rest;
      this.bad = bad;
    }

    /** Returns busybox printf's message: "printf: %9  9d|: invalid format". */
    public String busybox() {
      return "printf: " + rest + ": invalid format";
    }
  }

  /** Runs printf with {@code args} (format first), as bash's builtin ({@code bash}) or ash's. */
  static int run(List<String> args, Io io, boolean bash) {
    if (args.isEmpty()) {
      io.err().println("printf: usage: printf format [arguments]");
      return 2;
    }
    // Past the memory the OOM killer ends the program (util/Budget.OutOfMemory unwinds it).
    String text;
    try {
      text = format(args.get(0), args.subList(1, args.size()));
    } catch (InvalidFormat e) {
      io.out().print(e.done);
      io.out().flush();
      io.err().println(bash ? "bash: printf: `" + e.bad + "': invalid format character" : e.busybox());
      return 1;
    }
    io.out().print(text);
    io.out().flush();
    return 0;
  }

  /** C's order within a conversion: flags, a width, a precision. */
  private static final java.util.regex.Pattern C_SPEC = java.util.regex.Pattern.compile("[-+ #0]*\\d*(?:\\.\\d*)?");

  /** Formats like printf(1); throws {@link InvalidFormat} at a conversion out of C's order. */
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
        java.util.regex.Matcher shape = C_SPEC.matcher(spec);
        if (!shape.matches()) {
          shape.lookingAt();
          throw new InvalidFormat(out.toString(), f.substring(i), spec.charAt(shape.end()));
        }
        char verb = f.charAt(j);
        i = j;
        if (verb == '%') {
          out.append('%');
          continue;
        }
        String a = ai < args.size() ? args.get(ai++) : null;
        used++;
        out.append(one(spec, verb, a));
        dev.kujira.engine.util.Budget.value(out.length() / 4);
      }
      if (used == 0) {
        break;
      }
    } while (ai < args.size());
    return out.toString();
  }

  /**
   * Formats one conversion as C's printf does (flags, width, precision), built here rather than
   * by java.util.Formatter, whose flag rules differ from C's and throw on what C accepts
   * ({@code %.5d}, {@code %-0d}, {@code %#d}). A width or precision no program could allocate
   * ends the program out of memory, as xmalloc would.
   */
  private static String one(String spec, char verb, String a) {
    int k = 0;
    String flags = "";
    while (k < spec.length() && "-+ #0".indexOf(spec.charAt(k)) >= 0) {
      flags += spec.charAt(k++);
    }
    int dot = spec.indexOf('.', k);
    long width = number(spec.substring(k, dot < 0 ? spec.length() : dot));
    long precision = dot < 0 ? -1 : number(spec.substring(dot + 1));
    dev.kujira.engine.util.Budget.value(width);
    dev.kujira.engine.util.Budget.value(Math.max(0, precision));
    boolean left = flags.indexOf('-') >= 0;
    boolean zero = flags.indexOf('0') >= 0 && !left;
    String sign = "";
    String body;
    switch (verb) {
      case 'd':
      case 'i': {
        long v = toLong(a);
        body = v < 0 ? Long.toUnsignedString(-v) : Long.toString(v);
        sign = v < 0 ? "-" : flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        body = digits(body, precision);
        zero &= precision < 0;
        break;
      }
      case 'x':
      case 'X':
      case 'o': {
        long v = toLong(a);
        body = verb == 'o' ? Long.toOctalString(v) : Long.toHexString(v);
        body = digits(verb == 'X' ? body.toUpperCase(java.util.Locale.ROOT) : body, precision);
        if (flags.indexOf('#') >= 0 && v != 0) {
          sign = verb == 'o' ? (body.startsWith("0") ? "" : "0") : verb == 'x' ? "0x" : "0X";
        }
        zero &= precision < 0;
        break;
      }
      case 'c':
        body = a == null || a.isEmpty() ? "" : a.substring(0, 1);
        zero = false;
        break;
      case 'b':
        return escapes(a == null ? "" : a);
      case 'f': {
        double v = toDouble(a);
        body = Double.isNaN(v) ? "nan" : Double.isInfinite(v) ? "inf"
            : new java.math.BigDecimal(Math.abs(v)).setScale((int) (precision < 0 ? 6 : precision),
                java.math.RoundingMode.HALF_EVEN).toPlainString();
        if (flags.indexOf('#') >= 0 && precision == 0) {
          body += ".";
        }
        sign = v < 0 || (v == 0 && 1 / v < 0) ? "-" : flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        zero &= !Double.isNaN(v) && !Double.isInfinite(v);
        break;
      }
      default:
        body = a == null ? "" : a;
        if (precision >= 0 && precision < body.length()) {
          body = body.substring(0, (int) precision);
        }
        zero = false;
    }
    int pad = (int) Math.max(0, width - sign.length() - body.length());
    if (pad == 0) {
      return sign + body;
    }
    String fill = (zero ? "0" : " ").repeat(pad);
    return left ? sign + body + fill : zero ? sign + fill + body : fill + sign + body;
  }

  /** Pads an integer's digits with zeros to {@code precision} (C: the minimum number of digits; 0 prints nothing for 0). */
  private static String digits(String body, long precision) {
    if (precision == 0 && body.equals("0")) {
      return "";
    }
    return precision > body.length() ? "0".repeat((int) (precision - body.length())) + body : body;
  }

  /** Reads a width or precision; digits past what a long holds are more than any program could allocate. */
  private static long number(String digits) {
    if (digits.isEmpty()) {
      return 0;
    }
    return digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  private static double toDouble(String a) {
    if (a == null || a.isBlank()) {
      return 0;
    }
    try {
      return Double.parseDouble(a.trim());
    } catch (NumberFormatException e) {
      return 0;
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
