package dev.kujira.engine.api;

import java.util.List;

/**
 * Is the daemon's answer to a container create: the new id and its warnings (the CLI prints
 * each as {@code WARNING: …} on stderr).
 *
 * @param id the full container id
 * @param warnings the daemon's warnings, such as published ports discarded in host mode
 */
public record ContainerCreateResponse(String id, List<String> warnings) {

  /** Copies the list. */
  public ContainerCreateResponse {
    warnings = List.copyOf(warnings);
  }
}
