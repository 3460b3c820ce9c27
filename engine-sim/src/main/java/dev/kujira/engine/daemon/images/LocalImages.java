package dev.kujira.engine.daemon.images;

import dev.kujira.engine.image.ImageStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds what a daemon knows of images: the image store, the "repo@sha256:…" digests each image
 * was pulled or pushed by, and what the learner pushed to the simulated Docker Hub. It owns that
 * data and its snapshot ({@link #snapshot()} copies, {@link #restore} copies back).
 */
public final class LocalImages {
  private ImageStore images = new ImageStore();
  private final Map<String, List<String>> repoDigests = new LinkedHashMap<>();
  private HubRepositories hub = new HubRepositories();

  /** Returns the image store. */
  public ImageStore images() {
    return images;
  }

  /** Returns what the learner pushed to the simulated Docker Hub. */
  public HubRepositories hub() {
    return hub;
  }

  /** Returns a copy of the digests image {@code imageId} was pulled or pushed by. */
  public List<String> repoDigests(String imageId) {
    return List.copyOf(repoDigests.getOrDefault(imageId, List.of()));
  }

  /** Returns the live digests of {@code imageId}, or an empty list without any. */
  List<String> digests(String imageId) {
    return repoDigests.getOrDefault(imageId, List.of());
  }

  /** Returns the live digest list of {@code imageId}, made on first use (a pull or push adds to it). */
  List<String> digestsToAdd(String imageId) {
    return repoDigests.computeIfAbsent(imageId, k -> new ArrayList<>());
  }

  /** Returns the live digest list of {@code imageId}, or null. */
  List<String> digestsOrNull(String imageId) {
    return repoDigests.get(imageId);
  }

  /** Forgets every digest of {@code imageId}. */
  void forgetDigests(String imageId) {
    repoDigests.remove(imageId);
  }

  /** Returns a frozen copy. */
  public LocalImages snapshot() {
    LocalImages copy = new LocalImages();
    copy.images = images.copy();
    repoDigests.forEach((k, v) -> copy.repoDigests.put(k, new ArrayList<>(v)));
    copy.hub = hub.copy();
    return copy;
  }

  /** Puts back copies of {@code saved}'s data. */
  public void restore(LocalImages saved) {
    images = saved.images.copy();
    repoDigests.clear();
    saved.repoDigests.forEach((k, v) -> repoDigests.put(k, new ArrayList<>(v)));
    hub = saved.hub.copy();
  }
}
