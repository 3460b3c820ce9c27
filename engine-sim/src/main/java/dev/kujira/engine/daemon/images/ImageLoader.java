package dev.kujira.engine.daemon.images;

import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageJson;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.image.archive.ArchiveImage;
import dev.kujira.engine.image.archive.DockerArchive;
import java.util.ArrayList;
import java.util.List;

/** Loads {@code docker save} archives into the image store (moby image/tarexport/load.go). */
public final class ImageLoader {
  private ImageLoader() {
  }

  public static List<String> load(ImageDaemon state, byte[] archive) {
    List<ArchiveImage> images;
    try {
      images = DockerArchive.read(archive);
    } catch (IllegalArgumentException e) {
      throw ImageErrors.invalidArchive(e.getMessage());
    }
    List<String> lines = new ArrayList<>();
    for (ArchiveImage a : images) {
      Image img = ImageJson.read(a.configJson(), a.layers(), "");
      state.images().add(img);
      if (a.repoTags().isEmpty()) {
        lines.add("Loaded image ID: " + img.id());
      }
      for (String tag : a.repoTags()) {
        Reference ref = Reference.parse(tag);
        String old = state.images().tag(ref, img.id(), 0);
        if (old != null && !old.equals(img.id())) {
          lines.add("The image " + ref.familiarString() + " already exists, renaming the old one with ID " + old
              + " to empty string");
        }
        lines.add("Loaded image: " + ref.familiarString());
      }
    }
    return lines;
  }
}
