package dev.kujira.engine.util;

/**
 * Is an engine's clock: virtual milliseconds since the epoch that move only when told to, so the
 * same commands always print the same times. The REPL may let real time drive it.
 */
public final class VirtualClock {
  /** 2026-12-01T09:00:00Z: a fixed, plausible start for every new session. */
  public static final long DEFAULT_START = 1_796_115_600_000L;

  private long now;

  /** Creates a clock reading {@code startMillis}. */
  public VirtualClock(long startMillis) {
    this.now = startMillis;
  }

  /** Returns the current virtual time in epoch milliseconds. */
  public long now() {
    return now;
  }

  /** Moves the clock to {@code millis}; time never goes backwards. */
  public void set(long millis) {
    if (millis > now) {
      now = millis;
    }
  }

  /** Sets the clock to {@code millis}, even backwards: only restoring a snapshot may do this. */
  public void restore(long millis) {
    now = millis;
  }

  /** Moves the clock forward by {@code millis}. */
  public void advance(long millis) {
    set(now + Math.max(0, millis));
  }

  /** Returns the real wall-clock time; only the REPL's real-time mode may use it. */
  public static long wallClock() {
    return System.currentTimeMillis();
  }
}
