package dev.kujira.tests.bench;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import dev.kujira.engine.util.InternalErrors;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs generated hostile lines ({@link FuzzLines}) through sessions and counts what must never
 * happen: internal errors, Errors escaping {@code Engine.run}, and lines that ran past the CPU
 * deadline (their thread's CPU time over twice the budget's guard). A bench run, never part of
 * {@code mvn verify}:
 *
 * <pre>{@code java -cp ... dev.kujira.tests.bench.FuzzRun 1000000 [threads] [seed]}</pre>
 *
 * <p>Each thread runs its share in fresh sessions of 200 lines (a session is what a stranger gets).
 */
public final class FuzzRun {
  /** What a run found. */
  public record Result(long lines, long internalErrors, long escaped, long pastDeadline, long maxCpuMillis, List<String> examples) {
  }

  private FuzzRun() {
  }

  /** Runs {@code lines} lines from {@code seed} on {@code threads} threads with {@code busybox} loaded. */
  public static Result run(long lines, int threads, long seed, Path busybox) throws InterruptedException {
    AtomicLong internal = new AtomicLong();
    AtomicLong escaped = new AtomicLong();
    AtomicLong late = new AtomicLong();
    AtomicLong maxCpu = new AtomicLong();
    AtomicLong done = new AtomicLong();
    List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int me = t;
      Thread w = new Thread(() -> {
        Engine engine = null;
        for (long i = me; i < lines; i += threads) {
          try {
            if (engine == null || i / threads % 200 == 0) {
              if (engine != null) {
                engine.close();
              }
              engine = Engine.create(EngineOptions.defaults().withArchive(busybox));
              engine.cd("/root");
            }
            String line = FuzzLines.line(seed, i);
            if (line.startsWith("@FILE ")) {
              int nl = line.indexOf('\n');
              int run = line.indexOf("@RUN ");
              engine.writeHostFile("/root/" + line.substring(6, nl), 0644,
                  line.substring(nl + 1, run).getBytes(StandardCharsets.UTF_8));
              line = line.substring(run + 5);
            }
            long before = InternalErrors.count();
            long cpu = mx.getCurrentThreadCpuTime();
            CommandResult r = engine.run(line);
            long used = (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            maxCpu.accumulateAndGet(used, Math::max);
            if (used > 2 * dev.kujira.engine.util.Budget.CPU_GUARD_NANOS / 1_000_000) {
              late.incrementAndGet();
              note(examples, "late " + used + " ms: " + line);
            }
            if (InternalErrors.count() != before || r.output().contains("internal error")) {
              internal.incrementAndGet();
              note(examples, "internal: " + line + " => " + first(r.output()));
            }
          } catch (Throwable e) {
            escaped.incrementAndGet();
            note(examples, "escaped " + e + ": " + FuzzLines.line(seed, i));
            engine = null;
          }
          long n = done.incrementAndGet();
          if (n % 50_000 == 0) {
            System.err.printf("%,d lines, %d internal, %d escaped, %d late%n", n, internal.get(), escaped.get(), late.get());
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
    return new Result(done.get(), internal.get(), escaped.get(), late.get(), maxCpu.get(), List.copyOf(examples));
  }

  private static void note(List<String> examples, String s) {
    if (examples.size() < 30) {
      examples.add(s.length() > 300 ? s.substring(0, 300) + "…" : s);
    }
  }

  private static String first(String output) {
    return output.lines().filter(l -> l.contains("internal error")).findFirst().orElse(output.strip());
  }

  /** Runs {@code args[0]} lines (default 1,000,000) on {@code args[1]} threads (default 1) from seed {@code args[2]}. */
  public static void main(String[] args) throws InterruptedException, IOException {
    long lines = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 18;
    long start = System.nanoTime();
    Result r = run(lines, threads, seed, Path.of(System.getProperty("kujira.busybox", "conformance/busybox-image.tar")));
    System.out.printf("fuzz: %,d lines in %.0f s on %d thread(s): %d internal errors, %d escaped Errors,"
        + " %d lines past the deadline (max CPU of a line %d ms)%n", r.lines(), (System.nanoTime() - start) / 1e9, threads,
        r.internalErrors(), r.escaped(), r.pastDeadline(), r.maxCpuMillis());
    r.examples().forEach(e -> System.out.println("  " + e));
    System.exit(0);
  }
}
