package dev.kujira.engine.container;

import dev.kujira.engine.util.Registry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Holds a daemon's containers by id, in creation order (moby container/memory_store.go), and
 * resolves a user's word as moby does: full id, then exact name, then unique id prefix. It owns
 * its map: the daemon adds and removes through it, and a snapshot is a list of copies.
 */
public final class ContainerStore extends Registry<Container> {
  /** Returns the containers, newest first (docker ps order). */
  public List<Container> newestFirst() {
    List<Container> list = new ArrayList<>(entries.values());
    Collections.reverse(list);
    return list;
  }

  /** Returns the container {@code ref} names (id, name with or without "/", unique id prefix), or null. */
  public Container find(String ref) {
    if (ref.isEmpty()) {
      return null;
    }
    Container byIdHit = entries.get(ref);
    if (byIdHit != null) {
      return byIdHit;
    }
    String name = ref.startsWith("/") ? ref.substring(1) : ref;
    for (Container c : entries.values()) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    Container found = null;
    for (Container c : entries.values()) {
      if (c.id.startsWith(ref)) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  /** Returns the container named {@code name}, or null. */
  public Container byName(String name) {
    for (Container c : entries.values()) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** Returns a frozen copy of every container, in order (each container's file trees are shared structurally). */
  public List<Container> snapshot() {
    List<Container> copies = new ArrayList<>();
    entries.values().forEach(c -> copies.add(c.copy()));
    return copies;
  }

  /** Replaces the containers with copies of {@code saved}; returns the ids of those that were running. */
  public List<String> restore(List<Container> saved) {
    entries.clear();
    List<String> running = new ArrayList<>();
    for (Container c : saved) {
      Container copy = c.copy();
      entries.put(copy.id, copy);
      if (copy.isRunning()) {
        running.add(copy.id);
      }
    }
    return running;
  }
}
