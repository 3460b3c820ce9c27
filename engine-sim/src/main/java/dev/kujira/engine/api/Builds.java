package dev.kujira.engine.api;

import java.util.List;
import java.util.Optional;

/**
 * Is the build records of one {@link EngineState}: immutable, read without side effects.
 */
@FunctionalInterface
public interface Builds {

  /** Returns every one, oldest first (the last build of each Dockerfile, and the build before the last). */
  List<BuildInfo> all();

  /** Returns a view of {@code list} (copied). */
  static Builds of(List<BuildInfo> list) {
    List<BuildInfo> copy = List.copyOf(list);
    return () -> copy;
  }

  /** Returns the last build, if the session built anything. */
  default Optional<BuildInfo> last() {
    List<BuildInfo> all = all();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
