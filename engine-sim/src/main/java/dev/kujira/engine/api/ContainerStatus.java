package dev.kujira.engine.api;

/**
 * Is a container's {@code .State.Status} as a value rather than a word (moby's
 * {@code container/state.go}): what a lesson compares instead of parsing {@code docker ps}.
 */
public enum ContainerStatus {
  /** Made by {@code docker create} or a failed start; never ran. */
  CREATED,
  /** Its main process runs. */
  RUNNING,
  /** Frozen by {@code docker pause}. */
  PAUSED,
  /** Waiting to be started again by its restart policy. */
  RESTARTING,
  /** Being removed. */
  REMOVING,
  /** Its main process ended. */
  EXITED,
  /** Removal failed half-way. */
  DEAD;

  /** Returns the lowercase word Docker prints ({@code running}, {@code exited}…). */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
