package dev.kujira.engine.image.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the RUN steps of an image's Dockerfile as its history records them ("RUN /bin/sh -c ...
 * # buildkit"), one per line of a resource next to this class. The resources were made from the
 * Dockerfiles at the catalogue's snapshot by BuildKit's parser rules (moby/buildkit
 * frontend/dockerfile/parser): a line continuation drops the backslash and keeps the next line's
 * leading blanks and tabs, comment lines inside it are dropped, so `docker history --no-trunc`
 * shows the text the Hub's image does.
 */
final class RunLines {
  private RunLines() {
  }

  /** Returns the RUN history lines of resource {@code name}, in Dockerfile order. */
  static List<String> read(String name) {
    try (InputStream in = RunLines.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing catalogue resource " + name);
      }
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
