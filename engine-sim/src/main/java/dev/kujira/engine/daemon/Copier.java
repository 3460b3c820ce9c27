package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.fs.UnionView;
import java.util.List;

/**
 * Copies between the client's files and a container's, running or stopped, with docker cp's
 * rules (docker/cli container/cp.go): into an existing directory the source keeps its name;
 * otherwise it takes the destination's name; a destination ending in "/" must exist.
 */
public final class Copier {
  private Copier() {
  }

  /** Copies as {@code docker cp} does and returns the size of the tar stream that carried the files. */
  public static long copy(DaemonState state, Container c, String ref, String containerPath, String hostPath,
      boolean toContainer) {
    FileSystemView box = Rootfs.view(state, c);
    box.cd("/");
    FileSystemView host = new UnionView(state.host(), List.of(), state.clock()::now);
    FileSystemView from = toContainer ? host : box;
    FileSystemView to = toContainer ? box : host;
    String src = toContainer ? hostPath : absolute(containerPath);
    String dst = toContainer ? absolute(containerPath) : hostPath;
    if (!exists(from, src)) {
      if (toContainer) {
        // docker/cli lstat's the local source itself (cp.go copyToContainer).
        throw Errors.cpLocalMissing(src);
      }
      // moby names the container as the client did (compose passes its id: conformance c23)
      throw Errors.cpNotFound(containerPath, ref);
    }
    String target;
    if (isDir(to, dst)) {
      target = dst.replaceAll("/+$", "") + "/" + baseName(src);
    } else if (dst.endsWith("/") && !isDir(from, src)) {
      // archive.PrepareArchiveCopy: a file into a missing "dir/" is the client's ErrDirNotExists.
      throw noSuchDirectory();
    } else {
      String parent = parent(dst);
      if (!isDir(to, parent)) {
        if (toContainer) {
          // The client then copies into the parent, which the daemon cannot find.
          throw Errors.cpNotFound(parent, ref);
        }
        throw noSuchDirectory();
      }
      target = dst.replaceAll("/+$", "");
    }
    tree(from, src, to, target);
    // The copy travels as a tar (moby's archive: 512-byte headers, data padded to 512, a 1 KiB end).
    dev.kujira.engine.layer.TarWriter w = new dev.kujira.engine.layer.TarWriter();
    add(from, src, src.equals("/") ? "" : baseName(src), w);
    return w.finish().length;
  }

  /** Returns a tar of {@code containerPath} named by its base name, as {@code docker cp CONTAINER:PATH -} writes. */
  public static byte[] archive(DaemonState state, Container c, String ref, String containerPath) {
    FileSystemView box = Rootfs.view(state, c);
    box.cd("/");
    String src = absolute(containerPath);
    if (!exists(box, src)) {
      throw Errors.cpNotFound(containerPath, ref);
    }
    dev.kujira.engine.layer.TarWriter w = new dev.kujira.engine.layer.TarWriter();
    add(box, src, src.equals("/") ? "" : baseName(src), w);
    return w.finish();
  }

  private static void add(FileSystemView fs, String path, String name, dev.kujira.engine.layer.TarWriter w) {
    Stat st = fs.lstat(path);
    // moby's archive writes numeric owners without names (FileInfoHeaderNoLookups).
    w.owner(st.uid(), st.gid(), "", "");
    if (st.type() == Stat.Type.SYMLINK) {
      w.symlink(name, st.linkTarget(), st.mtime());
    } else if (st.isDirectory()) {
      if (!name.isEmpty()) {
        w.dir(name + "/", st.mode(), st.mtime());
      }
      for (String n : new java.util.TreeSet<>(fs.list(path))) {
        add(fs, (path.equals("/") ? "" : path) + "/" + n, name.isEmpty() ? n : name + "/" + n, w);
      }
    } else {
      w.file(name, fs.read(path), st.mode(), st.mtime());
    }
  }

  /**
   * Unpacks a tar into the directory {@code containerPath} ({@code docker cp - CONTAINER:DIR}); the
   * client refuses a destination that is not a directory, the daemon a stream that is not a tar.
   */
  public static void extract(DaemonState state, Container c, String ref, String containerPath, byte[] tar) {
    FileSystemView box = Rootfs.view(state, c);
    box.cd("/");
    String dst = absolute(containerPath);
    if (!isDir(box, dst)) {
      throw Errors.cpNotADirectory(ref, containerPath);
    }
    java.util.List<dev.kujira.engine.layer.TarEntry> entries;
    try {
      entries = dev.kujira.engine.layer.TarReader.entries(tar);
    } catch (RuntimeException e) {
      throw Errors.cpUnexpectedEof();
    }
    // A stream shorter than one tar header ends before the archive does.
    if (entries.isEmpty() && tar.length > 0 && tar.length < 512) {
      throw Errors.cpUnexpectedEof();
    }
    String base = dst.equals("/") ? "" : dst.replaceAll("/+$", "");
    for (dev.kujira.engine.layer.TarEntry e : entries) {
      String name = e.name().replaceAll("^\\./", "").replaceAll("/+$", "");
      if (name.isEmpty()) {
        continue;
      }
      String target = base + "/" + name;
      if (e.isDirectory()) {
        box.mkdir(target, true);
      } else if (e.type() == '2') {
        box.symlink(e.link(), target);
      } else {
        String parent = target.substring(0, target.lastIndexOf('/'));
        if (!parent.isEmpty()) {
          box.mkdir(parent, true);
        }
        box.write(target, e.data(), false);
      }
      if (e.type() != '2') {
        box.chmod(target, e.mode() & 07777);
      }
    }
  }

  /** The client's own refusal when the destination's directory is missing (docker/cli prints it bare). */
  public static final String NO_SUCH_DIRECTORY = "no such directory";

  private static EngineException noSuchDirectory() {
    return Errors.cpNoSuchDirectory(NO_SUCH_DIRECTORY);
  }

  private static void tree(FileSystemView from, String src, FileSystemView to, String dst) {
    Stat st = from.stat(src);
    if (st.isDirectory()) {
      to.mkdir(dst, true);
      for (String n : from.list(src)) {
        tree(from, src + "/" + n, to, dst + "/" + n);
      }
    } else {
      to.write(dst, from.read(src), false);
      to.chmod(dst, st.mode());
    }
  }

  private static String absolute(String p) {
    return p.startsWith("/") ? p : "/" + p;
  }

  private static boolean exists(FileSystemView fs, String p) {
    try {
      fs.stat(p);
      return true;
    } catch (FsException e) {
      return false;
    }
  }

  private static boolean isDir(FileSystemView fs, String p) {
    try {
      return fs.stat(p).isDirectory();
    } catch (FsException e) {
      return false;
    }
  }

  private static String baseName(String p) {
    String t = p.replaceAll("/+$", "");
    return t.substring(t.lastIndexOf('/') + 1);
  }

  private static String parent(String p) {
    String t = p.replaceAll("/+$", "");
    int i = t.lastIndexOf('/');
    return i < 0 ? "." : i == 0 ? "/" : t.substring(0, i);
  }
}
