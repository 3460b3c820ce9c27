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
