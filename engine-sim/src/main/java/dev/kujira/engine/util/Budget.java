package dev.kujira.engine.util;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Is one session's share of the JVM: the memory its files may hold (all containers', volumes'
 * and the host's together) and, per command line, the CPU its interpreters may burn. The web
 * puts thousands of strangers' sessions in one JVM, so no single line may take it down.
 *
 * <p>CPU is counted in steps, not time, so that transcripts stay byte-identical: every
 * interpreter loop (shell, awk, sed, find, tar, file-system walks) calls {@link #tick()}, and a
 * line that takes {@link #STEPS} steps is stopped. Steps are calibrated so that this is about a
 * second of work; a wall-clock guard on the thread's CPU time ({@link #CPU_GUARD_NANOS}) only
 * fires on a runaway whose steps are unusually slow, and then the line is stopped all the same.
 * The same check sees the learner's Ctrl-C and the session's close.
 *
 * <p>Each command line (and each slice of a detached container's process) runs in a {@link Line}
 * of its own, set on the thread that runs it; code without one (loading archives, tests of a
 * single class) is unbounded.
 */
public final class Budget {
  /**
   * Steps one command line (or one slice of a detached process) may take: 20 million, or what
   * the system property {@code kujira.lineSteps} says (a server may want its strangers' runaways
   * stopped sooner; the fuzz bench runs with a tenth, see tests/bench/FuzzRun).
   */
  public static final long STEPS = Math.max(1000, Long.getLong("kujira.lineSteps", 20_000_000L));
  /**
   * Steps one slice of a detached process may take: more than a shell's own bound (process/Limits,
   * after which a detached shell idles unseen until stopped, as its busy container would run), so
   * that only a runaway that is no shell (awk, a tool) is killed.
   */
  public static final long DETACHED_STEPS = 100_000_000;
  /** Steps after which a line's steps also look for Ctrl-C and a close (about 50 ms of work). */
  private static final long POLL_AFTER = 1_000_000;
  /** What one shell step (a command or a loop round) costs in steps: about 3 µs against an awk statement's 50 ns. */
  public static final int SHELL_STEP = 60;
  /** What one line through sed, or one file visited by find or tar, costs in steps. */
  public static final int FILE_STEP = 10;
  /** CPU time after which a line is stopped whatever its steps say (a runaway of slow steps). */
  public static final long CPU_GUARD_NANOS = 5_000_000_000L;
  /** Bytes of files one session may hold, all file systems together. */
  public static final long SESSION_BYTES = 256L << 20;
  /** Bytes one command line may hold in buffers and values at once (pipes, archives, formatted text). */
  public static final long LINE_BYTES = 128L << 20;
  /** Characters one formatted or computed value may have, beyond which the program runs out of memory. */
  public static final int VALUE_CHARS = 8 << 20;

  private static final ThreadLocal<Line> CURRENT = new ThreadLocal<>();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long sessionBytes;
  private long charged;
  private int processes;
  private LongSupplier measure = () -> 0;
  private final Runnable poll;
  private final Supplier<RuntimeException> expiry;

  /**
   * Creates a session's budget. {@code poll} runs at every check on the session's own thread
   * (it throws to end the line on a Ctrl-C or a close); {@code expiry} makes the unwinding that
   * ends a line past its steps.
   */
  public Budget(long sessionBytes, Runnable poll, Supplier<RuntimeException> expiry) {
    this.sessionBytes = sessionBytes;
    this.poll = poll;
    this.expiry = expiry;
  }

  /** Tells how to count what the session's files really hold (used when the running estimate nears the bound). */
  public void measure(LongSupplier measure) {
    this.measure = measure;
  }

  /** Is the bound of one command line or one slice of a detached process. */
  public final class Line {
    private final Line outer;
    private final boolean foreground;
    private long steps;
    private long held;
    private long cpuStart;
    private boolean expired;
    private long valueBound;

    private Line(Line outer, boolean foreground) {
      this.outer = outer;
      this.foreground = foreground;
      this.cpuStart = cpuNow();
    }

    private Budget owner() {
      return Budget.this;
    }

    /** Starts the line's count again (a detached process woken from a sleep begins a new slice). */
    public void renew() {
      if (!expired) {
        steps = 0;
        cpuStart = cpuNow();
      }
    }

    /** Returns whether the line ran out of its steps or CPU time. */
    public boolean expired() {
      return expired;
    }

    /** Leaves the line: the thread goes back to the one it was in. */
    public void leave() {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }

    private void step(long n) {
      if (expired) {
        throw expiry.get();
      }
      long before = steps;
      steps += n;
      if ((before >>> 12) != (steps >>> 12) && (steps > POLL_AFTER || !foreground)) {
        // Only a line that has computed a while looks for Ctrl-C or a close here: a program that
        // waits (for the terminal, a timer) sees them where it waits, as before.
        poll.run();
      }
      long cap = foreground ? STEPS : DETACHED_STEPS;
      if (steps > cap || (before >>> 12) != (steps >>> 12) && cpuNow() - cpuStart > (foreground ? 1 : 4) * CPU_GUARD_NANOS) {
        expired = true;
        throw expiry.get();
      }
    }
  }

  /** Starts a command line on the calling thread ({@code foreground}: it also sees Ctrl-C); call {@link Line#leave()} after. */
  public Line enter(boolean foreground) {
    Line line = new Line(CURRENT.get(), foreground);
    CURRENT.set(line);
    return line;
  }

  /** Returns the notice printed when a command line is stopped at its step bound. */
  public static String expiredNotice() {
    return "kujira: this command line used up its CPU time (" + STEPS + " steps) and was stopped (SIGKILL)";
  }

  /** Counts a process that starts in one of the session's machines. */
  public synchronized void processStarted() {
    processes++;
  }

  /** Counts a process of the session that ended. */
  public synchronized void processEnded() {
    processes = Math.max(0, processes - 1);
  }

  /** Returns how many processes the session runs now, all its machines together. */
  public synchronized int processes() {
    return processes;
  }

  /**
   * Bounds the values the calling thread's programs build to {@code bytes} (a container's memory
   * limit, {@code docker run -m}; 0 for none) and returns the bound it replaces.
   */
  public static long boundValues(long bytes) {
    Line line = CURRENT.get();
    if (line == null) {
      return 0;
    }
    long before = line.valueBound;
    line.valueBound = bytes;
    return before;
  }

  /** Counts one step of the calling thread's line. */
  public static void tick() {
    Line line = CURRENT.get();
    if (line != null) {
      line.step(1);
    }
  }

  /** Counts {@code n} steps of the calling thread's line (work proportional to a size). */
  public static void tick(long n) {
    Line line = CURRENT.get();
    if (line != null) {
      line.step(n);
    }
  }

  /** Starts the calling thread's line's count again (see {@link Line#renew()}). */
  public static void renewHere() {
    Line line = CURRENT.get();
    if (line != null) {
      line.renew();
    }
  }

  /** Returns whether the calling thread's line has run out of its steps. */
  public static boolean expiredHere() {
    Line line = CURRENT.get();
    return line != null && line.expired;
  }

  /**
   * Takes {@code bytes} of the line's buffer memory (negative gives back), or throws {@link
   * OutOfMemory} when the line would hold more than {@link #LINE_BYTES}.
   */
  public static void hold(long bytes) {
    Line line = CURRENT.get();
    if (line == null) {
      return;
    }
    if (bytes > 0 && line.held + bytes > LINE_BYTES) {
      throw new OutOfMemory();
    }
    line.held = Math.max(0, line.held + bytes);
  }

  /**
   * Throws {@link OutOfMemory} when one value of {@code chars} characters is more than a program
   * may build: {@link #VALUE_CHARS}, or less under a container's memory limit (see {@link #boundValues}).
   */
  public static void value(long chars) {
    Line line = CURRENT.get();
    if (chars > VALUE_CHARS || chars < 0 || line != null && line.valueBound > 0 && chars > line.valueBound) {
      throw new OutOfMemory();
    }
  }

  /**
   * Says whether the session's files may grow by {@code delta} bytes (a write or copy-up), and
   * counts them if so. The running count only grows; when it would pass the bound the real
   * total is measured again, so deleted files give their room back.
   */
  public static boolean fits(long delta) {
    Line line = CURRENT.get();
    return line == null || line.owner().grow(delta);
  }

  private boolean grow(long delta) {
    if (delta <= 0 || charged + delta <= sessionBytes) {
      charged = Math.max(0, charged + delta);
      return true;
    }
    charged = measure.getAsLong();
    if (charged + delta > sessionBytes) {
      return false;
    }
    charged += delta;
    return true;
  }

  private static long cpuNow() {
    try {
      return THREADS.getCurrentThreadCpuTime();
    } catch (UnsupportedOperationException e) {
      return System.nanoTime();
    }
  }

  /**
   * Is a simulated program going past its memory: the kernel's OOM killer ends it with SIGKILL
   * (its shell prints "Killed", status 137; a container's main process exits 137 with OOMKilled),
   * see process/ProcImpl, and the session goes on.
   */
  public static final class OutOfMemory extends RuntimeException {
    /** Creates the failure (no stack trace: it is an outcome, not a bug). */
    public OutOfMemory() {
      super("out of memory", null, false, false);
    }
  }
}
