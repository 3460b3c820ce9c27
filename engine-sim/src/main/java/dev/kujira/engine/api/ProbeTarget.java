package dev.kujira.engine.api;

/**
 * Says where a probe looks from: the learner's host, or inside one container.
 *
 * @param container the container's name or id; "" for the host
 */
public record ProbeTarget(String container) {

  /** Refuses null. */
  public ProbeTarget {
    container = java.util.Objects.requireNonNull(container, "container");
  }

  /** Returns the learner's host. */
  public static ProbeTarget host() {
    return new ProbeTarget("");
  }

  /** Returns the inside of container {@code nameOrId}. */
  public static ProbeTarget container(String nameOrId) {
    if (nameOrId.isEmpty()) {
      throw new IllegalArgumentException("a container needs a name or id");
    }
    return new ProbeTarget(nameOrId);
  }

  /** Returns whether this is the host. */
  public boolean isHost() {
    return container.isEmpty();
  }
}
