package dev.kujira.engine.api;

import java.util.List;
import java.util.Optional;

/**
 * Is the compose projects of one {@link EngineState}: immutable, read without side effects.
 */
@FunctionalInterface
public interface ComposeProjects {

  /** Returns every one, by name. */
  List<ComposeProjectInfo> all();

  /** Returns a view of {@code list} (copied). */
  static ComposeProjects of(List<ComposeProjectInfo> list) {
    List<ComposeProjectInfo> copy = List.copyOf(list);
    return () -> copy;
  }

  /** Returns the project named {@code name}, if any. */
  default Optional<ComposeProjectInfo> byName(String name) {
    return all().stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
