package dev.kujira.engine.layer;

import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.util.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes the layer that turns one file tree into another: added and changed entries, and
 * whiteouts for removed ones (what a RUN or COPY step, or docker commit, records). Shared
 * subtrees compare by identity, so only what changed is walked.
 */
public final class LayerDiff {
  private LayerDiff() {
  }

  /** Returns the layer from {@code lower} to {@code upper}. */
  public static Layer between(Node.Dir lower, Node.Dir upper) {
    FsTree out = new FsTree(new Node.Dir(new TreeMap<>(), upper.mode(), upper.uid(), upper.gid(), upper.mtime()));
    Set<String> whiteouts = new HashSet<>();
    long[] size = {0};
    StringBuilder canon = new StringBuilder();
    walk(lower, upper, "", out, whiteouts, size, canon);
    whiteouts.stream().sorted().forEach(w -> canon.append("D ").append(w).append('\n'));
    return new Layer("sha256:" + Ids.sha256Hex(canon.toString()), size[0], out.root(), whiteouts, Set.of());
  }

  private static void walk(Node.Dir lower, Node.Dir upper, String path, FsTree out, Set<String> whiteouts, long[] size,
      StringBuilder canon) {
    if (lower == upper) {
      return;
    }
    for (var e : upper.entries().entrySet()) {
      String p = path + "/" + e.getKey();
      Node l = lower == null ? null : lower.get(e.getKey());
      Node u = e.getValue();
      if (l == u) {
        continue;
      }
      if (u instanceof Node.Dir) {
        // Directories are part of the content address too, or two dir-only layers would share an id.
        canon.append("d ").append(p).append(' ').append(Integer.toOctalString(u.mode())).append('\n');
      }
      if (u instanceof Node.Dir && l instanceof Node.Dir) {
        ensureDir(out, p, (Node.Dir) u);
        walk((Node.Dir) l, (Node.Dir) u, p, out, whiteouts, size, canon);
        continue;
      }
      if (u instanceof Node.Dir) {
        ensureDir(out, p, (Node.Dir) u);
        walk(null, (Node.Dir) u, p, out, whiteouts, size, canon);
        continue;
      }
      if (u instanceof Node.RegularFile && l instanceof Node.RegularFile
          && ((Node.RegularFile) u).content() == ((Node.RegularFile) l).content() && u.mode() == l.mode()) {
        continue;
      }
      out.set(split(p), u, u.mtime());
      if (u instanceof Node.RegularFile) {
        byte[] c = ((Node.RegularFile) u).content();
        size[0] += c.length;
        canon.append("F ").append(p).append(' ').append(Integer.toOctalString(u.mode())).append(' ')
            .append(Ids.sha256Hex(c)).append('\n');
      } else {
        canon.append("L ").append(p).append(' ').append(((Node.Symlink) u).target()).append('\n');
      }
    }
    if (lower != null) {
      for (String name : lower.entries().keySet()) {
        if (!upper.entries().containsKey(name)) {
          whiteouts.add(path + "/" + name);
        }
      }
    }
  }

  private static void ensureDir(FsTree out, String p, Node.Dir like) {
    List<String> parts = split(p);
    if (out.lookup(parts) == null) {
      out.set(parts, new Node.Dir(new TreeMap<>(), like.mode(), like.uid(), like.gid(), like.mtime()), like.mtime());
    }
  }

  private static List<String> split(String p) {
    return Layer.split(p);
  }

  /** Returns a digest of bytes, for COPY cache keys. */
  public static String checksum(byte[] data) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
