package dev.kujira.engine.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The read builtin's options, parsed as getopts parses them ({@code -rp "Name: " NAME}), with
 * each shell's own errors: bash 5.2 prints {@code read: -x: invalid option} and its usage line
 * (status 2) and {@code read: x: invalid number} (status 1); busybox 1.35 ash prints
 * {@code illegal option -x}, {@code no arg for -n option} and {@code invalid count} (status 2),
 * as both were run on this machine and on the real engine's busybox.
 *
 * @param raw {@code -r}: a backslash is an ordinary character
 * @param prompt {@code -p}: written to stderr before reading from a terminal, or null
 * @param count {@code -n}/{@code -N}: the most bytes to read, or -1
 * @param exact {@code -N}: exactly {@code count} bytes, the delimiter read as data (bash only)
 * @param delimiter {@code -d}: the byte that ends the input, a newline by default
 * @param names the variables to assign, REPLY when none is given
 */
record ReadOptions(boolean raw, String prompt, int count, boolean exact, int delimiter, List<String> names) {
  private static final String BASH_USAGE = "read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] "
      + "[-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]";

  /** Says the options were refused (the error printed) and with which exit status. */
  static final class Refused extends RuntimeException {
    final int status;

    Refused(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  /** Parses {@code args}; prints the shell's error and throws {@link Refused} when they are wrong. */
  static ReadOptions parse(Interpreter sh, List<String> args, Io io) {
    boolean ash = sh.dialect() == Dialect.ASH;
    String valid = ash ? "p:t:u:d:n:rs" : "a:d:ei:n:N:p:rst:u:";
    boolean raw = false;
    boolean exact = false;
    String prompt = null;
    int count = -1;
    int delimiter = '\n';
    int i = 0;
    for (; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        i++;
        break;
      }
      if (!a.startsWith("-") || a.length() == 1) {
        break;
      }
      for (int j = 1; j < a.length(); j++) {
        char opt = a.charAt(j);
        int at = valid.indexOf(opt);
        if (at < 0 || opt == ':') {
          return error(sh, io, ash ? "illegal option -" + opt : "-" + opt + ": invalid option", !ash);
        }
        String value = null;
        if (at + 1 < valid.length() && valid.charAt(at + 1) == ':') {
          if (j + 1 < a.length()) {
            value = a.substring(j + 1);
          } else if (i + 1 < args.size()) {
            value = args.get(++i);
          } else {
            return error(sh, io, ash ? "no arg for -" + opt + " option" : "-" + opt + ": option requires an argument",
                !ash);
          }
          j = a.length();
        }
        switch (opt) {
          case 'r' -> raw = true;
          case 'p' -> prompt = value;
          case 'd' -> delimiter = value.isEmpty() ? 0 : value.charAt(0);
          case 'n', 'N' -> {
            if (!value.matches("\\d+")) {
              if (ash) {
                return error(sh, io, "invalid count", false);
              }
              io.err().println(sh.builtinError("read", value + ": invalid number"));
              throw new Refused(1);
            }
            count = Integer.parseInt(value.length() > 9 ? "999999999" : value);
            exact = opt == 'N';
          }
          default -> {
            // -s, -t, -u, -a, -e and -i need a terminal's echo, timers or arrays the simulator lacks.
            io.err().println("kujira: read -" + opt + " is not simulated");
            throw new Refused(2);
          }
        }
      }
    }
    List<String> names = new ArrayList<>(args.subList(i, args.size()));
    if (names.isEmpty()) {
      names.add("REPLY");
    }
    return new ReadOptions(raw, prompt, count, exact, delimiter, names);
  }

  private static ReadOptions error(Interpreter sh, Io io, String message, boolean usage) {
    io.err().println(sh.builtinError("read", message));
    if (usage) {
      io.err().println(BASH_USAGE);
    }
    throw new Refused(2);
  }
}
