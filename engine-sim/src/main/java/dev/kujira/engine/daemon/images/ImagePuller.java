package dev.kujira.engine.daemon.images;

import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pulls images from the simulated Docker Hub or a private registry, printing what a
 * non-terminal {@code docker pull} prints: "Pulling from", one line per layer state, the digest
 * and the status.
 */
public final class ImagePuller {
  private final ImageDaemon state;

  public ImagePuller(ImageDaemon state) {
    this.state = state;
  }

  /** Pulls {@code name}, or with {@code allTags} every tag of its repository. */
  public void pull(String name, boolean allTags, PrintStream out) {
    Reference ref;
    try {
      ref = Reference.parse(name);
    } catch (Reference.InvalidReference e) {
      throw ImageErrors.invalidReference(e);
    }
    RegistryHosts.Target target = RegistryHosts.locate(state, ref.domain());
    if (target.foreign() != null) {
      throw ImageErrors.unreachable(target.foreign().stripTrailing());
    }
    PrivateRegistry source = target.hub() ? null : new PrivateRegistry(state, target.endpoint());
    List<Reference> refs = new ArrayList<>();
    if (allTags && ref.digest().isEmpty()) {
      List<String> tags = source != null ? source.tags(ref) : List.of(ref.tag());
      tags.forEach(t -> refs.add(new Reference(ref.domain(), ref.path(), t, "")));
    } else {
      refs.add(ref);
    }
    boolean newer = false;
    for (Reference r : refs) {
      newer |= pullOne(r, source, out);
    }
    String shown = allTags ? ref.familiarName() : ref.familiarString();
    out.println(newer ? "Status: Downloaded newer image for " + shown : "Status: Image is up to date for " + shown);
  }

  /** Pulls one tag or digest; returns whether anything changed locally. */
  private boolean pullOne(Reference ref, PrivateRegistry source, PrintStream out) {
    Optional<Registry.Pulled> pulled = source != null ? source.fetch(ref) : hubFetch(ref);
    if (pulled.isEmpty()) {
      if (source != null || state.registry().hasRepository(ref) || state.local().hub().hasRepository(ref)) {
        throw ImageErrors.manifestUnknown(ref);
      }
      throw ImageErrors.pullDenied(ref);
    }
    Registry.Pulled p = pulled.get();
    Image img = p.image();
    out.println((ref.tag().isEmpty() ? ref.digest() : ref.tag()) + ": Pulling from " + ref.path());
    boolean present = state.images().byId(img.id()).isPresent();
    if (!present) {
      printLayers(img, source, out);
      state.images().add(img);
    }
    boolean same = !ref.tag().isEmpty() && state.images().byTag(ref).map(i -> i.id().equals(img.id())).orElse(false);
    if (!ref.tag().isEmpty()) {
      state.images().tag(ref, img.id(), state.clock().now());
    }
    List<String> digests = state.local().digestsToAdd(img.id());
    String digest = ref.familiarName() + "@" + p.digest();
    if (!digests.contains(digest)) {
      digests.add(digest);
    }
    state.emit("image", "pull", ref.familiarString(), java.util.Map.of("name", ref.familiarName()));
    out.println("Digest: " + p.digest());
    return !present || !same;
  }

  private Optional<Registry.Pulled> hubFetch(Reference ref) {
    Optional<Registry.Pulled> pushed = state.local().hub().fetch(ref);
    return pushed.isPresent() ? pushed : state.registry().fetch(ref);
  }

  /**
   * Prints each layer's states. A private registry's blobs are named by their compressed digest,
   * as the real pull progress does; the simulated Hub's layers by their diff id.
   */
  private void printLayers(Image img, PrivateRegistry source, PrintStream out) {
    Set<String> have = new HashSet<>();
    state.images().images().forEach(i -> have.addAll(i.chainIds()));
    List<String> chains = img.chainIds();
    List<String> ids = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < chains.size(); i++) {
      String id = source != null ? source.blobId(img, i) : img.layers().get(i).diffId().substring(7, 19);
      ids.add(id);
      if (have.contains(chains.get(i)) || state.buildKitKeeps(img.layers().get(i).diffId())) {
        out.println(id + ": Already exists");
      } else {
        out.println(id + ": Pulling fs layer");
        missing.add(id);
      }
    }
    for (String id : missing) {
      out.println(id + ": Verifying Checksum");
      out.println(id + ": Download complete");
    }
    for (String id : missing) {
      out.println(id + ": Pull complete");
    }
  }
}
