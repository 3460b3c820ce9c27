package dev.kujira.engine.fs;

/**
 * Carries out a {@link UnionView}'s changes: write (with the file and tmpfs size bounds and the
 * session's disk budget), mkdir, remove, rename, symlink, chmod, chown and touch, each checking
 * the view's user and the mount's read-only flag as the kernel does.
 */
final class UnionWrites {
  private final UnionView v;
  private final UnionPaths paths;

  UnionWrites(UnionView v, UnionPaths paths) {
    this.v = v;
    this.paths = paths;
  }

  /** Returns the tmpfs mount with a size that holds {@code l}, or null. */
  Mount sizedTmpfs(UnionPaths.Location l) {
    for (Mount m : v.mounts) {
      if (m.tree() == l.tree() && m.type().equals("tmpfs") && m.sizeKb() > 0 && !m.point().equals("/dev")) {
        return m;
      }
    }
    return null;
  }

  void write(String path, byte[] data, boolean append) {
    UnionPaths.Location l = paths.parentExisting(path, true);
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
    if (size > UnionView.MAX_FILE) {
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
      paths.needParentWrite(l, path);
    } else {
      paths.need(old, 2, path);
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
    int owner = v.uid;
    int group = v.gid;
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
    put(l, path, new Node.RegularFile(content, mode, owner, group, v.clock.getAsLong()));
  }

  void mkdir(String path, boolean parents) {
    if (parents) {
      String abs = v.absolute(path);
      try {
        if (paths.resolve(abs, true).node() instanceof Node.Dir) {
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
        UnionPaths.Location l = paths.resolve(sb.toString(), true);
        Node n = l.node();
        if (n == null) {
          paths.needParentWrite(l, path);
          String rest = abs.substring(Math.min(abs.length(), sb.length() + 1));
          if (!rest.isEmpty() && v.mounts.stream().noneMatch(m -> (m.point() + "/").startsWith(sb + "/"))) {
            // The rest is all new: one chain of directories put at once (a path 5,000 deep is then
            // one copy of its parents, not 5,000).
            put(l, path, chain(rest.split("/"), 0));
            return;
          }
          put(l, path, new Node.Dir(new java.util.TreeMap<>(), 0755, v.uid, v.gid, v.clock.getAsLong()));
        } else if (!(n instanceof Node.Dir)) {
          throw new FsException(FsError.ENOTDIR, path);
        }
      }
      return;
    }
    UnionPaths.Location l = paths.parentExisting(path, false);
    if (l.node() != null) {
      throw new FsException(FsError.EEXIST, path);
    }
    paths.needParentWrite(l, path);
    put(l, path, new Node.Dir(new java.util.TreeMap<>(), 0755, v.uid, v.gid, v.clock.getAsLong()));
  }

  /** Returns a new directory holding the new directories {@code names[from..]}, each inside the one before. */
  Node.Dir chain(String[] names, int from) {
    Node.Dir inner = new Node.Dir(new java.util.TreeMap<>(), 0755, v.uid, v.gid, v.clock.getAsLong());
    for (int i = names.length - 1; i >= from; i--) {
      dev.kujira.engine.util.Budget.tick();
      inner = new Node.Dir(new java.util.TreeMap<>(java.util.Map.of(names[i], inner)), 0755, v.uid, v.gid, v.clock.getAsLong());
    }
    return inner;
  }

  void remove(String path, boolean recursive) {
    UnionPaths.Location l = paths.parentExisting(path, false);
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
    paths.needParentWrite(l, path);
    put(l, path, null);
  }

  void rename(String from, String to) {
    UnionPaths.Location src = paths.parentExisting(from, false);
    Node n = src.node();
    if (n == null) {
      throw new FsException(FsError.ENOENT, from);
    }
    UnionPaths.Location dst = paths.parentExisting(to, false);
    if (src.mountPoint() || dst.mountPoint() && dst.node() != null) {
      throw new FsException(FsError.EBUSY, from);
    }
    paths.needParentWrite(src, from);
    paths.needParentWrite(dst, to);
    put(dst, to, n);
    put(paths.parentExisting(from, false), from, null);
  }

  void symlink(String target, String link) {
    UnionPaths.Location l = paths.parentExisting(link, false);
    if (l.node() != null) {
      throw new FsException(FsError.EEXIST, link);
    }
    paths.needParentWrite(l, link);
    put(l, link, new Node.Symlink(target, 0777, v.uid, v.gid, v.clock.getAsLong()));
  }

  void chmod(String path, int mode) {
    UnionPaths.Location l = paths.resolve(path, true);
    Node n = l.node();
    if (n == null) {
      throw new FsException(FsError.ENOENT, path);
    }
    if (v.uid != 0 && n.uid() != v.uid) {
      throw new FsException(FsError.EPERM, path);
    }
    put(l, path, withMeta(n, (n.mode() & ~07777) | (mode & 07777), n.mtime()));
  }

  void chown(String path, int uid, int gid, boolean follow) {
    UnionPaths.Location l = paths.resolve(path, follow);
    Node n = l.node();
    if (n == null) {
      throw new FsException(FsError.ENOENT, path);
    }
    int u = uid < 0 ? n.uid() : uid;
    int g = gid < 0 ? n.gid() : gid;
    // chown(2): only root changes an owner; the owner may keep it and pick its own group.
    if (v.uid != 0 && (n.uid() != v.uid || u != n.uid() || g != n.gid() && g != v.gid)) {
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

  void touch(String path, long epochMillis) {
    UnionPaths.Location l = paths.parentExisting(path, true);
    Node n = l.node();
    if (n == null) {
      paths.needParentWrite(l, path);
    } else if (v.uid != 0 && n.uid() != v.uid) {
      paths.need(n, 2, path);
    }
    put(l, path, n == null ? new Node.RegularFile(new byte[0], 0644, v.uid, v.gid, epochMillis) : withMeta(n, n.mode(), epochMillis));
  }

  static Node withMeta(Node n, int mode, long mtime) {
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

  void put(UnionPaths.Location l, String userPath, Node node) {
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
    l.tree().set(l.path(), node, v.clock.getAsLong());
  }
}
