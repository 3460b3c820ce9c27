package dev.kujira.engine.layer;

import dev.kujira.engine.fs.Node;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes tar archives in the ustar format (a PAX header carries names too long for it), as
 * {@code docker save} and {@code tar c} do: directories, regular files, symlinks, then two empty
 * blocks.
 */
public final class TarWriter {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  /** Content arrays already written, by their first name: later names become hard links. */
  private final java.util.IdentityHashMap<byte[], String> written = new java.util.IdentityHashMap<>();

  private int uid;
  private int gid;
  private String uname = "";
  private String gname = "";

  /** Sets the owner written in the entries that follow (busybox tar records names and ids). */
  public TarWriter owner(int ownerUid, int ownerGid, String ownerName, String groupName) {
    this.uid = ownerUid;
    this.gid = ownerGid;
    this.uname = ownerName;
    this.gname = groupName;
    return this;
  }

  /** Adds a directory entry (name ends with "/"). */
  public TarWriter dir(String name, int mode, long mtime) {
    header(name.endsWith("/") ? name : name + "/", '5', mode, 0, mtime, "");
    return this;
  }

  /** Adds a regular file. */
  public TarWriter file(String name, byte[] data, int mode, long mtime) {
    header(name, '0', mode, data.length, mtime, "");
    // The archive is held in memory: it counts against the line's buffers (tar cf - / reads every device).
    dev.kujira.engine.util.Budget.hold(data.length + 512L);
    out.write(data, 0, data.length);
    pad(data.length);
    return this;
  }

  /** Adds a symbolic link. */
  public TarWriter symlink(String name, String target, long mtime) {
    header(name, '2', 0777, 0, mtime, target);
    return this;
  }

  /** Adds a tree's entries under {@code prefix} ("" for the archive root), depth first by name. */
  public TarWriter tree(String prefix, Node.Dir dir) {
    for (Map.Entry<String, Node> e : dir.entries().entrySet()) {
      String name = prefix + e.getKey();
      Node n = e.getValue();
      // moby's archive writes ids without looking names up (FileInfoHeaderNoLookups): "0/0" in tar tv.
      owner(n.uid(), n.gid(), "", "");
      if (n instanceof Node.Dir) {
        dir(name + "/", n.mode(), n.mtime());
        tree(name + "/", (Node.Dir) n);
      } else if (n instanceof Node.RegularFile) {
        byte[] content = ((Node.RegularFile) n).content();
        String first = content.length > 0 ? written.get(content) : null;
        if (first != null) {
          header(name, '1', n.mode(), 0, n.mtime(), first);
        } else {
          written.put(content, name);
          file(name, content, n.mode(), n.mtime());
        }
      } else {
        symlink(name, ((Node.Symlink) n).target(), n.mtime());
      }
    }
    return this;
  }

  /** Ends the archive and returns its bytes. */
  public byte[] finish() {
    out.write(new byte[1024], 0, 1024);
    return out.toByteArray();
  }

  private void header(String name, char type, int mode, long size, long mtimeMillis, String link) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    if (nameBytes.length > 100 || link.length() > 100) {
      String rec = record("path", name) + (link.length() > 100 ? record("linkpath", link) : "");
      byte[] pax = rec.getBytes(StandardCharsets.UTF_8);
      raw("PaxHeaders/" + Math.abs(name.hashCode()), 'x', 0644, pax.length, mtimeMillis, "");
      out.write(pax, 0, pax.length);
      pad(pax.length);
    }
    raw(name, type, mode, size, mtimeMillis, link);
  }

  private static String record(String key, String value) {
    String body = " " + key + "=" + value + "\n";
    int len = body.getBytes(StandardCharsets.UTF_8).length;
    int total = len + String.valueOf(len).length();
    if (String.valueOf(total).length() > String.valueOf(len).length()) {
      total++;
    }
    return total + body;
  }

  private void raw(String name, char type, int mode, long size, long mtimeMillis, String link) {
    byte[] h = new byte[512];
    put(h, 0, 100, name);
    put(h, 100, 8, String.format("%07o", mode & 07777));
    put(h, 108, 8, String.format("%07o", uid));
    put(h, 116, 8, String.format("%07o", gid));
    put(h, 124, 12, String.format("%011o", size));
    put(h, 136, 12, String.format("%011o", Math.max(0, mtimeMillis / 1000)));
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    h[156] = (byte) type;
    put(h, 157, 100, link);
    put(h, 257, 6, "ustar");
    put(h, 263, 2, "00");
    put(h, 265, 32, uname);
    put(h, 297, 32, gname);
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, 8, String.format("%06o", sum));
    h[155] = ' ';
    out.write(h, 0, 512);
  }

  private static void put(byte[] h, int off, int len, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, h, off, Math.min(len, b.length));
  }

  private void pad(long size) {
    int rem = (int) (size % 512);
    if (rem != 0) {
      out.write(new byte[512 - rem], 0, 512 - rem);
    }
  }
}
