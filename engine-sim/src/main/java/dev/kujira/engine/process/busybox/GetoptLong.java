package dev.kujira.engine.process.busybox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * glibc's getopt_long as GNU tools call it: options and operands in any order (operands are
 * permuted behind the options) unless the spec starts with '+', {@code --} ends the options,
 * a long option may be cut to any unambiguous prefix and take its value as {@code --opt=value} or
 * as the next argument, and the errors are glibc 2.36's words (seen with this machine's
 * coreutils 9.1: "invalid option -- 'y'", "unrecognized option '--bogus=x'", "option requires an
 * argument -- 'n'", "option '--lines' requires an argument", "option '--all' doesn't allow an
 * argument", "option '--a' is ambiguous; possibilities: '--all' '--almost-all' '--author'").
 */
final class GetoptLong {
  /** How an option takes a value: none, always, or only when attached ({@code -w5}, {@code --color=auto}). */
  enum Arg { NONE, REQUIRED, OPTIONAL }

  /** A long option; {@code key} is the short letter it stands for, or 0 for a long-only option. */
  record LongOption(String name, Arg arg, char key) {
  }

  /** One option given: its short letter (0 when long-only), its long name (null when given short), its value or null. */
  record Option(char key, String name, String value) {
  }

  /** The options in the order given and the operands. */
  record Parsed(List<Option> options, List<String> operands) {
    /** Says whether option {@code name} (long name or one-letter short name) was given. */
    boolean has(String name) {
      return options.stream().anyMatch(o -> name.equals(o.name()) || name.length() == 1 && o.key() == name.charAt(0));
    }
  }

  /** A usage error: the message glibc prints after "PROG: ". */
  static final class Error extends Exception {
    private static final long serialVersionUID = 1L;

    Error(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The options of one tool: {@code shorts} as getopt's optstring ("ab:c::", a leading '+' stops
   * at the first operand); {@code longs} the long options.
   */
  record Spec(String shorts, List<LongOption> longs) {
    Arg shortArg(char c) {
      int i = shorts.indexOf(c);
      if (c == ':' || c == '+' || i < 0) {
        return null;
      }
      if (i + 1 < shorts.length() && shorts.charAt(i + 1) == ':') {
        return i + 2 < shorts.length() && shorts.charAt(i + 2) == ':' ? Arg.OPTIONAL : Arg.REQUIRED;
      }
      return Arg.NONE;
    }
  }

  private GetoptLong() {
  }

  /** Parses {@code args} (without argv[0]) by {@code spec}. */
  static Parsed parse(Spec spec, List<String> args) throws Error {
    boolean stopAtOperand = spec.shorts().startsWith("+");
    List<Option> options = new ArrayList<>();
    List<String> operands = new ArrayList<>();
    int i = 0;
    for (; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        i++;
        break;
      }
      if (!a.startsWith("-") || a.equals("-")) {
        if (stopAtOperand) {
          break;
        }
        operands.add(a);
        continue;
      }
      if (a.startsWith("--")) {
        i = longOption(spec, args, i, options);
        continue;
      }
      for (int k = 1; k < a.length(); k++) {
        char c = a.charAt(k);
        Arg arg = spec.shortArg(c);
        if (arg == null) {
          throw new Error("invalid option -- '" + c + "'");
        }
        if (arg == Arg.NONE) {
          options.add(new Option(c, null, null));
          continue;
        }
        String rest = a.substring(k + 1);
        if (!rest.isEmpty() || arg == Arg.OPTIONAL) {
          options.add(new Option(c, null, rest.isEmpty() ? null : rest));
        } else if (i + 1 < args.size()) {
          options.add(new Option(c, null, args.get(++i)));
        } else {
          throw new Error("option requires an argument -- '" + c + "'");
        }
        break;
      }
    }
    operands.addAll(args.subList(Math.min(i, args.size()), args.size()));
    return new Parsed(options, operands);
  }

  private static int longOption(Spec spec, List<String> args, int i, List<Option> options) throws Error {
    String a = args.get(i);
    int eq = a.indexOf('=');
    String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
    LongOption found = null;
    List<LongOption> prefixed = new ArrayList<>();
    for (LongOption l : spec.longs()) {
      if (l.name().equals(name)) {
        found = l;
        break;
      }
      if (l.name().startsWith(name)) {
        prefixed.add(l);
      }
    }
    if (found == null) {
      if (prefixed.isEmpty()) {
        throw new Error("unrecognized option '" + a + "'");
      }
      // glibc: prefixes of several options are ambiguous unless they all mean the same thing.
      LongOption first = prefixed.get(0);
      boolean same = prefixed.size() == 1
          || prefixed.stream().allMatch(l -> l.arg() == first.arg() && l.key() == first.key() && l.key() != 0);
      if (!same) {
        StringBuilder sb = new StringBuilder("option '" + a + "' is ambiguous; possibilities:");
        prefixed.forEach(l -> sb.append(" '--").append(l.name()).append('\''));
        throw new Error(sb.toString());
      }
      found = first;
    }
    String value = eq < 0 ? null : a.substring(eq + 1);
    if (found.arg() == Arg.NONE && value != null) {
      throw new Error("option '--" + found.name() + "' doesn't allow an argument");
    }
    if (found.arg() == Arg.REQUIRED && value == null) {
      if (i + 1 >= args.size()) {
        throw new Error("option '--" + found.name() + "' requires an argument");
      }
      value = args.get(++i);
    }
    options.add(new Option(found.key(), found.name(), value));
    return i;
  }

  private static final Pattern SHORT = Pattern.compile(
      "-([^-\\s,\\[])(\\[[A-Za-z_]+\\]| [A-Z][A-Z_]*(?=[\\s,]|$)| [a-z][a-z_-]*(?=,))?");
  private static final Pattern LONG = Pattern.compile("--([a-zA-Z0-9][a-zA-Z0-9-]*)(\\[=[^\\]]*\\]|=\\S+)?");

  /**
   * Reads the options a GNU {@code --help} text lists ("  -n, --lines=[-]NUM", "      --color[=WHEN]",
   * "  -E, -r, --regexp-extended", "  -I[FMT], --iso-8601[=FMT]", "  -c  --format=FORMAT"):
   * a short option takes the value its long option requires, or the one written after it.
   * {@code extraShorts} adds getopt letters the text leaves out (gzip's -2 … -8).
   */
  static Spec fromHelp(String help, String prefix, String extraShorts) {
    StringBuilder shorts = new StringBuilder(prefix);
    List<LongOption> longs = new ArrayList<>();
    for (String line : help.split("\n")) {
      if (!line.matches("^ {2,}-.*")) {
        continue;
      }
      String rest = line.stripLeading();
      List<Character> lineShorts = new ArrayList<>();
      List<String> shortArgs = new ArrayList<>();
      Arg longArg = null;
      List<String> names = new ArrayList<>();
      while (!rest.isEmpty()) {
        Matcher l = LONG.matcher(rest);
        Matcher s = SHORT.matcher(rest);
        int end;
        if (l.lookingAt()) {
          names.add(l.group(1));
          String v = l.group(2);
          Arg arg = v == null ? Arg.NONE : v.startsWith("[") ? Arg.OPTIONAL : Arg.REQUIRED;
          longArg = longArg == null || longArg == Arg.NONE ? arg : longArg;
          end = l.end();
        } else if (s.lookingAt()) {
          lineShorts.add(s.group(1).charAt(0));
          shortArgs.add(s.group(2));
          end = s.end();
        } else {
          break;
        }
        rest = rest.substring(end);
        if (rest.startsWith(", ")) {
          rest = rest.substring(2);
        } else if (rest.matches("^ {1,2}--.*")) {
          rest = rest.stripLeading(); // stat's "-c  --format=FORMAT"
        } else {
          break;
        }
      }
      for (int k = 0; k < lineShorts.size(); k++) {
        char c = lineShorts.get(k);
        String own = shortArgs.get(k);
        Arg arg = own != null ? (own.startsWith("[") ? Arg.OPTIONAL : Arg.REQUIRED)
            : longArg == Arg.REQUIRED ? Arg.REQUIRED : Arg.NONE;
        if (shorts.indexOf(String.valueOf(c)) < 0) {
          shorts.append(c).append(arg == Arg.NONE ? "" : arg == Arg.REQUIRED ? ":" : "::");
        }
      }
      for (String n : names) {
        if (longs.stream().noneMatch(x -> x.name().equals(n))) {
          longs.add(new LongOption(n, longArg == null ? Arg.NONE : longArg, lineShorts.isEmpty() ? 0 : lineShorts.get(0)));
        }
      }
    }
    for (char c : extraShorts.toCharArray()) {
      if (shorts.indexOf(String.valueOf(c)) < 0) {
        shorts.append(c);
      }
    }
    return new Spec(shorts.toString(), List.copyOf(longs));
  }
}
