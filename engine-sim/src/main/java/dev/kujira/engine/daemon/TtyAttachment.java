package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.api.TtySession;
import dev.kujira.engine.process.Scheduler;
import dev.kujira.engine.process.Tty;
import java.util.function.IntSupplier;

/**
 * Implements {@link TtySession} over a {@link Tty} and the task of the process behind it. Time
 * passes as the engine's clock mode says: in real time the clock follows the client's waiting;
 * in fast time it stands still while the process waits for a key and runs ahead (a thousandfold)
 * while it sleeps or works.
 */
public final class TtyAttachment implements TtySession {
  private static final long FAST_FACTOR = 1000;
  private final DaemonState state;
  private final Tty tty;
  private final Scheduler.Task task;
  private final IntSupplier exitCode;
  private final Runnable detach;

  public TtyAttachment(DaemonState state, Tty tty, Scheduler.Task task, IntSupplier exitCode, Runnable detach) {
    this.state = state;
    this.tty = tty;
    this.task = task;
    this.exitCode = exitCode;
    this.detach = detach;
  }

  /**
   * Returns the attachment to container {@code c}'s main process; one that has already ended
   * (a {@code docker run -it busybox echo hi}) gives an attachment that has ended too.
   */
  public static TtyAttachment of(DaemonState state, Container c, java.io.PrintStream client) {
    return new TtyAttachment(state, c.terminal, c.task, () -> c.exitCode, () -> c.terminalOut.attach(null));
  }

  @Override
  public void key(int b) {
    if (!ended() && tty != null) {
      tty.key(b);
    }
  }

  @Override
  public void hangUp() {
    if (!ended() && tty != null) {
      tty.hangUp();
    }
  }

  @Override
  public boolean ended() {
    return task == null || tty == null || task.done();
  }

  @Override
  public int exitCode() {
    return exitCode.getAsInt();
  }

  @Override
  public void elapse(long realMillis) {
    Scheduler s = state.scheduler();
    long now = state.clock().now();
    // The client's waiting already took real time: no pacing on top of it.
    if (state.realTime()) {
      s.unpaced(() -> s.advanceTo(now + realMillis));
    } else if (!ended() && !tty.waitingForInput()) {
      s.unpaced(() -> s.runUntil(() -> ended() || tty.waitingForInput(), now + realMillis * FAST_FACTOR));
    }
  }

  @Override
  public void resize(int columns) {
    if (tty != null) {
      tty.resize(columns);
    }
  }

  @Override
  public void redraw() {
    if (tty != null) {
      tty.redraw();
    }
  }

  @Override
  public void detach() {
    detach.run();
  }
}
