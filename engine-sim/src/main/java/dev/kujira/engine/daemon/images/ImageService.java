package dev.kujira.engine.daemon.images;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.filters.Filters;
import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.HistoryItem;
import dev.kujira.engine.api.ImageSummary;
import dev.kujira.engine.api.PruneReport;
import dev.kujira.engine.image.History;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.util.Ids;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Lists, tags, removes, prunes and describes images (moby daemon/images/*.go). */
public final class ImageService {
  private final ImageDaemon state;
  private final ImagePuller puller;
  private final ImageRemover remover;

  public ImageService(ImageDaemon state) {
    this.state = state;
    this.puller = new ImagePuller(state);
    this.remover = new ImageRemover(state);
  }

  public List<ImageSummary> list(boolean all, Map<String, List<String>> filters) {
    List<Image> images = new ArrayList<>(state.images().images());
    // newest first; images of one instant (the simulator's clock makes a legacy build's steps in one) come
    // newest made first, as real ones made seconds apart do (d20)
    Collections.reverse(images);
    images.sort((a, b) -> Long.compare(b.created(), a.created()));
    Image before = bound(filters, "before");
    Image since = bound(filters, "since");
    List<ImageSummary> out = new ArrayList<>();
    for (Image img : images) {
      if (before != null && img.created() >= before.created() || since != null && img.created() <= since.created()) {
        continue;
      }
      List<String> tags = new ArrayList<>();
      state.images().tagsOf(img.id()).forEach(r -> tags.add(r.familiarString()));
      if (filters.containsKey("dangling")) {
        boolean wantDangling = filters.get("dangling").contains("true");
        if (wantDangling != tags.isEmpty()) {
          continue;
        }
      }
      if (!all && tags.isEmpty() && isParentOfAnother(img)) {
        continue;
      }
      Map<String, String> labels = img.config().labels() == null ? Map.of() : img.config().labels();
      if (!Filters.matchesLabels(labels, filters)) {
        continue;
      }
      out.add(new ImageSummary(img.id(), tags, img.created(), img.size(), sharedSize(img), -1,
          state.local().digests(img.id())));
    }
    return out;
  }

  private Image bound(Map<String, List<String>> filters, String key) {
    List<String> v = filters.get(key);
    if (v == null || v.isEmpty()) {
      return null;
    }
    return state.images().lookup(v.get(0)).orElseThrow(() -> ImageErrors.noSuchImage(v.get(0)));
  }

  private boolean isParentOfAnother(Image img) {
    for (Image other : state.images().images()) {
      if (other.parent().equals(img.id())) {
        return true;
      }
    }
    return false;
  }

  private long sharedSize(Image img) {
    return -1;
  }

  public int containersUsing(Image img) {
    int n = 0;
    for (Container c : state.containers().values()) {
      if (c.image.id().equals(img.id())) {
        n++;
      }
    }
    return n;
  }

  public ApiObject inspect(String ref) {
    Image img = state.images().lookup(ref).orElseThrow(() -> ImageErrors.noSuchImage(familiar(ref)));
    return ImageInspector.inspect(state, img);
  }

  public static String familiar(String ref) {
    return Reference.tryParse(ref).map(Reference::familiarString).orElse(ref);
  }

  public void pull(String ref, boolean allTags, PrintStream progress) {
    puller.pull(ref, allTags, progress);
  }

  public void tag(String source, String target) {
    Image img = state.images().lookup(source).orElseThrow(() -> ImageErrors.noSuchImage(familiar(source)));
    Reference ref;
    try {
      ref = Reference.parse(target);
    } catch (Reference.InvalidReference e) {
      throw ImageErrors.invalidReference(e);
    }
    state.images().tag(ref, img.id(), state.clock().now());
    state.emit("image", "tag", img.id(), Map.of("name", ref.familiarString()));
  }

  public List<String> remove(String ref, boolean force, boolean noPrune) {
    return remover.remove(ref, force, noPrune);
  }

  public PruneReport prune(boolean all) {
    List<String> deleted = new ArrayList<>();
    List<Image> images = new ArrayList<>(state.images().images());
    Collections.reverse(images);
    // the space reclaimed is the freed layers' (a legacy step's layer: ImageRemover#delete)
    Map<String, Long> layerSizes = new java.util.HashMap<>();
    for (Image img : images) {
      List<String> chains = img.chainIds();
      for (int i = 0; i < chains.size(); i++) {
        layerSizes.put("Deleted: " + chains.get(i), img.layers().get(i).size());
      }
    }
    // moby's ImagesPrune leaves out untagged images with children (a legacy build's intermediate
    // images): they go with their child, as its untagged parents (image_prune.go's topImages)
    java.util.Set<String> intermediate = new java.util.HashSet<>();
    for (Image img : images) {
      if (state.images().tagsOf(img.id()).isEmpty() && isParentOfAnother(img)) {
        intermediate.add(img.id());
      }
    }
    for (Image img : images) {
      if (state.images().byId(img.id()).isEmpty() || intermediate.contains(img.id())) {
        continue; // deleted above as an untagged parent, or left for its child
      }
      // moby's ImagesPrune deletes each reference in turn, in the reference store's lexical order of
      // full names (docker.io/learner/… before docker.io/library/…), as ImageDelete(ref, force=false):
      // a tag of an image a container uses goes unless it is the last one (recorded by
      // tests/tools/difftest: prune -a untags learner/busybox:v1 and busybox:latest, keeps myimage:1.0).
      List<Reference> refs = new ArrayList<>(state.images().tagsOf(img.id()));
      refs.sort(java.util.Comparator.comparing(Reference::canonicalString));
      boolean used = containersUsing(img) > 0;
      if (!refs.isEmpty() && !all) {
        continue;
      }
      for (int i = 0; i < refs.size() && !(used && i == refs.size() - 1); i++) {
        deleted.add("untagged: " + refs.get(i).familiarString());
        state.images().untag(refs.get(i));
      }
      if (!used) {
        deleted.addAll(remover.delete(img));
      }
    }
    long reclaimed = deleted.stream().mapToLong(d -> layerSizes.getOrDefault(d, 0L)).sum();
    state.emit("image", "prune", "", Map.of("reclaimed", Long.toString(reclaimed)));
    return new PruneReport(deleted, reclaimed);
  }

  public List<HistoryItem> history(String ref) {
    Image img = state.images().lookup(ref).orElseThrow(() -> ImageErrors.noSuchImage(familiar(ref)));
    List<HistoryItem> out = new ArrayList<>();
    int layer = 0;
    List<Layer> layers = img.layers();
    for (History h : img.history()) {
      long size = 0;
      if (!h.emptyLayer() && layer < layers.size()) {
        size = layers.get(layer++).size();
      }
      out.add(new HistoryItem("<missing>", h.created(), h.createdBy(), size, h.comment()));
    }
    Collections.reverse(out);
    // moby's image_history.go fills the IDs from the top down along the Parent chain: the image's
    // own row, then each parent's (an image committed or classic-built from a local base shows that
    // base's ID: audit images/025), until an image has no parent or is gone.
    Image at = img;
    for (int i = 0; i < out.size() && at != null; i++) {
      HistoryItem h = out.get(i);
      out.set(i, new HistoryItem(at.id(), h.created(), h.createdBy(), h.size(), h.comment()));
      at = at.parent().isEmpty() ? null : state.images().byId(at.parent()).orElse(null);
    }
    return out;
  }

  public List<String> load(byte[] archive) {
    return ImageLoader.load(state, archive);
  }

  public static String shortId(String id) {
    return Ids.shortId(id);
  }
}
