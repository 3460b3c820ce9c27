package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.container.ContainerStatus;

/**
 * Writes the human status docker ps shows ("Up 3 seconds (Paused)", "Exited (0) 2 seconds ago"),
 * worded as moby's container/state.go {@code State.String} with go-units' HumanDuration.
 */
public final class StatusText {
  private StatusText() {
  }

  public static String of(Container c, long now) {
    switch (c.status) {
      case RUNNING:
        return "Up " + humanDuration(now - c.startedAt) + HealthMonitor.suffix(c);
      case PAUSED:
        return "Up " + humanDuration(now - c.startedAt) + " (Paused)";
      case RESTARTING:
        return "Restarting (" + c.exitCode + ") " + humanDuration(now - c.finishedAt) + " ago";
      case REMOVING:
        return "Removal In Progress";
      case DEAD:
        return "Dead";
      case EXITED:
        return "Exited (" + c.exitCode + ") " + humanDuration(now - c.finishedAt) + " ago";
      default:
        return "Created";
    }
  }

  /** Returns the state word; a restarting container whose process runs is "running". */
  public static String word(Container c) {
    return c.status.word();
  }

  public static String humanDuration(long millis) {
    return dev.kujira.engine.format.Units.humanDuration(millis);
  }

  public static boolean isStopped(Container c) {
    return c.status == ContainerStatus.EXITED || c.status == ContainerStatus.CREATED || c.status == ContainerStatus.DEAD;
  }
}
