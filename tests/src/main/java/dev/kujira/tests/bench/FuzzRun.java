package dev.kujira.tests.bench;

import dev.kujira.engine.Checkpoint;
import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import dev.kujira.engine.util.Budget;
import dev.kujira.engine.util.InternalErrors;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs generated hostile lines ({@link FuzzLines}) through sessions and counts what must never
 * happen: internal errors, Errors escaping {@code Engine.run}, and lines that ran past the CPU
 * deadline (their thread's CPU time over twice the budget's guard). A bench run, never part of
 * {@code mvn verify}:
 *
 * <pre>{@code java -cp ... dev.kujira.tests.bench.FuzzRun 1000000 [threads] [seed]}</pre>
 *
 * <p>Each thread runs its share in sessions of {@link #SESSION_LINES} lines (a session is what a
 * stranger gets), each forked from one prepared start (busybox loaded, in {@code /root}) as the
 * web forks a lesson's start state, so a session costs a fork, not a load of the image archive.
 * Progress and every finding go to stderr as they happen, so a long run can be watched.
 */
public final class FuzzRun {
  /** Lines one session runs before it is closed and a fresh one forked. */
  public static final int SESSION_LINES = 200;

  /** What a run found; {@code causes} counts internal errors by their exception's text. */
  public record Result(long lines, long internalErrors, long escaped, long pastDeadline, long maxCpuMillis,
      long cpuMillis, long stopped, List<String> examples, Map<String, Long> causes) {
  }

  private FuzzRun() {
  }

  /** Runs {@code lines} lines from {@code seed} on {@code threads} threads with {@code busybox} loaded. */
  public static Result run(long lines, int threads, long seed, Path busybox) throws InterruptedException {
    return run(0, lines, threads, seed, busybox);
  }

  /**
   * Runs the lines {@code from} to {@code from + lines} of the stream of {@code seed} (a long run
   * in parts, or again over the part where a fix was made).
   */
  public static Result run(long from, long lines, int threads, long seed, Path busybox) throws InterruptedException {
    Checkpoint start;
    try (Engine setup = Engine.create(EngineOptions.defaults().withArchive(busybox))) {
      setup.cd("/root");
      start = setup.checkpoint();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    AtomicLong internal = new AtomicLong();
    AtomicLong escaped = new AtomicLong();
    AtomicLong late = new AtomicLong();
    AtomicLong maxCpu = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicLong cpuTotal = new AtomicLong();
    AtomicLong stopped = new AtomicLong();
    long reportedBefore = InternalErrors.count();
    List<String> examples = Collections.synchronizedList(new ArrayList<>());
    Map<String, Long> causes = Collections.synchronizedMap(new TreeMap<>());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long began = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int me = t;
      Thread w = new Thread(() -> {
        Engine engine = null;
        long ran = 0;
        for (long i = from + me; i < from + lines; i += threads) {
          try {
            if (engine == null || ran++ % SESSION_LINES == 0) {
              if (engine != null) {
                engine.close();
              }
              engine = Engine.fork(start);
            }
            String line = FuzzLines.line(seed, i);
            if (line.startsWith("@FILE ")) {
              int nl = line.indexOf('\n');
              int run = line.indexOf("@RUN ");
              engine.writeHostFile("/root/" + line.substring(6, nl), 0644,
                  line.substring(nl + 1, run).getBytes(StandardCharsets.UTF_8));
              line = line.substring(run + 5);
            }
            long cpu = mx.getCurrentThreadCpuTime();
            CommandResult r = engine.run(line);
            long usedNanos = mx.getCurrentThreadCpuTime() - cpu;
            cpuTotal.addAndGet(usedNanos);
            long used = usedNanos / 1_000_000;
            if (r.output().contains(Budget.expiredNotice())) {
              stopped.incrementAndGet();
            }
            maxCpu.accumulateAndGet(used, Math::max);
            if (used > 2 * Budget.CPU_GUARD_NANOS / 1_000_000) {
              late.incrementAndGet();
              note(examples, "late " + used + " ms (line " + i + "): " + line);
            }
            if (r.output().contains("kujira: internal error")) {
              internal.incrementAndGet();
              String cause = first(r.output()).replaceFirst(".*internal error: ", "");
              causes.merge(cause.length() > 160 ? cause.substring(0, 160) : cause, 1L, Long::sum);
              note(examples, "internal (line " + i + "): " + line + " => " + first(r.output()));
            }
          } catch (Throwable e) {
            escaped.incrementAndGet();
            note(examples, "escaped " + e + " (line " + i + "): " + FuzzLines.line(seed, i));
            engine = null;
          }
          long n = done.incrementAndGet();
          if (n % 10_000 == 0) {
            double s = (System.nanoTime() - began) / 1e9;
            System.err.printf("%,d lines in %.0f s (%.0f lines/s, %.2f CPU ms a line), %d internal, %d escaped, %d late,"
                + " %d stopped at the step budget%n", n, s, n / s, cpuTotal.get() / 1e6 / n, internal.get(), escaped.get(),
                late.get(), stopped.get());
          }
        }
        if (engine != null) {
          engine.close();
        }
      }, "fuzz-" + t);
      w.start();
      workers.add(w);
    }
    for (Thread w : workers) {
      w.join();
    }
    // Internal errors no line printed (a detached container's process, the scheduler) count too.
    long unprinted = Math.max(0, InternalErrors.count() - reportedBefore - internal.get());
    if (unprinted > 0) {
      causes.merge("reported without a line (detached process or scheduler)", unprinted, Long::sum);
    }
    return new Result(done.get(), internal.get() + unprinted, escaped.get(), late.get(), maxCpu.get(),
        cpuTotal.get() / 1_000_000, stopped.get(), List.copyOf(examples), Map.copyOf(causes));
  }

  private static void note(List<String> examples, String s) {
    String shown = s.length() > 300 ? s.substring(0, 300) + "…" : s;
    System.err.println("fuzz: " + shown.replace('\n', '⏎'));
    if (examples.size() < 30) {
      examples.add(shown);
    }
  }

  private static String first(String output) {
    return output.lines().filter(l -> l.contains("internal error")).findFirst().orElse(output.strip());
  }

  /**
   * Runs {@code args[0]} lines (default 1,000,000) on {@code args[1]} threads (default: one per
   * processor) from seed {@code args[2]} (default 18), starting at line {@code args[3]} (default 0).
   */
  public static void main(String[] args) throws InterruptedException {
    long lines = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 18;
    long from = args.length > 3 ? Long.parseLong(args[3]) : 0;
    long start = System.nanoTime();
    Result r = run(from, lines, threads, seed, Path.of(System.getProperty("kujira.busybox", "conformance/busybox-image.tar")));
    System.out.printf("fuzz: %,d lines (seed %d, from line %d) in %.0f s on %d thread(s): %d internal errors, %d escaped Errors,"
        + " %d lines past the deadline (max CPU of a line %d ms); %.2f CPU ms a line; %d lines stopped at the step budget"
        + " (%,d steps)%n", r.lines(), seed, from, (System.nanoTime() - start) / 1e9, threads, r.internalErrors(), r.escaped(),
        r.pastDeadline(), r.maxCpuMillis(), (double) r.cpuMillis() / Math.max(1, r.lines()), r.stopped(), Budget.STEPS);
    r.causes().forEach((cause, n) -> System.out.printf("  %6d  %s%n", n, cause));
    r.examples().forEach(e -> System.out.println("  " + e.replace('\n', '⏎')));
    System.exit(0);
  }
}
