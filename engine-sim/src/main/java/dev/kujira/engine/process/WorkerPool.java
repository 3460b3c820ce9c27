package dev.kujira.engine.process;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lends threads to simulated processes while they compute, for every engine of the JVM. A
 * process gives its thread back when it ends or waits resumably ({@link Suspend}); only a wait
 * that cannot unwind (inside a pipeline stage, a command substitution, a builtin) keeps one.
 * Idle threads end after a while, so the JVM's thread count follows what runs now, not how many
 * containers exist.
 */
final class WorkerPool {
  private static final long STACK_SIZE = 1L << 20;
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final AtomicInteger BUSY = new AtomicInteger();
  private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS,
      new SynchronousQueue<>(), r -> {
        Thread t = new Thread(null, r, "kujira-proc-" + NAMES.incrementAndGet(), STACK_SIZE);
        t.setDaemon(true);
        return t;
      });

  private WorkerPool() {
  }

  /** Runs {@code work} on an idle pooled thread, or a new one. */
  static void execute(Runnable work) {
    POOL.execute(() -> {
      BUSY.incrementAndGet();
      try {
        work.run();
      } finally {
        BUSY.decrementAndGet();
      }
    });
  }

  /** Returns how many pooled threads run or hold a process now. */
  static int busy() {
    return BUSY.get();
  }

  /** Returns how many pooled threads exist (busy or idle). */
  static int size() {
    return POOL.getPoolSize();
  }
}
