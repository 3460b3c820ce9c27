package dev.kujira.engine.image.archive;

import dev.kujira.engine.layer.Layer;
import java.util.List;

/**
 * Is one image read from a {@code docker save} archive.
 *
 * @param configJson the config JSON exactly as stored (its sha256 is the image id)
 * @param repoTags the tags the archive names ("busybox:latest")
 * @param layers the layers, bottom first
 */
public record ArchiveImage(String configJson, List<String> repoTags, List<Layer> layers) {

  /** Copies the lists. */
  public ArchiveImage {
    repoTags = List.copyOf(repoTags);
    layers = List.copyOf(layers);
  }
}
