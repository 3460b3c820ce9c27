package dev.kujira.engine.api;

import java.util.List;
import java.util.Optional;

/**
 * Is the local images of one {@link EngineState}: immutable, read without side effects.
 */
@FunctionalInterface
public interface Images {

  /** Returns every one, oldest first. */
  List<ImageInfo> all();

  /** Returns a view of {@code list} (copied). */
  static Images of(List<ImageInfo> list) {
    List<ImageInfo> copy = List.copyOf(list);
    return () -> copy;
  }

  /** Returns the image tagged {@code reference} ("nginx" means "nginx:latest"), if any. */
  default Optional<ImageInfo> byReference(String reference) {
    String r = reference.contains(":") && reference.lastIndexOf(":") > reference.lastIndexOf("/") ? reference
        : reference + ":latest";
    return all().stream().filter(i -> i.references().contains(r)).findFirst();
  }

  /** Returns the image whose id (with or without "sha256:") is or starts with {@code id}, if any. */
  default Optional<ImageInfo> byId(String id) {
    String hex = id.startsWith("sha256:") ? id.substring(7) : id;
    return hex.isEmpty() ? Optional.empty()
        : all().stream().filter(i -> i.id().substring(7).startsWith(hex)).findFirst();
  }

  /** Returns the dangling images. */
  default List<ImageInfo> dangling() {
    return all().stream().filter(ImageInfo::dangling).toList();
  }
}
