package dev.kujira.engine.image.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageConfig;
import dev.kujira.engine.image.ImageJson;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.util.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Is the simulated Docker Hub's catalog of official images: built once per JVM from
 * {@link OfficialImages} and shared by every session (images and layers are immutable).
 * Layer diff ids are the sha256 of "kujira-layer:" plus the layer's name, so image ids are
 * stable content addresses of these simulated images (they are not the real images' ids).
 */
public final class Catalog {
  private static final Map<String, Layer> BASES = new ConcurrentHashMap<>();
  private static final Map<String, Layer> SHARED = new ConcurrentHashMap<>();
  private static final Map<String, Long> BASE_SIZES = Map.of("busybox", 4_270_000L, "alpine", 7_800_000L,
      "alpine319", 7_380_000L, "debian", 117_000_000L, "ubuntu", 78_100_000L, "ubuntu2204", 77_900_000L, "scratch", 0L);
  private static final Map<String, Entry> ENTRIES = build();

  private Catalog() {
  }

  /**
   * Is a catalog image.
   *
   * @param image the image
   * @param digest the manifest digest its tags are pulled by
   */
  public record Entry(Image image, String digest) {
  }

  /** Returns the image a reference names, if the catalog has it. */
  public static Optional<Entry> find(Reference ref) {
    if (!ref.domain().equals(Reference.DEFAULT_DOMAIN)) {
      return Optional.empty();
    }
    return Optional.ofNullable(ENTRIES.get(ref.path() + ":" + ref.tag()));
  }

  /** Returns whether the catalog has the repository at all. */
  public static boolean hasRepository(Reference ref) {
    String prefix = ref.path() + ":";
    return ref.domain().equals(Reference.DEFAULT_DOMAIN) && ENTRIES.keySet().stream().anyMatch(k -> k.startsWith(prefix));
  }

  /** Returns the repositories ("library/busybox") whose images hold the layer {@code diffId}, in name order. */
  public static List<String> repositoriesWithLayer(String diffId) {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    ENTRIES.forEach((key, e) -> {
      if (e.image().layers().stream().anyMatch(l -> l.diffId().equals(diffId))) {
        out.add(key.substring(0, key.lastIndexOf(':')));
      }
    });
    return new ArrayList<>(out);
  }

  /** Returns every "library/name:tag" the catalog serves. */
  public static Set<String> tags() {
    return ENTRIES.keySet();
  }

  private static Map<String, Entry> build() {
    Map<String, Entry> out = new TreeMap<>();
    long created = Instant.parse("2024-11-12T03:00:00Z").toEpochMilli();
    for (ImageSpec s : OfficialImages.all()) {
      Image img = image(s, created);
      for (String tag : s.tags()) {
        String key = (s.repository().contains("/") ? "" : "library/") + s.repository() + ":" + tag;
        out.put(key, new Entry(img, "sha256:" + Ids.sha256Hex("kujira-manifest:" + key)));
      }
    }
    return out;
  }

  private static Image image(ImageSpec s, long created) {
    List<String> layered = new ArrayList<>();
    for (int i = 0; i < s.history().size(); i++) {
      if (makesLayer(s.history(), i)) {
        layered.add(s.history().get(i));
      }
    }
    List<Layer> layers = new ArrayList<>();
    long baseSize = Math.min(BASE_SIZES.get(s.base()), s.size());
    layers.add(BASES.computeIfAbsent(s.base(), b -> new Layer("sha256:" + Ids.sha256Hex("kujira-layer:base:" + b),
        baseSize, BaseTrees.build(b), Set.of(), Set.of())));
    long rest = s.size() - layers.get(0).size();
    int own = 0;
    int lastFree = -1;
    for (int i = 1; i < layered.size(); i++) {
      Long shared = Variants.SHARED.get(layered.get(i));
      Long fixed = Variants.fixedSize(layered.get(i));
      if (shared != null && i < layered.size() - 1) {
        rest -= shared;
      } else if (fixed != null) {
        rest -= fixed;
      } else {
        own++;
        lastFree = i;
      }
    }
    for (int i = 1; i < layered.size(); i++) {
      boolean last = i == layered.size() - 1;
      String line = layered.get(i);
      if (!last && Variants.SHARED.containsKey(line)) {
        // A base image's layer (buildpack-deps'): one layer, pulled once for every image built on it.
        layers.add(SHARED.computeIfAbsent(line, l -> new Layer("sha256:" + Ids.sha256Hex("kujira-layer:shared:" + l),
            Variants.SHARED.get(l), Variants.sharedTree(l, created), Set.of(), Set.of())));
        continue;
      }
      FsTree t = new FsTree(new Node.Dir(new TreeMap<>(), 0755, 0, 0, created));
      if (last) {
        FsTree base = new FsTree(layers.get(0).tree());
        s.files().forEach((path, content) -> put(t, base, path, content, created));
      }
      // A step of known weight (a copied script, a symlink loop) keeps it; the others share the rest, the last of
      // them taking what remains.
      Long fixed = Variants.fixedSize(line);
      long size = fixed != null ? fixed : i == lastFree ? rest : rest / (own + 1);
      rest -= fixed != null || i == lastFree ? 0 : size;
      layers.add(new Layer("sha256:" + Ids.sha256Hex("kujira-layer:" + s.repository() + ":" + s.tags().get(0) + ":" + i),
          Math.max(0, size), t.root(), Set.of(), Set.of()));
    }
    if (layered.size() <= 1 && !s.files().isEmpty()) {
      FsTree t = new FsTree(layers.get(0).tree());
      s.files().forEach((path, content) -> put(t, t, path, content, created));
      layers.set(0, new Layer("sha256:" + Ids.sha256Hex("kujira-layer:" + s.repository() + ":" + s.tags().get(0)),
          s.size(), t.root(), Set.of(), Set.of()));
    }
    return ImageJson.read(configJson(s, layers, created), layers, "");
  }

  /**
   * Puts one of an image's files into {@code t}: "PATH+" appends to the base's file at PATH (the
   * user and group lines groupadd/useradd or adduser add to /etc/passwd and /etc/group), a
   * directory whose content is "MODE UID:GID" gets that mode and owner (useradd --create-home's
   * home), anything else as {@link BaseTrees#put} puts it.
   */
  static void put(FsTree t, FsTree base, String path, String content, long created) {
    if (path.endsWith("+")) {
      String target = path.substring(0, path.length() - 1);
      Node had = base.lookup(List.of(target.substring(1).split("/")));
      String before = had instanceof Node.RegularFile f ? new String(f.content(), java.nio.charset.StandardCharsets.UTF_8) : "";
      BaseTrees.put(t, target, before + content);
    } else if (path.endsWith("/") && content.matches("[0-7]{4} \\d+:\\d+")) {
      // Its parents as the base has them (0755), not the 1777 of BaseTrees#put: the layer's directory modes win.
      String[] parts = path.substring(1, path.length() - 1).split("/");
      for (int i = 1; i <= parts.length; i++) {
        BaseTrees.dir(t, String.join("/", java.util.Arrays.copyOf(parts, i)), 0755);
      }
      String[] owner = content.substring(5).split(":");
      List<String> at = List.of(path.substring(1, path.length() - 1).split("/"));
      t.set(at, new Node.Dir(new TreeMap<>(((Node.Dir) t.lookup(at)).entries()),
          Integer.parseInt(content.substring(0, 4), 8), Integer.parseInt(owner[0]), Integer.parseInt(owner[1]), created), created);
    } else {
      BaseTrees.put(t, path, content);
    }
  }

  private static String configJson(ImageSpec s, List<Layer> layers, long created) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("architecture", "amd64");
    Map<String, String> labels = s.labels().isEmpty() ? null : new TreeMap<>(s.labels());
    ImageConfig config = new ImageConfig("", s.ports().isEmpty() ? null : s.ports(), s.env(), s.cmd(), s.entrypoint(),
        s.volumes().isEmpty() ? null : s.volumes(), s.workdir(), null, labels, s.stopSignal(), null, false, null);
    root.set("config", config.toJson());
    String time = Instant.ofEpochMilli(created).toString();
    root.put("created", time);
    ArrayNode history = root.putArray("history");
    int buildkit = firstBuildkitEntry(s.history());
    for (int i = 0; i < s.history().size(); i++) {
      String h = s.history().get(i);
      ObjectNode e = history.addObject();
      e.put("created", time);
      e.put("created_by", h);
      if (h.endsWith("# buildkit") || i >= buildkit) {
        e.put("comment", "buildkit.dockerfile.v0");
      }
      if (!makesLayer(s.history(), i)) {
        e.put("empty_layer", true);
      }
    }
    root.put("os", "linux");
    ObjectNode rootfs = root.putObject("rootfs");
    rootfs.put("type", "layers");
    ArrayNode diffs = rootfs.putArray("diff_ids");
    layers.forEach(l -> diffs.add(l.diffId()));
    return root.toString();
  }

  /**
   * Returns the first history entry BuildKit wrote: BuildKit comments every step of a Dockerfile
   * it builds, ENV and CMD too ("buildkit.dockerfile.v0"; seen on Docker 26.1 with
   * `docker history --format '{{.Comment}}'` of a `FROM busybox` / `ENV` / `RUN` / `CMD` build). A
   * base whose own root entry is BuildKit's (debian's, alpine's "ADD ... # buildkit") is all
   * BuildKit's; a base that is not (ubuntu's ARG/LABEL/ADD file:/CMD, busybox's) ends at its CMD
   * and the image's own steps after it are. Returns the history's size when BuildKit wrote none.
   */
  private static int firstBuildkitEntry(List<String> history) {
    if (history.stream().noneMatch(h -> h.endsWith("# buildkit"))) {
      return history.size();
    }
    if (history.get(0).endsWith("# buildkit")) {
      return 0;
    }
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).startsWith("CMD ")) {
        return i + 1;
      }
    }
    return history.size();
  }

  /**
   * Returns whether history entry {@code i} made a layer: ADD, COPY and RUN do, and so does the
   * first entry, the base root file system, whatever it says (busybox's reads "BusyBox 1.37.0
   * (glibc), Debian 12" and `docker history busybox` shows it with the image's 4.27MB).
   */
  private static boolean makesLayer(List<String> history, int i) {
    String h = history.get(i);
    return i == 0 || h.startsWith("ADD") || h.startsWith("COPY") || h.startsWith("RUN");
  }

  /** Returns the catalog's repositories and their tags, for listings. */
  public static Map<String, List<String>> repositories() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String key : ENTRIES.keySet()) {
      String repo = key.substring(0, key.indexOf(':')).replace("library/", "");
      out.computeIfAbsent(repo, k -> new ArrayList<>()).add(key.substring(key.indexOf(':') + 1));
    }
    return out;
  }
}
