package dev.kujira.engine.process.busybox;

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
 * busybox {@code timeout [-s SIG] [-k KILL_SECS] SECS PROG ARGS} (coreutils/timeout.c, 1.35): unlike
 * GNU's it forks a watcher and execs PROG itself, so PROG keeps timeout's pid and its status is
 * timeout's: a PROG the signal ends is reported by the shell as killed ({@code Terminated}, 143; 137
 * for KILL) instead of GNU's 124. The watcher wakes once a second, so the signal comes at the first
 * whole second at or past SECS (one at least), and KILL_SECS after it the KILL. As a container's
 * PID 1, PROG ignores what it does not handle, SIGKILL included (recorded, conformance b60:
 * {@code docker run --rm busybox timeout 1 sleep 5} runs its 5 s and exits 0).
 */
final class TimeoutApplet implements Program {

  @Override
  public int run(Proc p, List<String> argv) {
    Signal signal = Signal.SIGTERM;
    double kill = 0;
    int i = 1;
    // getopt32 "+s:k:": options end at the first operand.
    for (; i < argv.size() && argv.get(i).startsWith("-") && argv.get(i).length() > 1; i++) {
      String a = argv.get(i);
      if (a.equals("--")) {
        i++;
        break;
      }
      char c = a.charAt(1);
      if (c != 's' && c != 'k') {
        p.stderr().println("timeout: invalid option -- '" + c + "'");
        return usage(p);
      }
      String value;
      if (a.length() > 2) {
        value = a.substring(2);
      } else if (i + 1 < argv.size()) {
        value = argv.get(++i);
      } else {
        p.stderr().println("timeout: option requires an argument -- '" + c + "'");
        return usage(p);
      }
      if (c == 's') {
        Optional<Signal> s = Signal.parse(value);
        if (s.isEmpty()) {
          p.stderr().println("timeout: unknown signal '" + value + "'");
          return 1;
        }
        signal = s.get();
      } else {
        kill = duration(value);
        if (kill < 0) {
          p.stderr().println("timeout: invalid number '" + value + "'");
          return 1;
        }
      }
    }
    if (i >= argv.size()) {
      return usage(p);
    }
    double seconds = duration(argv.get(i));
    if (seconds < 0) {
      p.stderr().println("timeout: invalid number '" + argv.get(i) + "'");
      return 1;
    }
    if (++i >= argv.size()) {
      return usage(p);
    }
    List<String> command = List.copyOf(argv.subList(i, argv.size()));
    Resolution r = p.resolve(command.get(0));
    if (!r.isFound()) {
      boolean missing = r.kind() == Resolution.Kind.NOT_FOUND;
      p.stderr().println("timeout: can't execute '" + command.get(0) + "': "
          + (missing ? "No such file or directory" : "Permission denied"));
      return missing ? 127 : 126;
    }
    long at = 1000L * (long) Math.max(1, Math.ceil(Math.min(seconds, 1e9)));
    Alarm first = p.alarmFromInside(at, signal);
    Alarm second = kill > 0 ? p.alarmFromInside(at + (long) Math.ceil(Math.min(kill, 1e9) * 1000), Signal.SIGKILL) : null;
    try {
      return p.exec(r.program(), command, null);
    } catch (ProcessKilled k) {
      boolean ours = k.pid() == 0 && (first.fired() && k.signal() == signal
          || second != null && second.fired() && k.signal() == Signal.SIGKILL);
      // The watcher signalled this very pid: the shell above sees its child die of the signal.
      throw ours ? new ProcessKilled(k.signal(), p.pid()) : k;
    } finally {
      first.close();
      if (second != null) {
        second.close();
      }
    }
  }

  private static int usage(Proc p) {
    return Banner.show(p, "timeout", 1);
  }

  /** parse_duration_str: a number with an optional s/m/h/d suffix; -1 when it is not one. */
  static double duration(String text) {
    return DurationSuffix.seconds(text, t -> t.matches("\\d+(\\.\\d*)?|\\.\\d+") ? Double.parseDouble(t) : -1);
  }
}
