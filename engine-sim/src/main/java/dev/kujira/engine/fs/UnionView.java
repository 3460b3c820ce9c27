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
  static final long MAX_FILE = 64L << 20;
  static final int MAX_LINKS = 40;
  final FsTree root;
  final List<Mount> mounts;
  final LongSupplier clock;
  String cwd;
  /** Whether the root (not the mounts) refuses writes: {@code docker run --read-only}. */
  boolean rootReadOnly;
  /** The credentials permission checks use; root (0) passes them all, as in the kernel. */
  int uid;
  int gid;
  private final UnionPaths paths = new UnionPaths(this);
  private final UnionWrites writes = new UnionWrites(this, paths);

  /** Creates a view of {@code root} with {@code mounts}, starting in "/". */
  public UnionView(FsTree root, List<Mount> mounts, LongSupplier clock) {
    this.root = root;
    this.mounts = mounts instanceof LiveMounts ? mounts : List.copyOf(mounts);
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

  @Override
  public String cwd() {
    return cwd;
  }

  @Override
  public void cd(String path) {
    UnionPaths.Location l = paths.resolve(path, true);
    Node n = l.node();
    if (n == null) {
      throw new FsException(FsError.ENOENT, path);
    }
    if (!(n instanceof Node.Dir)) {
      throw new FsException(FsError.ENOTDIR, path);
    }
    paths.need(n, 1, path);
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
      return paths.resolve(path, true).node() != null;
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
    Node n = paths.resolve(path, follow).node();
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
    paths.need(n, 4, path);
    return ((Node.RegularFile) n).content();
  }

  @Override
  public List<String> list(String path) {
    Node n = existing(path, true);
    if (!(n instanceof Node.Dir)) {
      throw new FsException(FsError.ENOTDIR, path);
    }
    paths.need(n, 4, path);
    return new ArrayList<>(((Node.Dir) n).entries().keySet());
  }

  @Override
  public void write(String path, byte[] data, boolean append) {
    writes.write(path, data, append);
  }

  @Override
  public void mkdir(String path, boolean parents) {
    writes.mkdir(path, parents);
  }

  @Override
  public void remove(String path, boolean recursive) {
    writes.remove(path, recursive);
  }

  @Override
  public void rename(String from, String to) {
    writes.rename(from, to);
  }

  @Override
  public void symlink(String target, String link) {
    writes.symlink(target, link);
  }

  @Override
  public void chmod(String path, int mode) {
    writes.chmod(path, mode);
  }

  @Override
  public void chown(String path, int uid, int gid, boolean follow) {
    writes.chown(path, uid, gid, follow);
  }

  @Override
  public void touch(String path, long epochMillis) {
    writes.touch(path, epochMillis);
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
}
