package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildCacheRecord;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.util.Ids;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Is BuildKit's cache as the daemon keeps it: a step's key to the files and layer it produced,
 * plus the local-source records of the context and Dockerfile transfers. It owns both and their
 * snapshot, as the daemon's other stores do.
 *
 * <p>Pruning follows what Docker 26.1 did in recordings (scenario b28): without {@code --all}
 * it removes the source records and the records no image uses; with {@code --all} everything.
 * Records go leaves first, sources before them.
 */
public final class BuildCache {
  /** The steps by cache key, oldest first (a "from:" key is a base BuildKit loaded). */
  private final Map<String, Entry> steps = new LinkedHashMap<>();
  /** The local-source records (context and Dockerfile transfers), by source key. */
  private final Map<String, Source> sources = new LinkedHashMap<>();

  /** Returns the step cached under {@code key}, or null. */
  public Entry get(String key) {
    return steps.get(key);
  }

  /** Returns whether a step is cached under {@code key}. */
  public boolean contains(String key) {
    return steps.containsKey(key);
  }

  /** Caches {@code entry} under {@code key}, replacing what was there. */
  public void put(String key, Entry entry) {
    steps.put(key, entry);
  }

  /** Caches {@code entry} under {@code key} unless something is there already. */
  public void putIfAbsent(String key, Entry entry) {
    steps.putIfAbsent(key, entry);
  }

  /** Records a transfer of {@code size} bytes from the local source {@code key} at {@code now}. */
  public void transferred(String key, long size, long now) {
    sources.put(key, new Source(size, now));
  }

  /** Returns a layer with {@code diffId} that a cached step made, if any. */
  public Optional<Layer> layer(String diffId) {
    for (Entry e : steps.values()) {
      if (e.layer() != null && e.layer().diffId().equals(diffId)) {
        return Optional.of(e.layer());
      }
    }
    return Optional.empty();
  }

  /** Returns whether one of BuildKit's own records (not the classic builder's) keeps the layer {@code diffId}. */
  public boolean keeps(String diffId) {
    for (Entry e : steps.values()) {
      if (e.layer() != null && e.imageId().isEmpty() && e.layer().diffId().equals(diffId)) {
        return true;
      }
    }
    return false;
  }

  /** Returns a copy (entries are immutable records sharing their file trees, so a shallow copy is a snapshot). */
  public BuildCache snapshot() {
    BuildCache copy = new BuildCache();
    copy.restore(this);
    return copy;
  }

  /** Replaces this cache's records with {@code saved}'s. */
  public void restore(BuildCache saved) {
    steps.clear();
    steps.putAll(saved.steps);
    sources.clear();
    sources.putAll(saved.sources);
  }

  /**
   * Is one cached step.
   *
   * @param rootfs the files after the step
   * @param layer the layer it made, or null for none
   * @param createdBy the history line
   * @param imageId the classic builder's image for the step, or ""
   * @param created when the step ran, epoch millis
   * @param chainId the chain id of the step's layers (its layer on its parents), or "" when unknown
   */
  public record Entry(Node.Dir rootfs, Layer layer, String createdBy, String imageId, long created, String chainId) {

    /** A step without a known chain (a base, or the classic builder's step image). */
    public Entry(Node.Dir rootfs, Layer layer, String createdBy, String imageId, long created) {
      this(rootfs, layer, createdBy, imageId, created, "");
    }

    Entry(Node.Dir rootfs, Layer layer, String createdBy, long created) {
      this(rootfs, layer, createdBy, "", created, "");
    }

    /** The chain id of {@code layers}, bottom first, as Image#chainIds computes its last one. */
    public static String chainOf(List<Layer> layers) {
      String chain = null;
      for (Layer l : layers) {
        chain = chain == null ? l.diffId() : "sha256:" + Ids.sha256Hex(chain + " " + l.diffId());
      }
      return chain == null ? "" : chain;
    }
  }

  /**
   * Is a local source record (a transfer of the context or of the Dockerfile), reused by later
   * builds from the same folder.
   *
   * @param size the bytes transferred
   * @param lastUsed epoch millis
   */
  public record Source(long size, long lastUsed) {
  }

  /** Returns the records, sources first, then steps newest first. */
  public List<BuildCacheRecord> records(Collection<Image> images, long now) {
    Set<String> inUse = new HashSet<>();
    Set<String> imageIds = new HashSet<>();
    usage(images, inUse, imageIds);
    List<BuildCacheRecord> out = new ArrayList<>();
    sources.forEach((k, s) -> out.add(new BuildCacheRecord(recordId(k), true, s.size(), s.lastUsed(), false)));
    List<Map.Entry<String, Entry>> buildKit = new ArrayList<>();
    for (Map.Entry<String, Entry> e : steps.entrySet()) {
      if (isBuildKitRecord(e)) {
        buildKit.add(e);
      }
    }
    java.util.Collections.reverse(buildKit);
    for (Map.Entry<String, Entry> e : buildKit) {
      Layer l = e.getValue().layer();
      out.add(new BuildCacheRecord(recordId(e.getKey()), false, l == null ? 0 : l.size(), now,
          used(e, inUse, imageIds)));
    }
    return out;
  }

  private static void usage(Collection<Image> images, Set<String> inUse, Set<String> imageIds) {
    for (Image img : images) {
      imageIds.add(img.id());
      img.layers().forEach(l -> inUse.add(l.diffId()));
      inUse.addAll(img.chainIds());
    }
  }

  /**
   * Whether an image holds the step's snapshot: its chain, not its diff alone (a `COPY hello.txt /` on
   * busybox and the same COPY on scratch make one diff but two records, and an image of the one does not
   * keep the other: conformance d18).
   */
  private static boolean used(Map.Entry<String, Entry> e, Set<String> inUse, Set<String> imageIds) {
    Layer l = e.getValue().layer();
    if (e.getKey().startsWith("from:")) {
      return imageIds.contains(e.getKey().substring(5));
    }
    String chain = e.getValue().chainId();
    return l != null && inUse.contains(chain.isEmpty() ? l.diffId() : chain);
  }

  /** Removes what {@code docker builder prune} removes and returns those records. */
  public List<BuildCacheRecord> prune(Collection<Image> images, long now, boolean all) {
    return prune(images, now, all, used -> true);
  }

  /**
   * Removes what {@code docker builder prune} removes among the records whose last use passes
   * {@code lastUsedOk} (a step counts as used when it ran), and returns those records.
   */
  public List<BuildCacheRecord> prune(Collection<Image> images, long now, boolean all, LongPredicate lastUsedOk) {
    Set<String> inUse = new HashSet<>();
    Set<String> imageIds = new HashSet<>();
    usage(images, inUse, imageIds);
    List<BuildCacheRecord> removed = new ArrayList<>();
    for (Iterator<Map.Entry<String, Source>> it = sources.entrySet().iterator(); it.hasNext();) {
      Map.Entry<String, Source> e = it.next();
      if (lastUsedOk.test(e.getValue().lastUsed())) {
        removed.add(new BuildCacheRecord(recordId(e.getKey()), true, e.getValue().size(), e.getValue().lastUsed(), false));
        it.remove();
      }
    }
    List<Map.Entry<String, Entry>> newestFirst = new ArrayList<>(steps.entrySet());
    java.util.Collections.reverse(newestFirst);
    for (Map.Entry<String, Entry> e : newestFirst) {
      if (!isBuildKitRecord(e) || !lastUsedOk.test(e.getValue().created())) {
        continue;
      }
      Layer l = e.getValue().layer();
      boolean used = used(e, inUse, imageIds);
      if (all || !used) {
        steps.remove(e.getKey());
        removed.add(new BuildCacheRecord(recordId(e.getKey()), false, l == null ? 0 : l.size(), now, used));
      }
    }
    return removed;
  }


  /**
   * BuildKit's records: its steps (the classic builder's have an image) and the bases it loaded; scratch
   * is no record (`buildx du` after a FROM scratch build lists the sources and the COPY only, and `system
   * prune` deletes the three sources: conformance d18).
   */
  private static boolean isBuildKitRecord(Map.Entry<String, Entry> e) {
    Entry v = e.getValue();
    return v.imageId().isEmpty() && (v.layer() != null || e.getKey().startsWith("from:"))
        && !e.getKey().equals("from:scratch");
  }

  /** Returns a record id of BuildKit's shape (25 base-36 characters), derived from the record's key. */
  private static String recordId(String key) {
    String id = new BigInteger(Ids.sha256Hex("buildkit-record:" + key), 16).toString(36);
    return id.substring(0, 25);
  }
}
