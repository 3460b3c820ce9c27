package dev.kujira.engine.api;

import java.util.List;

/**
 * Is one image in the image list.
 *
 * @param id the image id ("sha256:…")
 * @param repoTags the tags ("busybox:latest"), empty for a dangling image
 * @param created epoch millis
 * @param size bytes
 * @param sharedSize bytes shared with other images
 * @param containers how many containers use it
 * @param repoDigests the digest references ("busybox@sha256:…") of pulled or pushed images
 */
public record ImageSummary(String id, List<String> repoTags, long created, long size, long sharedSize, int containers,
    List<String> repoDigests) {

  /** Copies the lists. */
  public ImageSummary {
    repoTags = List.copyOf(repoTags);
    repoDigests = List.copyOf(repoDigests);
  }

  /** Creates a summary without digest references. */
  public ImageSummary(String id, List<String> repoTags, long created, long size, long sharedSize, int containers) {
    this(id, repoTags, created, size, sharedSize, containers, List.of());
  }
}
