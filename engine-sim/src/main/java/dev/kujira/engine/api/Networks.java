package dev.kujira.engine.api;

import java.util.List;
import java.util.Optional;

/**
 * Is the networks of one {@link EngineState}: immutable, read without side effects.
 */
@FunctionalInterface
public interface Networks {

  /** Returns every one, oldest first (bridge, host, none, then the created ones). */
  List<NetworkInfo> all();

  /** Returns a view of {@code list} (copied). */
  static Networks of(List<NetworkInfo> list) {
    List<NetworkInfo> copy = List.copyOf(list);
    return () -> copy;
  }

  /** Returns the network named {@code name}, if any. */
  default Optional<NetworkInfo> byName(String name) {
    return all().stream().filter(n -> n.name().equals(name)).findFirst();
  }
}
