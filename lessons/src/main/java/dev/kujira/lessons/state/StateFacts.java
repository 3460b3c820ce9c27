package dev.kujira.lessons.state;

import java.util.List;
import java.util.Optional;

/**
 * Is an immutable picture of an engine's state as goals and detectors read it.
 *
 * @param containers every container, newest first
 * @param images every image
 * @param networks every network
 * @param volumes every volume
 */
public record StateFacts(List<ContainerFacts> containers, List<ImageFacts> images, List<NetworkFacts> networks,
    List<VolumeFacts> volumes) {

  /** Copies the lists. */
  public StateFacts {
    containers = List.copyOf(containers);
    images = List.copyOf(images);
    networks = List.copyOf(networks);
    volumes = List.copyOf(volumes);
  }

  /** Returns the container called {@code ref} by name, full id or id prefix. */
  public Optional<ContainerFacts> container(String ref) {
    return containers.stream().filter(c -> c.name().equals(ref)).findFirst()
        .or(() -> containers.stream().filter(c -> ref.length() >= 1 && c.id().startsWith(ref)).findFirst());
  }

  /** Returns the image that reference {@code ref} names ({@code :latest} when no tag is given). */
  public Optional<ImageFacts> image(String ref) {
    String full = normalise(ref);
    return images.stream().filter(i -> i.tags().contains(full) || i.id().equals(ref)
        || i.id().startsWith("sha256:" + ref)).findFirst();
  }

  /** Returns the network called {@code name}. */
  public Optional<NetworkFacts> network(String name) {
    return networks.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  /** Returns the volume called {@code name}. */
  public Optional<VolumeFacts> volume(String name) {
    return volumes.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** Returns {@code ref} with {@code :latest} added when it names no tag or digest. */
  public static String normalise(String ref) {
    int slash = ref.lastIndexOf('/');
    String last = ref.substring(slash + 1);
    return last.contains(":") || last.contains("@") ? ref : ref + ":latest";
  }
}
