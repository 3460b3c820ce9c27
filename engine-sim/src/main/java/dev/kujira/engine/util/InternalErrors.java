package dev.kujira.engine.util;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the simulator's own bugs (an exception no simulated program should throw) across the
 * JVM, so that benchmarks and the web's health page can report them; with the system property
 * {@code kujira.trace=1} each one's stack trace goes to the JVM's stderr for us, never to the learner.
 */
public final class InternalErrors {
  private static final AtomicLong COUNT = new AtomicLong();
  private static volatile Throwable last;

  private InternalErrors() {
  }

  /** Records {@code bug} and returns the line a learner sees in its place. */
  public static String report(Throwable bug) {
    COUNT.incrementAndGet();
    last = bug;
    if (Boolean.getBoolean("kujira.trace") || "1".equals(System.getProperty("kujira.trace"))) {
      bug.printStackTrace();
    }
    return "kujira: internal error: " + bug;
  }

  /** Returns how many internal errors this JVM has seen. */
  public static long count() {
    return COUNT.get();
  }

  /** Returns the latest internal error, or null. */
  public static Throwable last() {
    return last;
  }
}
