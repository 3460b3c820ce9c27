package dev.kujira.engine.fs;

import java.util.Map;

/**
 * Is one immutable file-system entry. Trees of nodes are shared freely: an update copies only
 * the directories on the way from the root (structural sharing, as jimfs' and git's trees), so
 * holding a root is a snapshot.
 */
public sealed interface Node permits Node.Dir, Node.RegularFile, Node.Symlink {

  /** Returns the permission bits. */
  int mode();

  /** Returns the owner's uid. */
  int uid();

  /** Returns the owner's gid. */
  int gid();

  /** Returns the modification time, epoch millis. */
  long mtime();

  /** Returns the stat(2) view of this node. */
  Stat stat();

  /**
   * Is a directory: its entries by name, sorted by byte order.
   *
   * @param entries the entries (read-only)
   * @param mode the permission bits
   * @param uid the owner
   * @param gid the group
   * @param mtime the modification time
   */
  record Dir(Map<String, Node> entries, int mode, int uid, int gid, long mtime) implements Node {
    /** An empty root directory, mode 0755. */
    public static final Dir EMPTY = new Dir(Map.of(), 0755, 0, 0, 0);

    /** Wraps the entries read-only (callers pass a fresh map). */
    public Dir {
      entries = Entries.of(entries);
    }

    /** Returns a copy with {@code name} set to {@code node} (or removed when null); O(log n), sharing the rest. */
    public Dir with(String name, Node node, long now) {
      Entries e = (Entries) entries;
      return new Dir(node == null ? e.minus(name) : e.plus(name, node), mode, uid, gid, now);
    }

    /** Returns the entry {@code name}, or null. */
    public Node get(String name) {
      return entries.get(name);
    }

    @Override
    public Stat stat() {
      return new Stat(Stat.Type.DIRECTORY, mode, 4096, uid, gid, mtime, "");
    }
  }

  /**
   * Is a regular file. The content array is shared, never copied and never changed.
   *
   * @param content the bytes
   * @param mode the permission bits
   * @param uid the owner
   * @param gid the group
   * @param mtime the modification time
   */
  record RegularFile(byte[] content, int mode, int uid, int gid, long mtime) implements Node {
    /** Returns a unix socket node (S_IFSOCK): what dockerd's listen leaves at /run/docker.sock. */
    public static RegularFile socket(int mode, int uid, int gid, long mtime) {
      return new RegularFile(new byte[0], 0140000 | (mode & 07777), uid, gid, mtime);
    }

    @Override
    public Stat stat() {
      if ((mode & 0170000) == 0140000) {
        // A unix socket, as a daemon's bind(2) leaves one (see socket()).
        return new Stat(Stat.Type.SOCKET, mode & 07777, 0, uid, gid, mtime, "");
      }
      if ((mode & 0170000) == 0020000) {
        // A character device: the content holds its "major,minor" (see Devices).
        return new Stat(Stat.Type.CHAR_DEVICE, mode & 07777, 0, uid, gid, mtime,
            new String(content, java.nio.charset.StandardCharsets.US_ASCII));
      }
      return new Stat(Stat.Type.FILE, mode, content.length, uid, gid, mtime, "");
    }
  }

  /**
   * Is a symbolic link.
   *
   * @param target the link's target text
   * @param mode the permission bits (0777)
   * @param uid the owner
   * @param gid the group
   * @param mtime the modification time
   */
  record Symlink(String target, int mode, int uid, int gid, long mtime) implements Node {
    @Override
    public Stat stat() {
      return new Stat(Stat.Type.SYMLINK, mode, target.length(), uid, gid, mtime, target);
    }
  }
}
