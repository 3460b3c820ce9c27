package dev.kujira.engine.daemon;

import dev.kujira.engine.fs.Node;
import dev.kujira.engine.layer.Layer;

/** Is BuildKit's cache as the daemon keeps it: a step's key to the files and layer it produced. */
final class BuildCache {
  private BuildCache() {
  }

  /**
   * Is one cached step.
   *
   * @param rootfs the files after the step
   * @param layer the layer it made, or null for none
   * @param createdBy the history line
   * @param imageId the classic builder's image for the step, or ""
   */
  record Entry(Node.Dir rootfs, Layer layer, String createdBy, String imageId) {

    Entry(Node.Dir rootfs, Layer layer, String createdBy) {
      this(rootfs, layer, createdBy, "");
    }
  }
}
