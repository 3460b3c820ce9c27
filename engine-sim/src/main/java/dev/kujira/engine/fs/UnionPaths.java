package dev.kujira.engine.fs;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a {@link UnionView}'s paths as Linux does: symlinks followed (absolute ones inside the
 * view's root), "." and ".." per component, 40 hops give ELOOP, the longest mount point wins; and
 * checks the view's user against the mode bits on the way (search on each directory walked).
 */
final class UnionPaths {
  private final UnionView v;

  UnionPaths(UnionView v) {
    this.v = v;
  }

  /** Where a path lands: its tree and path there; {@code mountPoint} when it is a mount's root (or "/"). */
  record Location(FsTree tree, List<String> path, boolean readOnly, List<String> virtual, boolean mountPoint) {
    Node node() {
      return tree.lookup(path);
    }
  }

  /** Checks permission bits (4 read, 2 write, 1 search; all that are set) of {@code n} for this view's user. */
  void need(Node n, int bit, String path) {
    if (v.uid == 0 || n == null) {
      return;
    }
    int shift = n.uid() == v.uid ? 6 : n.gid() == v.gid ? 3 : 0;
    if (((n.mode() >> shift) & bit) != bit) {
      throw new FsException(FsError.EACCES, path);
    }
  }

  /** Checks that this user may add or remove entries in the directory holding {@code l}. */
  void needParentWrite(Location l, String path) {
    if (v.uid == 0 || l.virtual().isEmpty()) {
      return;
    }
    need(locate(l.virtual().subList(0, l.virtual().size() - 1)).node(), 3, path);
  }

  /** Resolves {@code path} whose parent must exist as a directory; the last component may be missing. */
  Location parentExisting(String path, boolean followLast) {
    Location l = resolve(path, followLast);
    if (l.virtual().isEmpty()) {
      return l;
    }
    List<String> parent = l.virtual().subList(0, l.virtual().size() - 1);
    Location p = locate(parent);
    Node pn = p.node();
    if (pn == null) {
      throw new FsException(FsError.ENOENT, path);
    }
    if (!(pn instanceof Node.Dir)) {
      throw new FsException(FsError.ENOTDIR, path);
    }
    return l;
  }

  /** Resolves a path to its location, following symlinks on the way (and at the end when asked). */
  Location resolve(String path, boolean followLast) {
    if (path.isEmpty()) {
      throw new FsException(FsError.ENOENT, path);
    }
    java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(split(path.startsWith("/") ? path : v.cwd + "/" + path));
    List<String> done = new ArrayList<>();
    int hops = 0;
    // The node at `done`, stepped one component at a time (looked up from a root again only at
    // mount points, "..", and symlinks), so that a path d deep costs d steps, not d squared.
    Node at = null;
    boolean known = false;
    java.util.Set<Integer> mountDepths = new java.util.HashSet<>();
    for (Mount m : v.mounts) {
      mountDepths.add(split(m.point()).size());
    }
    while (!pending.isEmpty()) {
      // Each component is a step of the line's CPU budget (a path 5,000 directories deep is work).
      dev.kujira.engine.util.Budget.tick();
      String c = pending.removeFirst();
      if (c.equals(".")) {
        continue;
      }
      if (c.equals("..")) {
        if (!done.isEmpty()) {
          done.remove(done.size() - 1);
        }
        known = false;
        continue;
      }
      if (!known) {
        at = locate(done).node();
      }
      if (v.uid != 0) {
        need(at, 1, path);
      }
      done.add(c);
      Node n = !mountDepths.contains(done.size()) && at instanceof Node.Dir ? ((Node.Dir) at).get(c)
          : at == null && !mountDepths.contains(done.size()) ? null : locate(done).node();
      at = n;
      known = true;
      if (n instanceof Node.Symlink && (followLast || !pending.isEmpty())) {
        if (++hops > UnionView.MAX_LINKS) {
          throw new FsException(FsError.ELOOP, path);
        }
        String target = ((Node.Symlink) n).target();
        done.remove(done.size() - 1);
        List<String> next = split(target);
        if (target.startsWith("/")) {
          done.clear();
        }
        for (int k = next.size() - 1; k >= 0; k--) {
          pending.addFirst(next.get(k));
        }
        known = false;
      } else if (n != null && !(n instanceof Node.Dir) && !pending.isEmpty()) {
        throw new FsException(FsError.ENOTDIR, path);
      } else if (n == null && !pending.isEmpty()) {
        boolean onlyDots = pending.stream().allMatch(p -> p.equals("."));
        if (!onlyDots) {
          throw new FsException(FsError.ENOENT, path);
        }
      }
    }
    return locate(done);
  }

  static List<String> split(String path) {
    List<String> out = new ArrayList<>();
    for (String c : path.split("/")) {
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /** Maps virtual components (no symlinks) to the tree that holds them. */
  Location locate(List<String> virtual) {
    Mount best = null;
    int bestLen = -1;
    for (Mount m : v.mounts) {
      List<String> point = split(m.point());
      if (point.size() > bestLen && point.size() <= virtual.size() && virtual.subList(0, point.size()).equals(point)) {
        best = m;
        bestLen = point.size();
      }
    }
    List<String> copy = List.copyOf(virtual);
    if (best == null) {
      return new Location(v.root, copy, v.rootReadOnly, copy, copy.isEmpty());
    }
    List<String> inTree = new ArrayList<>(best.sub());
    inTree.addAll(virtual.subList(bestLen, virtual.size()));
    return new Location(best.tree(), inTree, best.readOnly(), copy, bestLen == virtual.size());
  }
}
