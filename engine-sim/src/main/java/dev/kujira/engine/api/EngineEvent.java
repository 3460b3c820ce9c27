package dev.kujira.engine.api;

import java.util.Map;

/**
 * Is one event of {@code docker events}: an object of some type had an action.
 *
 * @param time epoch millis
 * @param type container, image, volume, network
 * @param action create, start, die, destroy, pull, tag, untag, delete…
 * @param id the object's id
 * @param attributes extra facts (name, image, exitCode)
 */
public record EngineEvent(long time, String type, String action, String id, Map<String, String> attributes) {

  /** Copies the attributes. */
  public EngineEvent {
    attributes = Map.copyOf(attributes);
  }
}
