package dev.kujira.engine.fs;

/**
 * Holds one file system's current root: a container's writable root, a volume, the simulated
 * host. The only mutable thing in the file system; swapping the root is an update.
 */
public final class FsTree {
  private Node.Dir root;

  /** Creates an empty tree. */
  public FsTree() {
    this(Node.Dir.EMPTY);
  }

  /** Creates a tree over {@code root}. */
  public FsTree(Node.Dir root) {
    this.root = root;
  }

  /** Returns the current root. */
  public Node.Dir root() {
    return root;
  }

  /** Replaces the root (an update, or a restore from a snapshot). */
  public void replaceRoot(Node.Dir newRoot) {
    this.root = newRoot;
  }

  /** Returns the node at the components {@code path} (no symlinks followed), or null. */
  public Node lookup(java.util.List<String> path) {
    Node n = root;
    for (String c : path) {
      if (!(n instanceof Node.Dir)) {
        return null;
      }
      n = ((Node.Dir) n).get(c);
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /** Sets the node at {@code path} (null removes it); every parent must exist as a directory. */
  public void set(java.util.List<String> path, Node node, long now) {
    root = (Node.Dir) replace(root, path, 0, node, now);
  }

  private static Node replace(Node.Dir dir, java.util.List<String> path, int i, Node node, long now) {
    String name = path.get(i);
    if (i == path.size() - 1) {
      return dir.with(name, node, now);
    }
    Node child = dir.get(name);
    if (!(child instanceof Node.Dir)) {
      throw new IllegalStateException("not a directory: " + name);
    }
    return dir.with(name, replace((Node.Dir) child, path, i + 1, node, now), dir.mtime());
  }

  /** Returns the total size of the regular files in the tree, each content array counted once. */
  public static long size(Node node) {
    java.util.Set<byte[]> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    return size(node, seen);
  }

  /** Returns the total size of the regular files in all {@code trees}, each content array counted once. */
  public static long size(Iterable<FsTree> trees) {
    java.util.Set<byte[]> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    long s = 0;
    for (FsTree t : trees) {
      s += size(t.root(), seen);
    }
    return s;
  }

  private static long size(Node node, java.util.Set<byte[]> seen) {
    if (node instanceof Node.RegularFile) {
      byte[] c = ((Node.RegularFile) node).content();
      return seen.add(c) ? c.length : 0;
    }
    if (node instanceof Node.Dir) {
      long s = 0;
      for (Node n : ((Node.Dir) node).entries().values()) {
        s += size(n, seen);
      }
      return s;
    }
    return 0;
  }
}
