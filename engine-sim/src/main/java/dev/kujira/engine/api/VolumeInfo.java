package dev.kujira.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Is one volume, typed.
 *
 * <pre>{@code
 * VolumeInfo data = engine.state().volumes().byName("dbdata").orElseThrow();
 * boolean used = data.usedBy().contains("db");
 * }</pre>
 *
 * @param name the name (64 hex for an anonymous volume)
 * @param driver local
 * @param labels its labels
 * @param options its driver options ({@code -o})
 * @param mountpoint where its data lives on the host, /var/lib/docker/volumes/NAME/_data
 * @param created epoch millis
 * @param anonymous whether made for a container without a name
 * @param usedBy the names of the containers (any state) that mount it, oldest first
 */
public record VolumeInfo(String name, String driver, Map<String, String> labels, Map<String, String> options,
    String mountpoint, long created, boolean anonymous, List<String> usedBy) {

  /** Copies the collections. */
  public VolumeInfo {
    labels = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(labels));
    options = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(options));
    usedBy = List.copyOf(usedBy);
  }
}
