package dev.kujira.engine.layer;

import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.util.Ids;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads tar archives: ustar headers with their prefix field, GNU long names ('L', 'K') and PAX
 * headers ('x': path, linkpath, size). Hard links share their target's content array.
 */
public final class TarReader {
  private TarReader() {
  }

  /** Returns the regular files of an archive by normalised path (for docker save archives). */
  public static Map<String, byte[]> files(byte[] tar) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    read(tar, (name, type, mode, mtime, link, data) -> {
      if (type == '0' || type == 0) {
        out.put(name, data);
      }
    });
    return out;
  }

  /** Returns every entry name, in archive order, as {@code tar t} lists them (directories end with "/"). */
  public static java.util.List<String> names(byte[] tar) {
    java.util.List<String> out = new java.util.ArrayList<>();
    read(tar, (name, type, mode, mtime, link, data) -> out.add(type == '5' && !name.isEmpty() ? name + "/" : name));
    return out;
  }

  /** Reads a layer tar: entries become a tree; ".wh." names become whiteouts. */
  public static Layer layer(byte[] tar) {
    FsTree tree = new FsTree();
    Set<String> whiteouts = new HashSet<>();
    Set<String> opaque = new HashSet<>();
    Map<String, byte[]> contents = new HashMap<>();
    long[] size = {0};
    read(tar, (name, type, mode, mtime, link, data) -> {
      List<String> p = Layer.split(name);
      if (p.isEmpty()) {
        return;
      }
      String base = p.get(p.size() - 1);
      String parent = "/" + String.join("/", p.subList(0, p.size() - 1));
      if (base.equals(".wh..wh..opq")) {
        opaque.add(parent);
        return;
      }
      if (base.startsWith(".wh.")) {
        whiteouts.add((parent.equals("/") ? "" : parent) + "/" + base.substring(4));
        return;
      }
      ensureParents(tree, p, mtime);
      Node node;
      switch (type) {
        case '5':
          Node existing = tree.lookup(p);
          node = existing instanceof Node.Dir ? new Node.Dir(((Node.Dir) existing).entries(), mode, 0, 0, mtime)
              : new Node.Dir(new TreeMap<>(), mode, 0, 0, mtime);
          break;
        case '2':
          node = new Node.Symlink(link, 0777, 0, 0, mtime);
          break;
        case '1':
          byte[] target = contents.get(String.join("/", Layer.split(link)));
          node = new Node.RegularFile(target == null ? new byte[0] : target, mode, 0, 0, mtime);
          contents.put(String.join("/", p), target == null ? new byte[0] : target);
          break;
        case '0':
        case 0:
          node = new Node.RegularFile(data, mode, 0, 0, mtime);
          contents.put(String.join("/", p), data);
          size[0] += data.length;
          break;
        default:
          return;
      }
      tree.set(p, node, mtime);
    });
    return new Layer("sha256:" + Ids.sha256Hex(tar), size[0], tree.root(), whiteouts, opaque);
  }

  private static void ensureParents(FsTree tree, List<String> p, long mtime) {
    for (int i = 1; i < p.size(); i++) {
      List<String> sub = p.subList(0, i);
      if (tree.lookup(sub) == null) {
        tree.set(sub, new Node.Dir(new TreeMap<>(), 0755, 0, 0, mtime), mtime);
      }
    }
  }

  /** Receives one archive entry. */
  interface Entry {
    void accept(String name, int type, int mode, long mtime, String link, byte[] data);
  }

  /** Returns every member of an archive in order, names as stored. */
  public static java.util.List<TarEntry> entries(byte[] tar) {
    java.util.List<TarEntry> out = new java.util.ArrayList<>();
    scan(tar, out::add);
    return out;
  }

  static void read(byte[] tar, Entry sink) {
    scan(tar, e -> sink.accept(String.join("/", Layer.split(e.name())), e.type(), e.mode(), e.mtime(), e.link(),
        e.data()));
  }

  private static void scan(byte[] tar, java.util.function.Consumer<TarEntry> sink) {
    int pos = 0;
    String longName = null;
    String longLink = null;
    Map<String, String> pax = Map.of();
    while (pos + 512 <= tar.length) {
      if (isZero(tar, pos)) {
        break;
      }
      String name = str(tar, pos, 100);
      int mode = (int) octal(tar, pos + 100, 8);
      long size = octal(tar, pos + 124, 12);
      long mtime = octal(tar, pos + 136, 12) * 1000;
      int type = tar[pos + 156];
      int uid = (int) octal(tar, pos + 108, 8);
      int gid = (int) octal(tar, pos + 116, 8);
      String uname = str(tar, pos + 265, 32);
      String gname = str(tar, pos + 297, 32);
      String link = str(tar, pos + 157, 100);
      String magic = str(tar, pos + 257, 6);
      if (magic.startsWith("ustar")) {
        String prefix = str(tar, pos + 345, 155);
        if (!prefix.isEmpty()) {
          name = prefix + "/" + name;
        }
      }
      if (pax.containsKey("size")) {
        size = Long.parseLong(pax.get("size"));
      }
      int dataStart = pos + 512;
      byte[] data = java.util.Arrays.copyOfRange(tar, dataStart, (int) Math.min(tar.length, dataStart + size));
      pos = dataStart + (int) ((size + 511) / 512 * 512);
      if (type == 'L') {
        longName = new String(data, StandardCharsets.UTF_8).replace("\0", "");
        continue;
      }
      if (type == 'K') {
        longLink = new String(data, StandardCharsets.UTF_8).replace("\0", "");
        continue;
      }
      if (type == 'x') {
        pax = parsePax(data);
        continue;
      }
      if (type == 'g') {
        continue;
      }
      if (longName != null) {
        name = longName;
      }
      if (pax.containsKey("path")) {
        name = pax.get("path");
      }
      if (longLink != null) {
        link = longLink;
      }
      if (pax.containsKey("linkpath")) {
        link = pax.get("linkpath");
      }
      sink.accept(new TarEntry(name, type, mode & 07777, uid, gid, uname, gname, mtime, link, data));
      longName = null;
      longLink = null;
      pax = Map.of();
    }
  }

  private static Map<String, String> parsePax(byte[] data) {
    Map<String, String> out = new HashMap<>();
    String s = new String(data, StandardCharsets.UTF_8);
    int i = 0;
    while (i < s.length()) {
      int sp = s.indexOf(' ', i);
      if (sp < 0) {
        break;
      }
      int len = Integer.parseInt(s.substring(i, sp));
      String rec = s.substring(sp + 1, Math.min(s.length(), i + len - 1));
      int eq = rec.indexOf('=');
      if (eq > 0) {
        out.put(rec.substring(0, eq), rec.substring(eq + 1));
      }
      i += len;
    }
    return out;
  }

  private static boolean isZero(byte[] b, int pos) {
    for (int i = pos; i < pos + 512; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static String str(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] b, int off, int len) {
    if ((b[off] & 0x80) != 0) {
      long v = 0;
      for (int i = off + 1; i < off + len; i++) {
        v = (v << 8) | (b[i] & 0xff);
      }
      return v;
    }
    String s = str(b, off, len).trim();
    return s.isEmpty() ? 0 : Long.parseLong(s, 8);
  }
}
