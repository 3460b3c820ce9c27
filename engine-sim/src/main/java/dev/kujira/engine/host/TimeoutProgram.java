package dev.kujira.engine.host;

import dev.kujira.engine.process.Alarm;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Resolution;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.util.DurationSuffix;
import java.util.List;
import java.util.Optional;

/**
 * The host's {@code timeout} (GNU coreutils 9.1, timeout.c): runs COMMAND and sends it SIGNAL
 * (TERM) once DURATION of simulated time has passed, then KILL after {@code -k}'s DURATION if it
 * still runs. Statuses and words as this machine's /usr/bin/timeout prints them: 124 when the
 * command timed out (unless {@code --preserve-status}), 125 for timeout's own errors, 126/127
 * when COMMAND cannot be run or found, else COMMAND's status; a command killed by a signal it was
 * not sent re-raises that signal in timeout, so the shell reports it ("Terminated", 143), and a
 * KILL at the timeout reaches timeout itself too ("Killed", 137) unless {@code --foreground}.
 * The signal reaches the command through an {@link Alarm}: a docker client forwards it to its
 * container when it proxies signals, as on Docker 26.1 (recorded: {@code timeout 2 docker logs -f}
 * ends with 124 after 2 s, {@code timeout 2 docker run --rm busybox sleep 5} after 5 s with 124).
 */
final class TimeoutProgram implements Program {
  private static final String TRY = "Try 'timeout --help' for more information.";

  @Override
  public int run(Proc p, List<String> argv) {
    Signal signal = Signal.SIGTERM;
    double kill = 0;
    boolean preserve = false;
    boolean foreground = false;
    boolean verbose = false;
    int i = 1;
    for (; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("--")) {
        i++;
        break;
      }
      if (!a.startsWith("-") || a.equals("-")) {
        break; // getopt_long with "+": options end at the first operand
      }
      if (a.startsWith("--")) {
        int eq = a.indexOf('=');
        String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
        Optional<String> full = longName(name);
        if (full.isEmpty()) {
          return usage(p, "unrecognized option '" + a + "'");
        }
        String opt = full.get();
        boolean takes = opt.equals("kill-after") || opt.equals("signal");
        if (!takes && eq >= 0) {
          return usage(p, "option '--" + opt + "' doesn't allow an argument");
        }
        String value = null;
        if (takes) {
          if (eq >= 0) {
            value = a.substring(eq + 1);
          } else if (i + 1 < argv.size()) {
            value = argv.get(++i);
          } else {
            return usage(p, "option '--" + opt + "' requires an argument");
          }
        }
        switch (opt) {
          case "help" -> {
            p.stdout().print(HELP);
            return 0;
          }
          case "version" -> {
            p.stdout().print(VERSION);
            return 0;
          }
          case "preserve-status" -> preserve = true;
          case "foreground" -> foreground = true;
          case "verbose" -> verbose = true;
          case "kill-after" -> {
            kill = duration(value);
            if (kill < 0) {
              return usage(p, "invalid time interval " + q(p, value));
            }
          }
          default -> {
            Optional<Signal> s = signal(value);
            if (s.isEmpty()) {
              return usage(p, q(p, value) + ": invalid signal");
            }
            signal = s.get();
          }
        }
        continue;
      }
      for (int j = 1; j < a.length(); j++) {
        char c = a.charAt(j);
        if (c == 'v') {
          verbose = true;
          continue;
        }
        if (c != 'k' && c != 's') {
          return usage(p, "invalid option -- '" + c + "'");
        }
        String value;
        if (j + 1 < a.length()) {
          value = a.substring(j + 1);
        } else if (i + 1 < argv.size()) {
          value = argv.get(++i);
        } else {
          return usage(p, "option requires an argument -- '" + c + "'");
        }
        if (c == 'k') {
          kill = duration(value);
          if (kill < 0) {
            return usage(p, "invalid time interval " + q(p, value));
          }
        } else {
          Optional<Signal> s = signal(value);
          if (s.isEmpty()) {
            return usage(p, q(p, value) + ": invalid signal");
          }
          signal = s.get();
        }
        break;
      }
    }
    if (argv.size() - i < 2) {
      return usage(p, null); // usage (EXIT_CANCELED): only the "Try" line
    }
    double seconds = duration(argv.get(i));
    if (seconds < 0) {
      return usage(p, "invalid time interval " + q(p, argv.get(i)));
    }
    List<String> command = List.copyOf(argv.subList(i + 1, argv.size()));
    return new Run(p, signal, seconds, kill, preserve, foreground, verbose).run(command);
  }

  /** One timed run of COMMAND. */
  private record Run(Proc p, Signal signal, double seconds, double kill, boolean preserve, boolean foreground,
      boolean verbose) {
    /**
     * The timer's kill(2) of COMMAND, a signal from timeout to its child: a trap of COMMAND catches
     * it, and a docker client that COMMAND is forwards it to its container.
     */
    private Alarm alarm(Proc child, long millis, Signal s) {
      return child.alarmFromInside(millis, s);
    }

    int run(List<String> command) {
      Resolution r = p.resolve(command.get(0));
      if (!r.isFound()) {
        boolean missing = r.kind() == Resolution.Kind.NOT_FOUND;
        p.stderr().println("timeout: failed to run command " + q(p, command.get(0)) + ": "
            + (missing ? "No such file or directory" : "Permission denied"));
        return missing ? 127 : 126;
      }
      Proc child = p.child(p.env(), p.stdin(), p.stdout(), p.stderr());
      String name = command.get(0).substring(command.get(0).lastIndexOf('/') + 1);
      Alarm first = seconds > 0 ? alarm(child, millis(seconds), signal) : null;
      Alarm second = seconds > 0 && kill > 0 ? alarm(child, millis(seconds) + millis(kill), Signal.SIGKILL) : null;
      int status;
      Signal died = null;
      try {
        status = child.exec(r.program(), command, null) & 0xff;
      } catch (ProcessKilled k) {
        boolean ours = first != null && first.fired() && k.signal() == signal && k.pid() == 0
            || second != null && second.fired() && k.signal() == Signal.SIGKILL && k.pid() == 0;
        if (!ours && k.pid() != child.pid()) {
          throw k; // not the command's death: a Ctrl-C or a kill of the whole task goes on up
        }
        died = k.signal();
        status = k.exitStatus();
      } finally {
        if (first != null) {
          first.close();
        }
        if (second != null) {
          second.close();
        }
      }
      boolean timedOut = first != null && first.fired();
      if (verbose && timedOut) {
        p.stderr().println("timeout: sending signal " + signal.shortName() + " to command " + q(p, name));
        if (second != null && second.fired()) {
          p.stderr().println("timeout: sending signal KILL to command " + q(p, name));
        }
      }
      if (died != null && !timedOut) {
        throw new ProcessKilled(died, p.pid()); // timeout.c: raise (sig) with the child's signal
      }
      if (died == Signal.SIGKILL && timedOut && !foreground) {
        throw new ProcessKilled(Signal.SIGKILL, p.pid()); // KILL goes to timeout's process group too
      }
      boolean keep = preserve || died == Signal.SIGKILL;
      return timedOut && !keep ? 124 : status;
    }
  }

  /**
   * gnulib's quote(): ‘ ’ in a UTF-8 locale (the learner's host, LANG=C.UTF-8), ASCII quotes in the
   * POSIX locale a container starts in (Debian's and Ubuntu's images set no LANG).
   */
  static String q(Proc p, String s) {
    for (String k : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String v = p.env().get(k);
      if (v != null && !v.isEmpty()) {
        String l = v.toLowerCase(java.util.Locale.ROOT);
        return l.contains("utf-8") || l.contains("utf8") ? "\u2018" + s + "\u2019" : "'" + s + "'";
      }
    }
    return "'" + s + "'";
  }

  private static long millis(double seconds) {
    return (long) Math.min(Long.MAX_VALUE / 4, Math.ceil(seconds * 1000));
  }

  /** timeout.c parse_duration: a non-negative C float with an optional s/m/h/d suffix; -1 when invalid. */
  static double duration(String text) {
    return DurationSuffix.seconds(text.stripLeading(), t -> {
      if (!t.matches("[+]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+]?(inf|infinity)")) {
        return -1;
      }
      return t.replace("+", "").matches("inf(inity)?") ? Double.POSITIVE_INFINITY : Double.parseDouble(t);
    });
  }

  /** coreutils operand2sig: a name with or without SIG, in any case, or a number. */
  private static Optional<Signal> signal(String text) {
    return text.isBlank() || text.strip().length() != text.length() ? Optional.empty() : Signal.parse(text);
  }

  /** getopt_long's unambiguous prefixes of timeout's long options. */
  private static Optional<String> longName(String prefix) {
    List<String> names = List.of("foreground", "help", "kill-after", "preserve-status", "signal", "verbose", "version");
    if (names.contains(prefix)) {
      return Optional.of(prefix);
    }
    List<String> m = names.stream().filter(n -> n.startsWith(prefix) && !prefix.isEmpty()).toList();
    return m.size() == 1 ? Optional.of(m.get(0)) : Optional.empty();
  }

  private static int usage(Proc p, String message) {
    if (message != null) {
      p.stderr().println("timeout: " + message);
    }
    p.stderr().println(TRY);
    return 125;
  }

  private static final String VERSION = """
      timeout (GNU coreutils) 9.1
      Copyright (C) 2022 Free Software Foundation, Inc.
      License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
      This is free software: you are free to change and redistribute it.
      There is NO WARRANTY, to the extent permitted by law.

      Written by Padraig Brady.
      """;

  private static final String HELP = """
      Usage: timeout [OPTION] DURATION COMMAND [ARG]...
        or:  timeout [OPTION]
      Start COMMAND, and kill it if still running after DURATION.

      Mandatory arguments to long options are mandatory for short options too.
            --preserve-status
                       exit with the same status as COMMAND, even when the
                         command times out
            --foreground
                       when not running timeout directly from a shell prompt,
                         allow COMMAND to read from the TTY and get TTY signals;
                         in this mode, children of COMMAND will not be timed out
        -k, --kill-after=DURATION
                       also send a KILL signal if COMMAND is still running
                         this long after the initial signal was sent
        -s, --signal=SIGNAL
                       specify the signal to be sent on timeout;
                         SIGNAL may be a name like 'HUP' or a number;
                         see 'kill -l' for a list of signals
        -v, --verbose  diagnose to stderr any signal sent upon timeout
            --help        display this help and exit
            --version     output version information and exit

      DURATION is a floating point number with an optional suffix:
      's' for seconds (the default), 'm' for minutes, 'h' for hours or 'd' for days.
      A duration of 0 disables the associated timeout.

      Upon timeout, send the TERM signal to COMMAND, if no other SIGNAL specified.
      The TERM signal kills any process that does not block or catch that signal.
      It may be necessary to use the KILL signal, since this signal can't be caught.

      EXIT status:
        124  if COMMAND times out, and --preserve-status is not specified
        125  if the timeout command itself fails
        126  if COMMAND is found but cannot be invoked
        127  if COMMAND cannot be found
        137  if COMMAND (or timeout itself) is sent the KILL (9) signal (128+9)
        -    the exit status of COMMAND otherwise

      GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
      Report any translation bugs to <https://translationproject.org/team/>
      Full documentation <https://www.gnu.org/software/coreutils/timeout>
      or available locally via: info '(coreutils) timeout invocation'
      """;
}
