package dev.kujira.engine.daemon.images;

import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Manifest;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.process.RegistryEndpoint;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Pushes images to a registry, printing what a non-terminal {@code docker push} prints (all
 * recorded on Docker 26.1 against a registry at localhost:5000): "The push refers to repository
 * [NAME]", "Preparing" for each layer top first, then per layer "Pushed", "Layer already exists"
 * or "Mounted from REPO", and "TAG: digest: sha256:… size: N".
 */
public final class ImagePusher {
  /** dockerd pushes at most five layers at once (--max-concurrent-uploads); the rest wait. */
  private static final int MAX_CONCURRENT_UPLOADS = 5;
  private final ImageDaemon state;

  public ImagePusher(ImageDaemon state) {
    this.state = state;
  }

  /** Pushes {@code name} (every local tag of its repository with {@code allTags}) as {@code user} ("" when logged out). */
  public void push(String name, boolean allTags, String user, PrintStream out) {
    Reference ref = Reference.parse(name);
    out.println("The push refers to repository [" + ref.fullName() + "]");
    List<String> tags = new ArrayList<>();
    if (allTags) {
      for (Image img : state.images().images()) {
        for (Reference r : state.images().tagsOf(img.id())) {
          if (r.fullName().equals(ref.fullName()) && !r.tag().isEmpty()) {
            tags.add(r.tag());
          }
        }
      }
      java.util.Collections.sort(tags);
    } else {
      tags.add(ref.tag());
    }
    List<Image> images = new ArrayList<>();
    for (String tag : tags) {
      Reference r = new Reference(ref.domain(), ref.path(), tag, "");
      images.add(state.images().byTag(r).orElseThrow(() -> ImageErrors.noLocalTag(ref)));
    }
    if (images.isEmpty()) {
      throw ImageErrors.noLocalTag(ref);
    }
    RegistryHosts.Target target = RegistryHosts.locate(state, ref.domain());
    for (int i = 0; i < images.size(); i++) {
      pushOne(ref, tags.get(i), images.get(i), target, user, out);
    }
  }

  private void pushOne(Reference ref, String tag, Image img, RegistryHosts.Target target, String user, PrintStream out) {
    Manifest m = Manifest.of(img);
    List<Manifest.Blob> topFirst = new ArrayList<>(m.layers());
    java.util.Collections.reverse(topFirst);
    for (Manifest.Blob b : topFirst) {
      out.println(shortId(b.diffId()) + ": Preparing");
    }
    for (int i = MAX_CONCURRENT_UPLOADS; i < topFirst.size(); i++) {
      out.println(shortId(topFirst.get(i).diffId()) + ": Waiting");
    }
    if (target.foreign() != null) {
      retries(topFirst.get(0), out);
      throw ImageErrors.unreachable(target.foreign());
    }
    HubRepositories hub = state.local().hub();
    if (target.hub() && !hub.mayPush(ref, user)) {
      throw ImageErrors.pushDenied();
    }
    // Uploads run side by side; the small ones finish first (bottom first among equals), as seen.
    List<Manifest.Blob> bySize = new ArrayList<>(m.layers());
    bySize.sort(Comparator.comparingLong(Manifest.Blob::size));
    for (Manifest.Blob b : bySize) {
      out.println(shortId(b.diffId()) + ": " + upload(ref, b, target.endpoint(), hub));
    }
    if (target.hub()) {
      hub.put(ref.path(), tag, img, m.digest());
    } else {
      RegistryEndpoint r = target.endpoint();
      r.putBlob(ref.path(), m.configDigest(), img.configJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      r.putManifest(ref.path(), tag, m.digest(), m.json());
    }
    List<String> digests = state.local().digestsToAdd(img.id());
    String repoDigest = ref.familiarName() + "@" + m.digest();
    if (!digests.contains(repoDigest)) {
      digests.add(repoDigest);
    }
    state.emit("image", "push", ref.familiarName() + ":" + tag, Map.of("name", ref.familiarName()));
    out.println(tag + ": digest: " + m.digest() + " size: " + m.json().length);
  }

  private static String upload(Reference ref, Manifest.Blob b, RegistryEndpoint r, HubRepositories hub) {
    List<String> from = r == null ? hub.linkedFrom(b.diffId()) : r.linkedFrom(b.digest());
    if (from.contains(ref.path())) {
      return "Layer already exists";
    }
    // A blob another repository holds is mounted across (linked, not sent again), as distribution does.
    if (r == null) {
      hub.link(ref.path(), b.diffId());
    } else {
      r.putBlob(ref.path(), b.digest(), b.gzip());
    }
    return from.isEmpty() ? "Pushed" : "Mounted from " + from.get(0);
  }

  /** The push retries a failing upload after 5, 10, 15 and 20 seconds, counting each second down. */
  private void retries(Manifest.Blob top, PrintStream out) {
    for (int wait = 5; wait <= 20; wait += 5) {
      for (int s = wait; s >= 1; s--) {
        out.println(shortId(top.diffId()) + ": Retrying in " + s + (s == 1 ? " second" : " seconds"));
        state.clock().advance(1000);
      }
    }
  }

  private static String shortId(String digest) {
    return digest.substring(7, 19);
  }
}
