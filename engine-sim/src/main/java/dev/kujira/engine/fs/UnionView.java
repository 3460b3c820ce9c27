package dev.kujira.engine.fs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Is a process's view of files: a root tree, mounts over it (longest mount point wins), and a
 * working directory. Paths resolve as Linux resolves them: symlinks are followed (absolute ones
 * inside this view's root), "." and ".." are handled per component, and 40 hops give ELOOP.
 */
public final class UnionView implements FileSystemView {
  /** The largest file the simulator keeps (kujira's bound; the process package's Limits.FILE_BYTES). */
  private static final long MAX_FILE = 64L << 20;
  private static final int MAX_LINKS = 40;
  private final FsTree root;
  private final List<Mount> mounts;
  private final LongSupplier clock;
  private String cwd;
  /** Whether the root (not the mounts) refuses writes: {@code docker run --read-only}. */
  private boolean rootReadOnly;
  /** The credentials permission checks use; root (0) passes them all, as in the kernel. */
  private int uid;
  private int gid;

  /** Creates a view of {@code root} with {@code mounts}, starting in "/". */
  public UnionView(FsTree root, List<Mount> mounts, LongSupplier clock) {
    this.root = root;
    this.mounts = List.copyOf(mounts);
    this.clock = clock;
    this.cwd = "/";
  }

  /**
   * Makes this view act for user {@code asUid} and group {@code asGid}: reads, writes and
   * directory changes check the mode bits, and new files belong to that user.
   */
  public UnionView as(int asUid, int asGid) {
    this.uid = asUid;
    this.gid = asGid;
    return this;
  }

  /** Returns the tmpfs mount with a size that holds {@code l}, or null. */
  private Mount sizedTmpfs(Location l) {
    for (Mount m : mounts) {
      if (m.tree() == l.tree() && m.type().equals("tmpfs") && m.sizeKb() > 0 && !m.point().equals("/dev")) {
        return m;
      }
    }
    return null;
  }

  @Override
  public List<Mount> mountTable() {
    List<Mount> out = new ArrayList<>();
    out.add(new Mount("/", root, List.of(), rootReadOnly, "overlay", "overlay", "relatime", 0));
    out.addAll(mounts);
    return out;
  }

  /** Makes the root file system read-only (its mounts keep their own modes). */
  public UnionView readOnlyRoot() {
    this.rootReadOnly = true;
    return this;
  }

  /** Checks permission bits (4 read, 2 write, 1 search; all that are set) of {@code n} for this view's user. */
  private void need(Node n, int bit, String path) {
    if (uid == 0 || n == null) {
      return;
    }
    int shift = n.uid() == uid ? 6 : n.gid() == gid ? 3 : 0;
    if (((n.mode() >> shift) & bit) != bit) {
      throw new FsException(FsError.EACCES, path);
    }
  }

  /** Checks that this user may add or remove entries in the directory holding {@code l}. */
  private void needParentWrite(Location l, String path) {
    if (uid == 0 || l.virtual().isEmpty()) {
      return;
    }
    need(locate(l.virtual().subList(0, l.virtual().size() - 1)).node(), 3, path);
  }

  /** Where a resolved path lives: its tree, its components there, and whether it is writable. */
  /** Where a path lands: its tree and path there; {@code mountPoint} when it is a mount's root (or "/"). */
  private record Location(FsTree tree, List<String> path, boolean readOnly, List<String> virtual, boolean mountPoint) {
    Node node() {
      return tree.lookup(path);
    }
  }

  @Override
  public String cwd() {
    return cwd;
  }

  @Override
  public void cd(String path) {
    Location l = resolve(path, true);
    Node n = l.node();
    if (n == null) {
      throw new FsException(FsError.ENOENT, path);
    }
    if (!(n instanceof Node.Dir)) {
      throw new FsException(FsError.ENOTDIR, path);
    }
    need(n, 1, path);
    cwd = "/" + String.join("/", l.virtual());
  }

  @Override
  public String absolute(String path) {
    List<String> comps = new ArrayList<>();
    for (String c : ((path.startsWith("/") ? "" : cwd + "/") + path).split("/")) {
      if (c.isEmpty() || c.equals(".")) {
        continue;
      }
      if (c.equals("..")) {
        if (!comps.isEmpty()) {
          comps.remove(comps.size() - 1);
        }
      } else {
        comps.add(c);
      }
    }
    return "/" + String.join("/", comps);
  }

  @Override
  public boolean exists(String path) {
    try {
      return resolve(path, true).node() != null;
    } catch (FsException e) {
      return false;
    }
  }

  @Override
  public Stat stat(String path) {
    return existing(path, true).stat();
  }

  @Override
  public Stat lstat(String path) {
    return existing(path, false).stat();
  }

  private Node existing(String path, boolean follow) {
    Node n = resolve(path, follow).node();
    if (n == null) {
      throw new FsException(FsError.ENOENT, path);
    }
    return n;
  }

  @Override
  public byte[] read(String path) {
    Node n = existing(path, true);
    if (n instanceof Node.Dir) {
      throw new FsException(FsError.EISDIR, path);
    }
    if (Devices.isDevice(n)) {
      return Devices.read((Node.RegularFile) n, path);
    }
    need(n, 4, path);
    return ((Node.RegularFile) n).content();
  }

  @Override
  public void write(String path, byte[] data, boolean append) {
    Location l = parentExisting(path, true);
    Node old = l.node();
    if (old instanceof Node.Dir) {
      throw new FsException(FsError.EISDIR, path);
    }
    if (old != null && Devices.isDevice(old)) {
      Devices.write((Node.RegularFile) old, path);
      return;
    }
    long oldLen = old instanceof Node.RegularFile ? ((Node.RegularFile) old).content().length : 0;
    long size = (append ? oldLen : 0) + data.length;
    if (size > MAX_FILE) {
      throw new FsException(FsError.ENOSPC, path);
    }
    Mount tmpfs = sizedTmpfs(l);
    if (tmpfs != null) {
      long others = FsTree.size(l.tree().root()) - oldLen;
      long limit = tmpfs.sizeKb() * 1024;
      if (others + size > limit) {
        // A full tmpfs takes what fits, then the write fails: ENOSPC after a short write.
        long room = Math.max(0, limit - others - (append ? oldLen : 0));
        write(path, java.util.Arrays.copyOf(data, (int) Math.min(room, data.length)), append);
        throw new FsException(FsError.ENOSPC, path);
      }
    }
    if (old == null) {
      needParentWrite(l, path);
    } else {
      need(old, 2, path);
    }
    // All the session's files share one bound (util/Budget): a write past it fails as a full disk does.
    if (!dev.kujira.engine.util.Budget.fits(size - oldLen)) {
      if (old == null) {
        // open(O_CREAT) worked; the first write found the disk full (dd then counts 0 blocks out).
        write(path, new byte[0], false);
      }
      throw new FsException(FsError.ENOSPC, path);
    }
    byte[] content = data;
    int mode = 0644;
    int owner = uid;
    int group = gid;
    if (old instanceof Node.RegularFile) {
      Node.RegularFile f = (Node.RegularFile) old;
      mode = f.mode();
      owner = f.uid();
      group = f.gid();
      if (append) {
        content = new byte[f.content().length + data.length];
        System.arraycopy(f.content(), 0, content, 0, f.content().length);
        System.arraycopy(data, 0, content, f.content().length, data.length);
      }
    }
    put(l, path, new Node.RegularFile(content, mode, owner, group, clock.getAsLong()));
  }

  @Override
  public List<String> list(String path) {
    Node n = existing(path, true);
    if (!(n instanceof Node.Dir)) {
      throw new FsException(FsError.ENOTDIR, path);
    }
    need(n, 4, path);
    return new ArrayList<>(((Node.Dir) n).entries().keySet());
  }

  @Override
  public void mkdir(String path, boolean parents) {
    if (parents) {
      String abs = absolute(path);
      try {
        if (resolve(abs, true).node() instanceof Node.Dir) {
          return; // all there: one walk down, not one per level
        }
      } catch (FsException e) {
        // a missing or odd level: the walk below reports it as mkdir -p does
      }
      StringBuilder sb = new StringBuilder();
      for (String c : abs.substring(1).split("/")) {
        if (c.isEmpty()) {
          continue;
        }
        sb.append('/').append(c);
        Location l = resolve(sb.toString(), true);
        Node n = l.node();
        if (n == null) {
          needParentWrite(l, path);
          String rest = abs.substring(Math.min(abs.length(), sb.length() + 1));
          if (!rest.isEmpty() && mounts.stream().noneMatch(m -> (m.point() + "/").startsWith(sb + "/"))) {
            // The rest is all new: one chain of directories put at once (a path 5,000 deep is then
            // one copy of its parents, not 5,000).
            put(l, path, chain(rest.split("/"), 0));
            return;
          }
          put(l, path, new Node.Dir(new java.util.TreeMap<>(), 0755, uid, gid, clock.getAsLong()));
        } else if (!(n instanceof Node.Dir)) {
          throw new FsException(FsError.ENOTDIR, path);
        }
      }
      return;
    }
    Location l = parentExisting(path, false);
    if (l.node() != null) {
      throw new FsException(FsError.EEXIST, path);
    }
    needParentWrite(l, path);
    put(l, path, new Node.Dir(new java.util.TreeMap<>(), 0755, uid, gid, clock.getAsLong()));
  }

  /** Returns a new directory holding the new directories {@code names[from..]}, each inside the one before. */
  private Node.Dir chain(String[] names, int from) {
    Node.Dir inner = new Node.Dir(new java.util.TreeMap<>(), 0755, uid, gid, clock.getAsLong());
    for (int i = names.length - 1; i >= from; i--) {
      dev.kujira.engine.util.Budget.tick();
      inner = new Node.Dir(new java.util.TreeMap<>(java.util.Map.of(names[i], inner)), 0755, uid, gid, clock.getAsLong());
    }
    return inner;
  }

  @Override
  public void remove(String path, boolean recursive) {
    Location l = parentExisting(path, false);
    Node n = l.node();
    if (n == null) {
      throw new FsException(FsError.ENOENT, path);
    }
    // A mount point (a volume, a bind, /etc/hosts…) cannot be unlinked from inside: EBUSY, as Linux says.
    if (l.mountPoint() || l.path().isEmpty()) {
      throw new FsException(FsError.EBUSY, path);
    }
    if (n instanceof Node.Dir && !((Node.Dir) n).entries().isEmpty() && !recursive) {
      throw new FsException(FsError.ENOTEMPTY, path);
    }
    needParentWrite(l, path);
    put(l, path, null);
  }

  @Override
  public void rename(String from, String to) {
    Location src = parentExisting(from, false);
    Node n = src.node();
    if (n == null) {
      throw new FsException(FsError.ENOENT, from);
    }
    Location dst = parentExisting(to, false);
    if (src.mountPoint() || dst.mountPoint() && dst.node() != null) {
      throw new FsException(FsError.EBUSY, from);
    }
    needParentWrite(src, from);
    needParentWrite(dst, to);
    put(dst, to, n);
    put(parentExisting(from, false), from, null);
  }

  @Override
  public void symlink(String target, String link) {
    Location l = parentExisting(link, false);
    if (l.node() != null) {
      throw new FsException(FsError.EEXIST, link);
    }
    needParentWrite(l, link);
    put(l, link, new Node.Symlink(target, 0777, uid, gid, clock.getAsLong()));
  }

  @Override
  public void chmod(String path, int mode) {
    Location l = resolve(path, true);
    Node n = l.node();
    if (n == null) {
      throw new FsException(FsError.ENOENT, path);
    }
    if (uid != 0 && n.uid() != uid) {
      throw new FsException(FsError.EPERM, path);
    }
    put(l, path, withMeta(n, (n.mode() & ~07777) | (mode & 07777), n.mtime()));
  }

  @Override
  public void chown(String path, int uid, int gid, boolean follow) {
    Location l = resolve(path, follow);
    Node n = l.node();
    if (n == null) {
      throw new FsException(FsError.ENOENT, path);
    }
    int u = uid < 0 ? n.uid() : uid;
    int g = gid < 0 ? n.gid() : gid;
    // chown(2): only root changes an owner; the owner may keep it and pick its own group.
    if (this.uid != 0 && (n.uid() != this.uid || u != n.uid() || g != n.gid() && g != this.gid)) {
      throw new FsException(FsError.EPERM, path);
    }
    Node owned;
    if (n instanceof Node.Dir) {
      Node.Dir d = (Node.Dir) n;
      owned = new Node.Dir(d.entries(), d.mode(), u, g, d.mtime());
    } else if (n instanceof Node.RegularFile) {
      Node.RegularFile f = (Node.RegularFile) n;
      owned = new Node.RegularFile(f.content(), f.mode(), u, g, f.mtime());
    } else {
      Node.Symlink sl = (Node.Symlink) n;
      owned = new Node.Symlink(sl.target(), sl.mode(), u, g, sl.mtime());
    }
    put(l, path, owned);
  }

  @Override
  public void touch(String path, long epochMillis) {
    Location l = parentExisting(path, true);
    Node n = l.node();
    if (n == null) {
      needParentWrite(l, path);
    } else if (uid != 0 && n.uid() != uid) {
      need(n, 2, path);
    }
    put(l, path, n == null ? new Node.RegularFile(new byte[0], 0644, uid, gid, epochMillis) : withMeta(n, n.mode(), epochMillis));
  }

  @Override
  public FileSystemView fork() {
    UnionView v = new UnionView(root, mounts, clock);
    v.cwd = cwd;
    v.uid = uid;
    v.gid = gid;
    v.rootReadOnly = rootReadOnly;
    return v;
  }

  /** Writes a text file, for callers that build files (the daemon's /etc files). */
  public void writeText(String path, String text) {
    write(path, text.getBytes(StandardCharsets.UTF_8), false);
  }

  private static Node withMeta(Node n, int mode, long mtime) {
    if (n instanceof Node.Dir) {
      Node.Dir d = (Node.Dir) n;
      return new Node.Dir(d.entries(), mode, d.uid(), d.gid(), mtime);
    }
    if (n instanceof Node.RegularFile) {
      Node.RegularFile f = (Node.RegularFile) n;
      return new Node.RegularFile(f.content(), mode, f.uid(), f.gid(), mtime);
    }
    Node.Symlink s = (Node.Symlink) n;
    return new Node.Symlink(s.target(), s.mode(), s.uid(), s.gid(), mtime);
  }

  private void put(Location l, String userPath, Node node) {
    if (l.readOnly()) {
      throw new FsException(FsError.EROFS, userPath);
    }
    if (l.path().isEmpty()) {
      if (node instanceof Node.Dir) {
        l.tree().replaceRoot((Node.Dir) node);
        return;
      }
      throw new FsException(FsError.EBUSY, userPath);
    }
    l.tree().set(l.path(), node, clock.getAsLong());
  }

  /** Resolves {@code path} whose parent must exist as a directory; the last component may be missing. */
  private Location parentExisting(String path, boolean followLast) {
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
  private Location resolve(String path, boolean followLast) {
    if (path.isEmpty()) {
      throw new FsException(FsError.ENOENT, path);
    }
    java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(split(path.startsWith("/") ? path : cwd + "/" + path));
    List<String> done = new ArrayList<>();
    int hops = 0;
    // The node at `done`, stepped one component at a time (looked up from a root again only at
    // mount points, "..", and symlinks), so that a path d deep costs d steps, not d squared.
    Node at = null;
    boolean known = false;
    java.util.Set<Integer> mountDepths = new java.util.HashSet<>();
    for (Mount m : mounts) {
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
      if (uid != 0) {
        need(at, 1, path);
      }
      done.add(c);
      Node n = !mountDepths.contains(done.size()) && at instanceof Node.Dir ? ((Node.Dir) at).get(c)
          : at == null && !mountDepths.contains(done.size()) ? null : locate(done).node();
      at = n;
      known = true;
      if (n instanceof Node.Symlink && (followLast || !pending.isEmpty())) {
        if (++hops > MAX_LINKS) {
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

  private static List<String> split(String path) {
    List<String> out = new ArrayList<>();
    for (String c : path.split("/")) {
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /** Maps virtual components (no symlinks) to the tree that holds them. */
  private Location locate(List<String> virtual) {
    Mount best = null;
    int bestLen = -1;
    for (Mount m : mounts) {
      List<String> point = split(m.point());
      if (point.size() > bestLen && point.size() <= virtual.size() && virtual.subList(0, point.size()).equals(point)) {
        best = m;
        bestLen = point.size();
      }
    }
    List<String> copy = List.copyOf(virtual);
    if (best == null) {
      return new Location(root, copy, rootReadOnly, copy, copy.isEmpty());
    }
    List<String> inTree = new ArrayList<>(best.sub());
    inTree.addAll(virtual.subList(bestLen, virtual.size()));
    return new Location(best.tree(), inTree, best.readOnly(), copy, bestLen == virtual.size());
  }
}
