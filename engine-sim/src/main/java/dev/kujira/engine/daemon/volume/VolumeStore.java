package dev.kujira.engine.daemon.volume;

import dev.kujira.engine.util.Registry;

/**
 * Holds a daemon's volumes by name in creation order (moby volume/service's store). It owns the
 * map and its snapshot: a saved store holds copies whose file trees are shared structurally.
 */
public final class VolumeStore extends Registry<VolumeService.Volume> {
  /** Returns the volumes sorted by name (docker volume ls order). */
  public java.util.List<VolumeService.Volume> sortedByName() {
    return java.util.List.copyOf(new java.util.TreeMap<>(entries).values());
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
