package dev.kujira.engine.build;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.util.Ids;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Names a COPY/ADD's sources as the legacy builder's history does ({@code #(nop) COPY file:…}):
 * a file is the sha256 of its tarsum v1 header (name, mode, uid, gid, size, type, link, empty
 * user and group names, device numbers; no mtime) followed by its content; a directory is
 * {@code dir:} and the sha256 of the sorted hashes of itself and everything under it joined by
 * commas; several sources are {@code multi:} over their prefixed hashes in order (moby
 * builder/remotecontext and builder/dockerfile copy.go; all three checked against Docker 26.1).
 */
final class ClassicSourceHash {
  private ClassicSourceHash() {
  }

  /** Returns "file:…", "dir:…" or "multi:…" for {@code sources} (paths relative to the context). */
  static String of(FileSystemView host, String contextDir, List<String> sources, DockerIgnore ignore) {
    List<String> each = new ArrayList<>();
    for (String src : sources) {
      String rel = clean(src);
      String path = rel.isEmpty() ? contextDir : contextDir + "/" + rel;
      try {
        if (host.stat(path).isDirectory()) {
          List<String> subs = new ArrayList<>();
          walk(host, path, rel, ignore, subs, !rel.isEmpty());
          java.util.Collections.sort(subs);
          each.add("dir:" + Ids.sha256Hex(String.join(",", subs)));
        } else {
          each.add("file:" + entry(host, path, rel));
        }
      } catch (FsException e) {
        each.add("file:" + Ids.sha256Hex(rel));
      }
    }
    return each.size() == 1 ? each.get(0) : "multi:" + Ids.sha256Hex(String.join(",", each));
  }

  private static void walk(FileSystemView host, String path, String rel, DockerIgnore ignore, List<String> out,
      boolean self) {
    if (self) {
      out.add(entry(host, path, rel));
    }
    if (!host.lstat(path).isDirectory()) {
      return;
    }
    for (String n : new TreeSet<>(host.list(path))) {
      String r = rel.isEmpty() ? n : rel + "/" + n;
      if (!ignore.excluded(r)) {
        walk(host, path + "/" + n, r, ignore, out, true);
      }
    }
  }

  /** The hash of one entry: its tarsum v1 header fields, then its content. */
  private static String entry(FileSystemView host, String path, String rel) {
    Stat st = host.lstat(path);
    boolean dir = st.isDirectory();
    boolean link = st.type() == Stat.Type.SYMLINK;
    byte[] data = dir || link ? new byte[0] : host.read(path);
    String header = "name" + rel + (dir ? "/" : "") + "mode" + (st.mode() & 07777) + "uid" + st.uid() + "gid" + st.gid()
        + "size" + data.length + "typeflag" + (dir ? "5" : link ? "2" : "0") + "linkname" + (link ? st.linkTarget() : "")
        + "uname" + "gname" + "devmajor0devminor0";
    byte[] h = header.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[h.length + data.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(data, 0, all, h.length, data.length);
    return Ids.sha256Hex(all);
  }

  private static String clean(String src) {
    String s = src.replaceAll("^(\\./)+", "").replaceAll("/+$", "");
    return s.equals(".") ? "" : s;
  }
}
