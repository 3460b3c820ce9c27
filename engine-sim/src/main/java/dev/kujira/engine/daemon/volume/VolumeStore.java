package dev.kujira.engine.daemon.volume;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Holds a daemon's volumes by name in creation order (moby volume/service's store). It owns the
 * map and its snapshot: a saved store holds copies whose file trees are shared structurally.
 */
public final class VolumeStore {
  private final Map<String, VolumeService.Volume> byName = new LinkedHashMap<>();

  /** Returns the volume named {@code name}, or null. */
  public VolumeService.Volume get(String name) {
    return byName.get(name);
  }

  /** Adds (or replaces) {@code v} under {@code name}. */
  public void put(String name, VolumeService.Volume v) {
    byName.put(name, v);
  }

  /** Removes the volume named {@code name}; returns it or null. */
  public VolumeService.Volume remove(String name) {
    return byName.remove(name);
  }

  /** Returns whether a volume is named {@code name}. */
  public boolean containsKey(String name) {
    return byName.containsKey(name);
  }

  /** Returns how many volumes there are. */
  public int size() {
    return byName.size();
  }

  /** Returns the volumes in creation order (a read-only live view). */
  public Collection<VolumeService.Volume> values() {
    return Collections.unmodifiableCollection(byName.values());
  }

  /** Returns the volumes sorted by name (docker volume ls order). */
  public java.util.List<VolumeService.Volume> sortedByName() {
    return java.util.List.copyOf(new java.util.TreeMap<>(byName).values());
  }

  /** Returns a frozen copy of the store. */
  public VolumeStore snapshot() {
    VolumeStore copy = new VolumeStore();
    byName.forEach((k, v) -> copy.byName.put(k, v.copy()));
    return copy;
  }

  /** Replaces the volumes with copies of {@code saved}'s. */
  public void restore(VolumeStore saved) {
    byName.clear();
    saved.byName.forEach((k, v) -> byName.put(k, v.copy()));
  }
}
