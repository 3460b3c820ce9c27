package dev.kujira.engine.process;

/**
 * Unwinds a program's stack when a fatal signal ends its process; it is not an error.
 * The exit status is 128 + the signal number, as a shell reports it.
 */
public final class ProcessKilled extends RuntimeException {
  private final Signal signal;

  /** Creates the unwinding for {@code signal}. */
  public ProcessKilled(Signal signal) {
    super(signal.name(), null, false, false);
    this.signal = signal;
  }

  /** Returns the signal that ended the process. */
  public Signal signal() {
    return signal;
  }

  /** Returns 128 plus the signal number. */
  public int exitStatus() {
    return 128 + signal.number();
  }
}
