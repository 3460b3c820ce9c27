package dev.kujira.engine.host;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.UnionView;
import dev.kujira.engine.util.VirtualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Builds views of the host's files and copies a real folder in (script mode's WORKDIR). */
public final class HostFiles {
  private HostFiles() {
  }

  /** Returns a view of the host tree starting at "/". */
  public static FileSystemView view(FsTree root, VirtualClock clock) {
    return new UnionView(root, List.of(), clock::now);
  }

  /**
   * Makes the host's {@code /var/lib/docker/volumes} list exactly the volumes that exist: a
   * directory per volume holding its {@code _data} mount point, none for a removed volume.
   * (The real directory also holds the driver's metadata.db and backingFsBlockDev; not kept here.)
   */
  static void syncVolumeDirs(FileSystemView fs, List<dev.kujira.engine.fs.Mount> mounts) {
    String root = "/var/lib/docker/volumes";
    java.util.Set<String> names = new java.util.HashSet<>();
    for (dev.kujira.engine.fs.Mount m : mounts) {
      String rel = m.point().substring(root.length() + 1);
      names.add(rel.substring(0, rel.indexOf('/')));
      if (!fs.exists(m.point())) {
        fs.mkdir(m.point(), true);
        // The local driver makes the volume's directory drwx-----x (seen on the real engine).
        fs.chmod(m.point().substring(0, m.point().length() - "/_data".length()), 0701);
      }
    }
    if (!fs.exists(root)) {
      return;
    }
    for (String child : fs.list(root)) {
      if (!names.contains(child) && fs.lstat(root + "/" + child).isDirectory()) {
        fs.remove(root + "/" + child, true);
      }
    }
  }

  /** Copies every file and folder under {@code dir} into {@code view} at {@code target}, keeping modes. */
  public static void copyIn(Path dir, FileSystemView view, String target) throws IOException {
    view.mkdir(target, true);
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted().toList()) {
        String rel = dir.relativize(p).toString();
        if (rel.isEmpty()) {
          continue;
        }
        String dest = target + "/" + rel.replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          view.symlink(Files.readSymbolicLink(p).toString(), dest);
        } else if (Files.isDirectory(p)) {
          view.mkdir(dest, true);
        } else {
          view.write(dest, Files.readAllBytes(p), false);
          if (Files.isExecutable(p)) {
            view.chmod(dest, 0755);
          }
        }
      }
    }
  }
}
