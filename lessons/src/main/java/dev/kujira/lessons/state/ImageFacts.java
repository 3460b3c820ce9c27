package dev.kujira.lessons.state;

import java.util.List;
import java.util.Map;

/**
 * Is what a goal can know about one image, read from its inspect document.
 *
 * @param id the image id
 * @param tags the references (repo:tag) pointing at it
 * @param layers the number of layers of its root file system
 * @param config the config fields (Cmd, Entrypoint, Env, ExposedPorts, User, WorkingDir, Labels,
 *     Healthcheck) as strings, lists and maps
 */
public record ImageFacts(String id, List<String> tags, int layers, Map<String, Object> config) {
  /** Copies the collections. */
  public ImageFacts {
    tags = List.copyOf(tags);
    config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
  }

  /** Returns whether no reference points at it. */
  public boolean dangling() {
    return tags.isEmpty();
  }
}
