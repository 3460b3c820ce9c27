package dev.kujira.engine.daemon;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorKind;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Pulls images from the simulated Docker Hub, printing what a non-terminal {@code docker pull}
 * prints: "Pulling from", one line per layer state, the digest and the status.
 */
final class ImagePuller {
  private final DaemonState state;

  ImagePuller(DaemonState state) {
    this.state = state;
  }

  void pull(String name, PrintStream out) {
    Reference ref;
    try {
      ref = Reference.parse(name);
    } catch (Reference.InvalidReference e) {
      throw new EngineException(ErrorKind.INVALID_PARAMETER, e.getMessage());
    }
    Optional<Registry.Pulled> pulled = state.registry().fetch(ref);
    if (pulled.isEmpty()) {
      if (state.registry().hasRepository(ref)) {
        throw new EngineException(ErrorKind.NOT_FOUND, "manifest for " + ref.familiarString()
            + " not found: manifest unknown: manifest unknown");
      }
      throw new EngineException(ErrorKind.NOT_FOUND, "pull access denied for " + ref.familiarName()
          + ", repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
    }
    Registry.Pulled p = pulled.get();
    Image img = p.image();
    out.println(ref.tag() + ": Pulling from " + ref.path());
    boolean present = state.images().byId(img.id()).isPresent();
    if (!present) {
      java.util.Set<String> have = new java.util.HashSet<>();
      state.images().images().forEach(i -> have.addAll(i.chainIds()));
      java.util.List<String> chains = img.chainIds();
      for (int i = 0; i < chains.size(); i++) {
        String shortId = img.layers().get(i).diffId().substring(7, 19);
        if (have.contains(chains.get(i))) {
          out.println(shortId + ": Already exists");
          continue;
        }
        out.println(shortId + ": Pulling fs layer");
      }
      for (int i = 0; i < chains.size(); i++) {
        if (!have.contains(chains.get(i))) {
          String shortId = img.layers().get(i).diffId().substring(7, 19);
          out.println(shortId + ": Verifying Checksum");
          out.println(shortId + ": Download complete");
        }
      }
      for (int i = 0; i < chains.size(); i++) {
        if (!have.contains(chains.get(i))) {
          out.println(img.layers().get(i).diffId().substring(7, 19) + ": Pull complete");
        }
      }
      state.images().add(img);
    }
    boolean same = state.images().byTag(ref).map(i -> i.id().equals(img.id())).orElse(false);
    state.images().tag(ref, img.id(), state.clock().now());
    state.repoDigests.computeIfAbsent(img.id(), k -> new java.util.ArrayList<>());
    String digest = ref.familiarName() + "@" + p.digest();
    if (!state.repoDigests.get(img.id()).contains(digest)) {
      state.repoDigests.get(img.id()).add(digest);
    }
    state.emit("image", "pull", ref.familiarString(), java.util.Map.of("name", ref.familiarName()));
    out.println("Digest: " + p.digest());
    out.println(same ? "Status: Image is up to date for " + ref.familiarString()
        : "Status: Downloaded newer image for " + ref.familiarString());
  }
}
