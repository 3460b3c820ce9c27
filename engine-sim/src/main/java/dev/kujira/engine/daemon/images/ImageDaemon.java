package dev.kujira.engine.daemon.images;

import dev.kujira.engine.daemon.network.NetworkDaemon;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.image.ImageStore;
import dev.kujira.engine.layer.Layer;
import java.util.Optional;

/**
 * Is the daemon as the images package sees it: what the network package sees (a registry is
 * reached over the simulated network), the local images with their digests and the simulated
 * Hub, the registry images are pulled from, and the layers BuildKit's cache keeps. The daemon
 * implements it, so this package never reaches up into the daemon's own classes.
 */
public interface ImageDaemon extends NetworkDaemon {
  /** Returns the local images, their pull digests and the simulated Hub's pushed repositories. */
  LocalImages local();

  /** Returns the image store (the same as {@code local().images()}). */
  default ImageStore images() {
    return local().images();
  }

  /** Returns the registry images are pulled from. */
  Registry registry();

  /** Returns whether Docker Hub is out of reach. */
  boolean offline();

  /** Returns the simulated host's file system (its /etc/resolv.conf). */
  FsTree host();

  /** Returns a local layer with {@code diffId}: from an image, or kept by BuildKit's cache. */
  Optional<Layer> localLayer(String diffId);

  /** Returns whether BuildKit's cache still holds the layer {@code diffId} (so a pull finds it "Already exists"). */
  boolean buildKitKeeps(String diffId);
}
