package dev.kujira.engine.daemon.images;

import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import java.util.Optional;

/** Is the registry the daemon pulls from: the simulated Docker Hub. */
public interface Registry {

  /** Returns the image a reference names, with its manifest digest, if the registry has it. */
  Optional<Pulled> fetch(Reference ref);

  /** Returns whether the repository exists at all (a wrong tag reads "manifest unknown"). */
  boolean hasRepository(Reference ref);

  /**
   * Is a pulled image.
   *
   * @param image the image
   * @param digest the manifest digest ("sha256:…")
   */
  record Pulled(Image image, String digest) {
  }

  /** A registry with no repositories. */
  Registry EMPTY = new Registry() {
    @Override
    public Optional<Pulled> fetch(Reference ref) {
      return Optional.empty();
    }

    @Override
    public boolean hasRepository(Reference ref) {
      return false;
    }
  };
}
