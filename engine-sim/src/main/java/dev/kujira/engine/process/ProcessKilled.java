package dev.kujira.engine.process;

/**
 * Unwinds a program's stack when a fatal signal ends its process; it is not an error.
 * The exit status is 128 + the signal number, as a shell reports it.
 */
public final class ProcessKilled extends RuntimeException {
  private final Signal signal;
  private final int pid;
  private final boolean outOfMemory;

  /** Creates the unwinding for {@code signal} of the whole task (a container's process tree). */
  public ProcessKilled(Signal signal) {
    this(signal, 0);
  }

  /** Creates the unwinding of the process {@code pid} only, which runs further up the calling thread. */
  public ProcessKilled(Signal signal, int pid) {
    this(signal, pid, false);
  }

  /** Creates the unwinding of {@code pid}; {@code outOfMemory}: the kernel's OOM killer sent the SIGKILL. */
  public ProcessKilled(Signal signal, int pid, boolean outOfMemory) {
    super(signal.name(), null, false, false);
    this.signal = signal;
    this.pid = pid;
    this.outOfMemory = outOfMemory;
  }

  /** Returns whether the process was killed for going past its memory (the OOM killer's SIGKILL). */
  public boolean outOfMemory() {
    return outOfMemory;
  }

  /** Returns the process that dies, or 0 for the whole task. */
  public int pid() {
    return pid;
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
