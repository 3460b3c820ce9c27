package dev.kujira.engine.api;

import java.util.List;

/**
 * Is an immutable picture of an engine's state at one moment, for lessons' goals and pictures.
 *
 * @param time the virtual time, epoch millis
 * @param containers every container, newest first
 * @param images every image, newest first
 * @param volumes every volume's inspect document
 * @param cwd the host shell's working directory
 */
public record EngineSnapshot(long time, List<ContainerSummary> containers, List<ImageSummary> images,
    List<ApiObject> volumes, String cwd) {

  /** Copies the lists. */
  public EngineSnapshot {
    containers = List.copyOf(containers);
    images = List.copyOf(images);
    volumes = List.copyOf(volumes);
  }

  /** Returns the container named {@code name} (without "/"), if any. */
  public java.util.Optional<ContainerSummary> container(String name) {
    return containers.stream().filter(c -> c.names().contains("/" + name)).findFirst();
  }
}
