package dev.kujira.engine.layer;

import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import java.util.List;
import java.util.Set;

/**
 * Is one image layer: the files it adds or changes, the paths it deletes (OCI whiteouts) and the
 * directories it makes opaque, with its diff id (the sha256 of its uncompressed tar).
 *
 * @param diffId "sha256:" + hex
 * @param size bytes of file content, as Docker counts a layer
 * @param tree the added and changed entries
 * @param whiteouts absolute paths the layer removes
 * @param opaque absolute directories whose lower content the layer hides
 */
public record Layer(String diffId, long size, Node.Dir tree, Set<String> whiteouts, Set<String> opaque) {

  /** Copies the sets. */
  public Layer {
    whiteouts = Set.copyOf(whiteouts);
    opaque = Set.copyOf(opaque);
  }

  /** Returns this layer as the tar a registry or {@code docker save} carries (whiteouts as .wh. files). */
  public byte[] toTar() {
    TarWriter w = new TarWriter().tree("", tree);
    for (String wh : new java.util.TreeSet<>(whiteouts)) {
      int slash = wh.lastIndexOf('/');
      String dir = wh.substring(1, slash + 1);
      w.file(dir + ".wh." + wh.substring(slash + 1), new byte[0], 0644, 0);
    }
    return w.finish();
  }

  /** Returns a copy named by {@code id} (a loaded image's config names its layers' diff ids). */
  public Layer withDiffId(String id) {
    return new Layer(id, size, tree, whiteouts, opaque);
  }

  /** Returns {@code base} with this layer applied on top. */
  public Node.Dir applyTo(Node.Dir base) {
    if (base.entries().isEmpty() && whiteouts.isEmpty()) {
      return tree;
    }
    FsTree t = new FsTree(base);
    for (String w : whiteouts) {
      List<String> p = split(w);
      if (t.lookup(p) != null) {
        t.set(p, null, 0);
      }
    }
    for (String o : opaque) {
      List<String> p = split(o);
      if (t.lookup(p) instanceof Node.Dir) {
        Node.Dir d = (Node.Dir) t.lookup(p);
        t.set(p, new Node.Dir(new java.util.TreeMap<>(), d.mode(), d.uid(), d.gid(), d.mtime()), 0);
      }
    }
    return merge(t.root(), tree);
  }

  private static Node.Dir merge(Node.Dir lower, Node.Dir upper) {
    java.util.TreeMap<String, Node> out = new java.util.TreeMap<>(lower.entries());
    for (var e : upper.entries().entrySet()) {
      Node old = out.get(e.getKey());
      Node up = e.getValue();
      if (old instanceof Node.Dir && up instanceof Node.Dir) {
        out.put(e.getKey(), merge((Node.Dir) old, (Node.Dir) up));
      } else {
        out.put(e.getKey(), up);
      }
    }
    return new Node.Dir(out, upper.mode(), upper.uid(), upper.gid(), upper.mtime());
  }

  /** Returns the tree of {@code layers} stacked bottom first. */
  public static Node.Dir flatten(List<Layer> layers) {
    Node.Dir d = Node.Dir.EMPTY;
    for (Layer l : layers) {
      d = l.applyTo(d);
    }
    return d;
  }

  static List<String> split(String path) {
    List<String> out = new java.util.ArrayList<>();
    for (String c : path.split("/")) {
      if (!c.isEmpty() && !c.equals(".")) {
        out.add(c);
      }
    }
    return out;
  }
}
