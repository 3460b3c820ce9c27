package dev.kujira.engine.container;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Is Docker's container state machine (moby {@code container/state.go}) as an explicit table.
 * The word is what {@code .State.Status} and {@code ps --format '{{.State}}'} print.
 */
public enum ContainerStatus {
  CREATED("created"),
  RUNNING("running"),
  PAUSED("paused"),
  RESTARTING("restarting"),
  REMOVING("removing"),
  EXITED("exited"),
  DEAD("dead");

  private static final Map<ContainerStatus, Set<ContainerStatus>> ALLOWED = Map.of(
      CREATED, EnumSet.of(RUNNING, REMOVING, CREATED),
      RUNNING, EnumSet.of(PAUSED, EXITED, RESTARTING, REMOVING),
      PAUSED, EnumSet.of(RUNNING, EXITED, REMOVING),
      RESTARTING, EnumSet.of(RUNNING, EXITED, REMOVING),
      REMOVING, EnumSet.of(DEAD, EXITED, CREATED),
      EXITED, EnumSet.of(RUNNING, RESTARTING, REMOVING),
      DEAD, EnumSet.of(REMOVING));

  private final String word;

  ContainerStatus(String word) {
    this.word = word;
  }

  /** Returns the lowercase word Docker prints. */
  public String word() {
    return word;
  }

  /** Returns whether the table allows moving from this state to {@code next}. */
  public boolean canMoveTo(ContainerStatus next) {
    return ALLOWED.get(this).contains(next);
  }

  /** Returns the state named by {@code word}, for {@code --filter status=}. */
  public static ContainerStatus fromWord(String word) {
    for (ContainerStatus s : values()) {
      if (s.word.equals(word)) {
        return s;
      }
    }
    return null;
  }
}
