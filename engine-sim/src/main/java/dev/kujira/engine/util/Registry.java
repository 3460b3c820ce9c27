package dev.kujira.engine.util;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A daemon store's common part: objects by key in the order they were added (moby keeps each
 * kind in its own memory store with the same get/add/delete surface). Each store subclasses it
 * and adds its own lookups and its own snapshot, since what a saved copy holds differs by kind.
 *
 * @param <T> the kind of object stored
 */
public abstract class Registry<T> {
  /** The objects by key, oldest first; subclasses read it for their lookups and snapshots. */
  protected final Map<String, T> entries = new LinkedHashMap<>();

  /** Returns the object under {@code key}, or null. */
  public T get(String key) {
    return entries.get(key);
  }

  /** Adds (or replaces) {@code value} under {@code key}. */
  public void put(String key, T value) {
    entries.put(key, value);
  }

  /** Removes the object under {@code key}; returns it or null. */
  public T remove(String key) {
    return entries.remove(key);
  }

  /** Returns whether an object is stored under {@code key}. */
  public boolean containsKey(String key) {
    return entries.containsKey(key);
  }

  /** Returns how many objects there are. */
  public int size() {
    return entries.size();
  }

  /** Returns the objects, oldest first (a read-only live view). */
  public Collection<T> values() {
    return Collections.unmodifiableCollection(entries.values());
  }
}
