package dev.kujira.engine.process;

import java.util.Locale;
import java.util.Optional;

/** Enumerates the Linux signals on x86-64 with their numbers. */
public enum Signal {
  SIGHUP(1), SIGINT(2), SIGQUIT(3), SIGILL(4), SIGTRAP(5), SIGABRT(6), SIGBUS(7), SIGFPE(8),
  SIGKILL(9), SIGUSR1(10), SIGSEGV(11), SIGUSR2(12), SIGPIPE(13), SIGALRM(14), SIGTERM(15),
  SIGSTKFLT(16), SIGCHLD(17), SIGCONT(18), SIGSTOP(19), SIGTSTP(20), SIGTTIN(21), SIGTTOU(22),
  SIGURG(23), SIGXCPU(24), SIGXFSZ(25), SIGVTALRM(26), SIGPROF(27), SIGWINCH(28), SIGIO(29),
  SIGPWR(30), SIGSYS(31);

  private final int number;

  Signal(int number) {
    this.number = number;
  }

  /** Returns the signal number. */
  public int number() {
    return number;
  }

  /** Returns the name without the SIG prefix, e.g. "HUP". */
  public String shortName() {
    return name().substring(3);
  }

  /** Returns what a shell prints when a job dies of this signal (the C library's strsignal). */
  public String description() {
    return switch (this) {
      case SIGHUP -> "Hangup";
      case SIGINT -> "Interrupt";
      case SIGQUIT -> "Quit";
      case SIGILL -> "Illegal instruction";
      case SIGTRAP -> "Trace/breakpoint trap";
      case SIGABRT -> "Aborted";
      case SIGBUS -> "Bus error";
      case SIGFPE -> "Floating point exception";
      case SIGKILL -> "Killed";
      case SIGUSR1 -> "User defined signal 1";
      case SIGSEGV -> "Segmentation fault";
      case SIGUSR2 -> "User defined signal 2";
      case SIGPIPE -> "Broken pipe";
      case SIGALRM -> "Alarm clock";
      case SIGTERM -> "Terminated";
      default -> "Signal " + number;
    };
  }

  /** Parses "HUP", "SIGHUP", "sighup" or "1"; empty when unknown. */
  public static Optional<Signal> parse(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.chars().allMatch(Character::isDigit)) {
      int n;
      try {
        n = Integer.parseInt(t);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      for (Signal s : values()) {
        if (s.number == n) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
    String name = t.startsWith("SIG") ? t : "SIG" + t;
    for (Signal s : values()) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
