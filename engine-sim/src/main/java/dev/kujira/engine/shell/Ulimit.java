package dev.kujira.engine.shell;

import dev.kujira.engine.process.Rlimits;
import dev.kujira.engine.process.Rlimits.Limit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code ulimit} builtin of busybox ash (shell_common.c, shell_builtin_ulimit) and bash
 * (builtins/ulimit.def). The limits are the process's own: read from its /proc/self/limits (the
 * container's, with docker's {@code --ulimit} rows), then kept by the shell as setrlimit would
 * keep them. Setting a limit without -H or -S sets both (both shells follow bash's manual); raising
 * a hard limit needs CAP_SYS_RESOURCE, which docker's default capability set lacks (EPERM), and a
 * soft limit above the hard one is EINVAL, as the kernel's do_prlimit checks.
 */
final class Ulimit {
  /** CAP_SYS_RESOURCE's bit (linux/capability.h). */
  private static final int CAP_SYS_RESOURCE = 24;
  /** busybox's option order (limits_tbl / limit_chars), which -a follows. */
  private static final String ASH_ORDER = "cdefilmnqrstuvx";
  /** bash's option order for -a (ulimit.def limits[]), with its own pipe size row. */
  private static final String BASH_ORDER = "Rcdefilmnpqrstuvx";

  private Ulimit() {
  }

  static int run(Interpreter sh, List<String> args, Io io) {
    List<Limit> limits = sh.rlimits != null ? sh.rlimits : read(sh);
    sh.rlimits = new ArrayList<>(limits);
    boolean bash = sh.dialect() == Dialect.BASH;
    boolean hard = false;
    boolean soft = false;
    List<Character> opts = new ArrayList<>();
    List<String> values = new ArrayList<>();
    boolean all = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("-") || a.length() < 2) {
        if (opts.isEmpty()) {
          opts.add('f');
        }
        while (values.size() < opts.size() - 1) {
          values.add(null);
        }
        if (values.size() < opts.size()) {
          values.add(a);
        }
        continue;
      }
      for (char c : a.substring(1).toCharArray()) {
        if (c == 'H') {
          hard = true;
        } else if (c == 'S') {
          soft = true;
        } else if (c == 'a') {
          all = true;
        } else if ((bash ? BASH_ORDER : ASH_ORDER).indexOf(c) >= 0) {
          while (values.size() < opts.size()) {
            values.add(null);
          }
          opts.add(c);
        } else {
          if (bash) {
            io.err().println(sh.builtinError("ulimit", "-" + c + ": invalid option"));
            io.err().println("ulimit: usage: ulimit [-SHabcdefiklmnpqrstuvxPRT] [limit]");
            return 2;
          }
          io.err().println("ulimit: invalid option -- '" + c + "'");
          return 1;
        }
      }
    }
    if (all) {
      for (char c : (bash ? BASH_ORDER : ASH_ORDER).toCharArray()) {
        io.out().println(label(c, bash) + shown(sh, c, hard, bash));
      }
    }
    if (opts.isEmpty() && !all) {
      opts.add('f');
    }
    while (values.size() < opts.size()) {
      values.add(null);
    }
    for (int i = 0; i < opts.size(); i++) {
      char c = opts.get(i);
      String v = values.get(i);
      if (v == null) {
        io.out().println((opts.size() > 1 ? label(c, bash) : "") + shown(sh, c, hard, bash));
      } else if (!set(sh, c, v, hard, soft, bash, io)) {
        return 1;
      }
    }
    return 0;
  }

  private static boolean set(Interpreter sh, char c, String v, boolean hard, boolean soft, boolean bash, Io io) {
    Limit l = find(sh.rlimits, c);
    long value;
    if (v.equals("unlimited") || bash && v.equals("infinity")) {
      value = Rlimits.UNLIMITED;
    } else if (bash && (v.equals("hard") || v.equals("soft"))) {
      value = v.equals("hard") ? l.hard() : l.soft();
    } else {
      try {
        value = Long.parseLong(v) * scale(l, bash);
        if (value < 0) {
          throw new NumberFormatException(v);
        }
      } catch (NumberFormatException e) {
        io.err().println(bash ? sh.builtinError("ulimit", v + ": invalid number") : applet(sh) + ": invalid number '" + v + "'");
        return false;
      }
    }
    if (l == null || c == 'p') {
      io.err().println(sh.builtinError("ulimit", "pipe size: cannot modify limit: Invalid argument"));
      return false;
    }
    if (!hard && !soft) {
      hard = true;
      soft = true;
    }
    long newHard = hard ? value : l.hard();
    long newSoft = soft ? value : l.soft();
    String error = null;
    if (above(newSoft, newHard)) {
      error = "Invalid argument";
    } else if (above(newHard, l.hard()) && !capable(sh)) {
      error = "Operation not permitted";
    }
    if (error != null) {
      io.err().println(bash ? sh.builtinError("ulimit", description(c) + ": cannot modify limit: " + error)
          : applet(sh) + ": error setting limit: " + error);
      return false;
    }
    sh.rlimits.set(sh.rlimits.indexOf(l), new Limit(l.name(), l.proc(), l.unit(), l.option(), l.label(), l.scale(),
        newSoft, newHard));
    return true;
  }

  private static boolean above(long a, long b) {
    return b != Rlimits.UNLIMITED && (a == Rlimits.UNLIMITED || a > b);
  }

  private static String shown(Interpreter sh, char c, boolean hard, boolean bash) {
    if (c == 'p') {
      return "8";
    }
    Limit l = find(sh.rlimits, c);
    long v = hard ? l.hard() : l.soft();
    return v == Rlimits.UNLIMITED ? "unlimited" : Long.toString(v / scale(l, bash));
  }

  /** The divisor: busybox counts file and core sizes in 512-byte blocks, bash (not in POSIX mode) in 1024-byte ones. */
  private static long scale(Limit l, boolean bash) {
    return bash && l.scale() == 512 ? 1024 : l.scale();
  }

  /** A row's label: busybox "%-32s(-%c) ", bash "%-20s %20s" of its description and "(unit, -c) ". */
  private static String label(char c, boolean bash) {
    if (!bash) {
      return String.format("%-32s(-%c) ", find(Rlimits.of(Map.of()), c).label(), c);
    }
    String unit = switch (c) {
      case 'R' -> "microseconds";
      case 'c', 'f' -> "blocks";
      case 'd', 'l', 'm', 's', 'v' -> "kbytes";
      case 'p' -> "512 bytes";
      case 'q' -> "bytes";
      case 't' -> "seconds";
      default -> null;
    };
    return String.format("%-20s %20s", description(c), unit == null ? "(-" + c + ") " : "(" + unit + ", -" + c + ") ");
  }

  /** bash's description of a limit (ulimit.def). */
  private static String description(char c) {
    return switch (c) {
      case 'R' -> "real-time non-blocking time";
      case 'c' -> "core file size";
      case 'd' -> "data seg size";
      case 'f' -> "file size";
      case 'l' -> "max locked memory";
      case 'm' -> "max memory size";
      case 'p' -> "pipe size";
      case 's' -> "stack size";
      case 'v' -> "virtual memory";
      default -> find(Rlimits.of(Map.of()), c).label();
    };
  }

  private static Limit find(List<Limit> limits, char c) {
    for (Limit l : limits) {
      if (l.option() == c || c == 'R' && l.name().equals("rttime")) {
        return l;
      }
    }
    return null;
  }

  /** The process's limits: its /proc/self/limits, or a container's defaults where no /proc is mounted. */
  private static List<Limit> read(Interpreter sh) {
    try {
      List<Limit> parsed = Rlimits.parse(new String(sh.proc().fs().read("/proc/self/limits"), StandardCharsets.UTF_8));
      if (parsed != null) {
        return parsed;
      }
    } catch (RuntimeException e) {
      // no /proc here (the simulated host): the defaults below
    }
    return Rlimits.of(Map.of());
  }

  /** Whether the process holds CAP_SYS_RESOURCE (CapEff of /proc/self/status). */
  private static boolean capable(Interpreter sh) {
    try {
      for (String line : new String(sh.proc().fs().read("/proc/self/status"), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("CapEff:")) {
          return (Long.parseUnsignedLong(line.substring(7).trim(), 16) >> CAP_SYS_RESOURCE & 1) == 1;
        }
      }
    } catch (RuntimeException e) {
      // no /proc: the host's root shell may raise limits
      return true;
    }
    return false;
  }

  /** busybox's messages name the applet (bb_error_msg's applet_name), the basename of the shell's argv[0]. */
  private static String applet(Interpreter sh) {
    String a = sh.cmdline.isEmpty() ? "sh" : sh.cmdline.get(0);
    return a.substring(a.lastIndexOf('/') + 1);
  }
}
