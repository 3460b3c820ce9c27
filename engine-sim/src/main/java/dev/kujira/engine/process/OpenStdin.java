package dev.kujira.engine.process;

import java.io.InputStream;

/**
 * Is the standard input of a container created with {@code -i} (OpenStdin) and started without a
 * client attached: containerd keeps the pipe open and nobody writes to it, so a read waits for
 * ever and never sees an end of input. {@code docker run -di busybox sh} therefore stays Up on
 * Docker 26.1 (recorded by tests/tools/difftest, conformance d03), where an empty input would
 * end the shell at once.
 */
public final class OpenStdin extends InputStream {
  private static final long IDLE_MILLIS = 3_600_000L;
  private final Scheduler scheduler;

  /** Creates the input of a container whose processes run on {@code scheduler}. */
  public OpenStdin(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** Returns whether {@code in} is such an input: a reader of it waits until it is killed. */
  public static boolean is(InputStream in) {
    return in instanceof OpenStdin;
  }

  @Override
  public int read() {
    block();
    return -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    block();
    return -1;
  }

  @Override
  public int available() {
    return 0;
  }

  /** Waits until the process is killed (its sleep throws); on the driver's own thread nothing can wait. */
  private void block() {
    if (scheduler.currentTask() == null) {
      return;
    }
    while (true) {
      scheduler.sleepInterruptibly(IDLE_MILLIS);
    }
  }
}
