package dev.kujira.engine.daemon.images;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.util.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes images with moby's rules (daemon/images/image_delete.go), as conformance
 * 28-rmi-image-in-use records them: a tag is just untagged while others remain; the last tag of
 * an image a container uses needs force; by id, a running container's image can't be removed
 * even with force, a stopped one's only with it.
 */
public final class ImageRemover {
  private final ImageDaemon state;
  private boolean noPrune;

  public ImageRemover(ImageDaemon state) {
    this.state = state;
  }

  public List<String> remove(String ref, boolean force, boolean noPrune) {
    this.noPrune = noPrune;
    Optional<Reference> asRef = Reference.tryParse(ref);
    Optional<Image> tagged = asRef.flatMap(r -> state.images().byTag(r));
    if (tagged.isPresent()) {
      return removeByTag(ref, asRef.get(), tagged.get(), force);
    }
    Image img = state.images().lookup(ref).orElseThrow(() -> ImageErrors.noSuchImage(ImageService.familiar(ref)));
    return removeById(ref, img, force);
  }

  private List<String> removeByTag(String typed, Reference ref, Image img, boolean force) {
    List<Reference> tags = state.images().tagsOf(img.id());
    List<String> out = new ArrayList<>();
    if (tags.size() > 1) {
      state.images().untag(ref);
      out.add("Untagged: " + ref.familiarString());
      untagDigests(img, ref.familiarName(), out);
      return out;
    }
    Container user = firstUser(img, false);
    if (user != null && !force) {
      // moby's image_delete.go quotes the reference as given ("envs", not "envs:latest").
      throw ImageErrors.referenceInUse(typed, Ids.shortId(user.id), Ids.shortId(img.id()));
    }
    state.images().untag(ref);
    out.add("Untagged: " + ref.familiarString());
    untagDigests(img, ref.familiarName(), out);
    if (firstUser(img, true) == null && state.local().digests(img.id()).isEmpty()) {
      out.addAll(delete(img));
    }
    return out;
  }

  private List<String> removeById(String ref, Image img, boolean force) {
    List<Reference> tags = state.images().tagsOf(img.id());
    // moby's image_delete.go checks conflicts in one order: dependent child images and running
    // containers (hard: -f cannot pass them), then the image's other references, then stopped
    // containers (soft); an image with more than one tag is "referenced in multiple repositories"
    // (isSingleReference counts tags, whatever their repository) (audit images/022).
    if (state.images().images().stream().anyMatch(i -> img.id().equals(i.parent()))) {
      throw ImageErrors.imageHasChildren(Ids.shortId(img.id()));
    }
    Container running = firstUser(img, true);
    if (running != null) {
      throw ImageErrors.imageInUseRunning(ref, Ids.shortId(running.id), Ids.shortId(img.id()));
    }
    Container stopped = firstUser(img, false);
    if (tags.size() > 1 && !force) {
      throw ImageErrors.imageMultipleRefs(ref);
    }
    if (stopped != null && !force) {
      throw ImageErrors.imageInUseStopped(ref, Ids.shortId(stopped.id));
    }
    List<String> out = new ArrayList<>();
    for (Reference r : tags) {
      state.images().untag(r);
      out.add("Untagged: " + r.familiarString());
      untagDigests(img, r.familiarName(), out);
    }
    for (String digest : state.local().digests(img.id())) {
      out.add("Untagged: " + digest);
    }
    state.local().forgetDigests(img.id());
    out.addAll(delete(img));
    return out;
  }

  /**
   * Drops an image's digest references of {@code repo} once no tag of that repository is left on
   * it, as moby's ImageDelete does ("Untagged: name@sha256:…" after the tag's line; recorded on
   * Docker 26.1 removing pushed images).
   */
  private void untagDigests(Image img, String repo, List<String> out) {
    for (Reference r : state.images().tagsOf(img.id())) {
      if (r.familiarName().equals(repo)) {
        return;
      }
    }
    List<String> digests = state.local().digestsOrNull(img.id());
    if (digests == null) {
      return;
    }
    for (java.util.Iterator<String> it = digests.iterator(); it.hasNext();) {
      String d = it.next();
      if (d.startsWith(repo + "@")) {
        out.add("Untagged: " + d);
        it.remove();
      }
    }
    if (digests.isEmpty()) {
      state.local().forgetDigests(img.id());
    }
  }

  /** Returns a container using {@code img}: a running one when {@code runningOnly}, else any. */
  private Container firstUser(Image img, boolean runningOnly) {
    for (Container c : state.containers().newestFirst()) {
      if (c.image.id().equals(img.id()) && (!runningOnly || c.isRunning())) {
        return c;
      }
    }
    return null;
  }

  /**
   * Deletes an untagged image and returns "Deleted:" lines as moby's imageDeleteHelper writes them:
   * the image, the layers freed with it (see ImageStore#ownTopLayer; recorded: a legacy-built
   * image FROM busybox lists its RUN layer, a BuildKit-built one the image alone), then, unless
   * --no-prune, its parent the same way when nothing else holds it: no tag or digest, no child,
   * no container (an intermediate image of the legacy builder).
   */
  public List<String> delete(Image img) {
    List<String> out = new ArrayList<>();
    for (Image at = img; at != null; ) {
      state.images().remove(at.id());
      out.add("Deleted: " + at.id());
      for (String chain : state.images().releaseLayers(at, this::heldByContainer)) {
        out.add("Deleted: " + chain);
      }
      Image parent = noPrune || at.parent().isEmpty() ? null : state.images().byId(at.parent()).orElse(null);
      at = parent != null && prunable(parent) ? parent : null;
    }
    noPrune = false;
    return out;
  }

  private boolean prunable(Image img) {
    return state.images().tagsOf(img.id()).isEmpty() && state.local().digests(img.id()).isEmpty()
        && state.images().images().stream().noneMatch(i -> img.id().equals(i.parent()))
        && firstUser(img, false) == null;
  }

  // a container's read-write layer holds its image's layers, even once the image is gone (rmi -f)
  private boolean heldByContainer(String chain) {
    return state.containers().newestFirst().stream().anyMatch(c -> c.image.chainIds().contains(chain));
  }
}
