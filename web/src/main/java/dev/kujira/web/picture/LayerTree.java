package dev.kujira.web.picture;

import dev.kujira.engine.api.ImageInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Is the images' layers as a tree: a layer is shared when the same layer sits on the same layers
 * below it (Docker's chain id), so images built on one base share that base's nodes. Walking the
 * tree depth first gives each image a column such that every node's images are side by side: a
 * shared layer is drawn once, across their columns.
 */
final class LayerTree {
  private static final Pattern NOP = Pattern.compile("^/bin/sh -c #\\(nop\\)\\s*");
  private static final Pattern SH = Pattern.compile("^/bin/sh -c ");
  private static final Pattern RUN_SH = Pattern.compile("^RUN /bin/sh -c ");
  private static final Pattern BUILDKIT = Pattern.compile("\\s*# buildkit$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** The short form of each layer's created-by text, shared by every picture (the same images recur). */
  private static final Map<String, String> SHORT = new ConcurrentHashMap<>();
  private static final int MAX_SHORT = 10_000;

  /** Is one layer in its place: the images that contain it span columns {@code first..last}. */
  static final class Node {
    final ImageInfo.LayerInfo layer;
    final int depth;
    final Map<String, Node> children = new LinkedHashMap<>();
    final List<ImageInfo> ending = new ArrayList<>();
    int first;
    int last;
    int images;

    Node(ImageInfo.LayerInfo layer, int depth) {
      this.layer = layer;
      this.depth = depth;
    }
  }

  /** The virtual root (no layer): its children are the base layers. */
  final Node root = new Node(null, -1);
  /** Every image in column order. */
  final List<ImageInfo> columns = new ArrayList<>();
  /** Each column's number of layers. */
  final List<Integer> heights = new ArrayList<>();

  LayerTree(List<ImageInfo> images) {
    for (ImageInfo image : images) {
      Node at = root;
      for (ImageInfo.LayerInfo l : layers(image)) {
        final Node parent = at;
        at = parent.children.computeIfAbsent(l.diffId(), k -> new Node(l, parent.depth + 1));
      }
      at.ending.add(image);
    }
    place(root);
  }

  /** Returns an image's real layers (history entries that made one), oldest first. */
  static List<ImageInfo.LayerInfo> layers(ImageInfo image) {
    return image.layers().stream().filter(l -> !l.emptyLayer() && !l.diffId().isEmpty()).toList();
  }

  private void place(Node n) {
    n.first = columns.size();
    for (ImageInfo image : n.ending) {
      columns.add(image);
      heights.add(n.depth + 1);
    }
    n.children.values().forEach(this::place);
    n.last = columns.size() - 1;
    n.images = n.last - n.first + 1;
  }

  /** Returns every layer node, parents before children. */
  List<Node> nodes() {
    List<Node> out = new ArrayList<>();
    collect(root, out);
    out.remove(0);
    return out;
  }

  private static void collect(Node n, List<Node> out) {
    out.add(n);
    n.children.values().forEach(c -> collect(c, out));
  }

  /**
   * Returns a layer's instruction in a few words: the shell prefix, BuildKit's marker and the
   * classic builder's {@code #(nop)} are noise at this size.
   */
  static String instruction(ImageInfo.LayerInfo l) {
    if (SHORT.size() > MAX_SHORT) {
      // The catalogue's layers are a few hundred; built images add more. Starting again bounds the memory.
      SHORT.clear();
    }
    String s = l.createdBy().isEmpty() ? "" : SHORT.computeIfAbsent(l.createdBy(), LayerTree::shorten);
    return s.isEmpty() ? l.diffId().substring(Math.min(7, l.diffId().length()), Math.min(19, l.diffId().length())) : s;
  }

  private static String shorten(String createdBy) {
    String s = createdBy.replace("|", " ").trim();
    s = NOP.matcher(s).replaceFirst("");
    s = SH.matcher(s).replaceFirst("RUN ");
    s = RUN_SH.matcher(s).replaceFirst("RUN ");
    s = BUILDKIT.matcher(s).replaceFirst("");
    s = SPACES.matcher(s).replaceAll(" ").trim();
    // A real image's RUN step can be a few thousand characters (nginx's is 2,600): the picture's
    // tooltip and its text alternative keep the first words, as docker history does without --no-trunc.
    if (s.length() > MAX_WORDS) {
      int cut = s.lastIndexOf(' ', MAX_WORDS - 1);
      s = s.substring(0, cut > MAX_WORDS / 2 ? cut : MAX_WORDS - 1) + "…";
    }
    return s;
  }

  /** The longest instruction the picture shows, in characters. */
  private static final int MAX_WORDS = 80;
}
