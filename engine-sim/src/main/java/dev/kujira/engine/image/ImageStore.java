package dev.kujira.engine.image;

import dev.kujira.engine.util.Ids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds an engine's local images and the tags that name them (moby's image store plus its
 * reference store). Lookups follow moby's {@code GetImage}: a tag first, then an id or a unique
 * id prefix.
 */
public final class ImageStore {
  private final Map<String, Image> byId = new LinkedHashMap<>();
  private final Map<String, String> tags = new LinkedHashMap<>();
  private final Map<String, Long> lastTagTime = new LinkedHashMap<>();
  private final java.util.Set<String> releasable = new java.util.HashSet<>();

  /** Returns the image's flattened file tree (computed once per image and shared). */
  public dev.kujira.engine.fs.Node.Dir rootfs(Image image) {
    StringBuilder key = new StringBuilder();
    image.layers().forEach(l -> key.append(l.diffId()).append(' '));
    return ROOTFS.get(key.toString(), k -> dev.kujira.engine.layer.Layer.flatten(image.layers()));
  }

  /**
   * Flattened trees by their layers' diff ids: equal layers give equal trees, shared by every
   * session; bounded, so that learners' builds and commits do not grow the JVM for ever.
   */
  private static final dev.kujira.engine.util.SharedCache<String, dev.kujira.engine.fs.Node.Dir> ROOTFS =
      new dev.kujira.engine.util.SharedCache<>(64);

  /**
   * Adds {@code image} (idempotent: same content, same id); past the session's cap ({@link
   * dev.kujira.engine.process.Limits#IMAGES}) a new one is refused as a full disk would refuse it,
   * in the words of the daemon's other session caps.
   */
  public void add(Image image) {
    if (!byId.containsKey(image.id()) && byId.size() >= dev.kujira.engine.process.Limits.IMAGES) {
      throw new dev.kujira.engine.api.EngineException(dev.kujira.engine.api.ErrorKind.INVALID_PARAMETER,
          "no space left on device: this session may hold at most " + dev.kujira.engine.process.Limits.IMAGES
          + " images (kujira's limit); remove some with docker rmi or docker image prune");
    }
    byId.putIfAbsent(image.id(), image);
  }

  /** Returns every image, oldest added first. */
  public List<Image> images() {
    return List.copyOf(byId.values());
  }

  /** Returns the image with exactly this id. */
  public Optional<Image> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Points {@code ref} at {@code imageId}, returning the image id it pointed at before (or null). */
  public String tag(Reference ref, String imageId, long now) {
    lastTagTime.put(imageId, now);
    return tags.put(ref.canonicalString(), imageId);
  }

  /** Removes the tag {@code ref}; returns whether it existed. */
  public boolean untag(Reference ref) {
    return tags.remove(ref.canonicalString()) != null;
  }

  /** Returns the image a tag names. */
  public Optional<Image> byTag(Reference ref) {
    String id = tags.get(ref.canonicalString());
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /** Returns the tags of {@code imageId}, sorted by full name as moby's reference store lists them. */
  public List<Reference> tagsOf(String imageId) {
    List<Reference> out = new ArrayList<>();
    tags.forEach((ref, id) -> {
      if (id.equals(imageId)) {
        out.add(Reference.parse(ref));
      }
    });
    // moby's reference store hands them out sorted by full name (reference/store.go lexicalRefs),
    // which orders images' RepoTags, `docker images` rows of one image and rmi/prune untags
    out.sort(java.util.Comparator.comparing(Reference::canonicalString));
    return out;
  }

  /** Returns the last time an image was tagged, 0 when never. */
  public long lastTagTime(String imageId) {
    return lastTagTime.getOrDefault(imageId, 0L);
  }

  /**
   * Marks {@code image}'s top layer as the image's own: the legacy builder and {@code docker commit}
   * create it, and moby's layer store frees it with the last image holding it (image_delete.go
   * reports it as "Deleted: CHAIN-ID"; recorded on Docker 26.1). BuildKit's layers stay held by
   * its build cache and the recordings show a loaded image's layers kept, so those are not marked.
   */
  public void ownTopLayer(Image image) {
    List<String> chains = image.chainIds();
    if (!chains.isEmpty()) {
      releasable.add(chains.get(chains.size() - 1));
    }
  }

  /**
   * Frees the layers of a removed image that nothing holds any more, top first, as moby's
   * releaseLayer walks down its chain until a layer is still referenced; returns their chain ids.
   */
  public List<String> releaseLayers(Image removed, java.util.function.Predicate<String> heldElsewhere) {
    List<String> chains = removed.chainIds();
    List<String> out = new java.util.ArrayList<>();
    for (int i = chains.size() - 1; i >= 0; i--) {
      String chain = chains.get(i);
      if (!releasable.contains(chain) || heldElsewhere.test(chain)
          || byId.values().stream().anyMatch(img -> img.chainIds().contains(chain))) {
        break;
      }
      releasable.remove(chain);
      out.add(chain);
    }
    return out;
  }

  /** Removes an image (its tags must be gone). */
  public void remove(String imageId) {
    byId.remove(imageId);
    lastTagTime.remove(imageId);
    tags.values().removeIf(imageId::equals);
  }

  /**
   * Finds an image the way the daemon resolves a user's word: as a tag, then as a full id
   * (with or without "sha256:"), then as a unique id prefix.
   */
  public Optional<Image> lookup(String refOrId) {
    Optional<Reference> ref = Reference.tryParse(refOrId);
    if (ref.isPresent()) {
      Optional<Image> tagged = byTag(ref.get());
      if (tagged.isPresent()) {
        return tagged;
      }
    }
    String hex = refOrId.startsWith("sha256:") ? refOrId.substring(7) : refOrId;
    if (hex.isEmpty() || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return Optional.empty();
    }
    Image found = null;
    for (Image img : byId.values()) {
      if (img.id().substring(7).startsWith(hex)) {
        if (found != null) {
          return Optional.empty();
        }
        found = img;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Returns a copy for snapshots. */
  public ImageStore copy() {
    ImageStore c = new ImageStore();
    c.byId.putAll(byId);
    c.tags.putAll(tags);
    c.lastTagTime.putAll(lastTagTime);
    return c;
  }

  /** Returns the short id of an image id. */
  public static String shortId(String imageId) {
    return Ids.shortId(imageId);
  }
}
