package dev.kujira.engine.api;

import java.util.List;
import java.util.Optional;

/**
 * Is the volumes of one {@link EngineState}: immutable, read without side effects.
 */
@FunctionalInterface
public interface Volumes {

  /** Returns every one, oldest first. */
  List<VolumeInfo> all();

  /** Returns a view of {@code list} (copied). */
  static Volumes of(List<VolumeInfo> list) {
    List<VolumeInfo> copy = List.copyOf(list);
    return () -> copy;
  }

  /** Returns the volume named {@code name}, if any. */
  default Optional<VolumeInfo> byName(String name) {
    return all().stream().filter(v -> v.name().equals(name)).findFirst();
  }
}
