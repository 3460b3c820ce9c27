package dev.kujira.engine.build;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.layer.TarWriter;
import java.util.Map;

/**
 * BuildKit's client exporters ({@code docker build --output}): the final stage's files go to the
 * client instead of an image in the store, either as a folder (type=local, the files themselves:
 * no /proc, /dev or /sys mount points, which are the runtime's) or as one tar archive (type=tar).
 */
final class BuildOutput {
  private BuildOutput() {
  }

  /** Exports {@code rootfs} as {@code attrs} (type, dest: an absolute path on the client) say. */
  static void export(BuildBackend daemon, BuildReporter progress, Node.Dir rootfs, Map<String, String> attrs) {
    FileSystemView host = daemon.host();
    String dest = attrs.get("dest");
    if (attrs.get("type").equals("tar")) {
      progress.begin("", "exporting to client tarball");
      host.write(dest, new TarWriter().tree("", rootfs).finish(), false);
      progress.status("sending tarball");
    } else {
      progress.begin("", "exporting to client directory");
      host.mkdir(dest, true);
      copy(host, rootfs, dest);
      progress.status("copying files " + dev.kujira.engine.format.Units.humanSize(dev.kujira.engine.fs.FsTree.size(rootfs)));
    }
    progress.done();
  }

  private static void copy(FileSystemView host, Node.Dir dir, String at) {
    for (Map.Entry<String, Node> e : dir.entries().entrySet()) {
      String path = at + "/" + e.getKey();
      Node n = e.getValue();
      if (n instanceof Node.Dir d) {
        host.mkdir(path, true);
        copy(host, d, path);
        host.chmod(path, d.mode());
      } else if (n instanceof Node.RegularFile f) {
        host.write(path, f.content(), false);
        host.chmod(path, f.mode());
      } else if (n instanceof Node.Symlink l) {
        host.symlink(l.target(), path);
      }
    }
  }
}
