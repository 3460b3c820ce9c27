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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Is BuildKit's cache as the daemon keeps it: a step's key to the files and layer it produced,
 * plus the local-source records of the context and Dockerfile transfers.
 *
 * <p>Pruning follows what Docker 26.1 did in recordings (scenario b28): without {@code --all}
 * it removes the source records and the records no image uses; with {@code --all} everything.
 * Records go leaves first, sources before them.
 */
public final class BuildCache {
  private BuildCache() {
  }

  /**
   * Is one cached step.
   *
   * @param rootfs the files after the step
   * @param layer the layer it made, or null for none
   * @param createdBy the history line
   * @param imageId the classic builder's image for the step, or ""
   * @param created when the step ran, epoch millis
   */
  public record Entry(Node.Dir rootfs, Layer layer, String createdBy, String imageId, long created) {

    Entry(Node.Dir rootfs, Layer layer, String createdBy, long created) {
      this(rootfs, layer, createdBy, "", created);
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
  public static List<BuildCacheRecord> records(Map<String, Entry> cache, Map<String, Source> sources,
      Collection<Image> images, long now) {
    Set<String> inUse = new HashSet<>();
    Set<String> imageIds = new HashSet<>();
    usage(images, inUse, imageIds);
    List<BuildCacheRecord> out = new ArrayList<>();
    sources.forEach((k, s) -> out.add(new BuildCacheRecord(recordId(k), true, s.size(), s.lastUsed(), false)));
    List<Map.Entry<String, Entry>> steps = new ArrayList<>();
    for (Map.Entry<String, Entry> e : cache.entrySet()) {
      if (isBuildKitRecord(e)) {
        steps.add(e);
      }
    }
    java.util.Collections.reverse(steps);
    for (Map.Entry<String, Entry> e : steps) {
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
    }
  }

  private static boolean used(Map.Entry<String, Entry> e, Set<String> inUse, Set<String> imageIds) {
    Layer l = e.getValue().layer();
    return e.getKey().startsWith("from:") ? imageIds.contains(e.getKey().substring(5))
        : l != null && inUse.contains(l.diffId());
  }

  /** Removes what {@code docker builder prune} removes and returns those records. */
  public static List<BuildCacheRecord> prune(Map<String, Entry> cache, Map<String, Source> sources,
      Collection<Image> images, long now, boolean all) {
    Set<String> inUse = new HashSet<>();
    Set<String> imageIds = new HashSet<>();
    usage(images, inUse, imageIds);
    List<BuildCacheRecord> removed = new ArrayList<>();
    for (BuildCacheRecord r : records(cache, sources, images, now)) {
      if (r.mutable()) {
        removed.add(r);
      }
    }
    sources.clear();
    List<String> gone = new ArrayList<>();
    List<Map.Entry<String, Entry>> steps = new ArrayList<>(cache.entrySet());
    java.util.Collections.reverse(steps);
    for (Map.Entry<String, Entry> e : steps) {
      if (!isBuildKitRecord(e)) {
        continue;
      }
      Layer l = e.getValue().layer();
      boolean used = used(e, inUse, imageIds);
      if (all || !used) {
        gone.add(e.getKey());
        removed.add(new BuildCacheRecord(recordId(e.getKey()), false, l == null ? 0 : l.size(), now,
            used));
      }
    }
    for (Iterator<String> it = gone.iterator(); it.hasNext();) {
      cache.remove(it.next());
    }
    return removed;
  }

  /** BuildKit's records: its steps (the classic builder's have an image) and the bases it loaded. */
  private static boolean isBuildKitRecord(Map.Entry<String, Entry> e) {
    Entry v = e.getValue();
    return v.imageId().isEmpty() && (v.layer() != null || e.getKey().startsWith("from:"));
  }

  /** Returns a record id of BuildKit's shape (25 base-36 characters), derived from the record's key. */
  private static String recordId(String key) {
    String id = new BigInteger(Ids.sha256Hex("buildkit-record:" + key), 16).toString(36);
    return id.substring(0, 25);
  }
}
