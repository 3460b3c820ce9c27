package dev.kujira.lessons.state;

import java.util.Map;

/**
 * Is what a goal can know about one volume.
 *
 * @param name the name
 * @param driver the driver
 * @param labels the labels
 */
public record VolumeFacts(String name, String driver, Map<String, String> labels) {
  /** Copies the map. */
  public VolumeFacts {
    labels = Map.copyOf(labels);
  }
}
