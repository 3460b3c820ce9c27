package dev.kujira.engine.daemon.volume;

import dev.kujira.engine.util.Registry;

/**
 * Holds a daemon's volumes by name in creation order (moby volume/service's store). It owns the
 * map and its snapshot: a saved store holds copies whose file trees are shared structurally.
 */
public final class VolumeStore extends Registry<VolumeService.Volume> {
  /** Returns the volumes sorted by name in docker/cli's natural order (docker volume ls order). */
  public java.util.List<VolumeService.Volume> sortedByName() {
    java.util.TreeMap<String, VolumeService.Volume> sorted = new java.util.TreeMap<>(
        dev.kujira.engine.util.NaturalOrder::compare);
    sorted.putAll(entries);
    return java.util.List.copyOf(sorted.values());
  }

  /** Returns a frozen copy of the store. */
  public VolumeStore snapshot() {
    VolumeStore copy = new VolumeStore();
    entries.forEach((k, v) -> copy.entries.put(k, v.copy()));
    return copy;
  }

  /** Replaces the volumes with copies of {@code saved}'s. */
  public void restore(VolumeStore saved) {
    entries.clear();
    saved.entries.forEach((k, v) -> entries.put(k, v.copy()));
  }
}
