package dev.kujira.engine.layer;

/**
 * Is one member of a tar archive as {@code tar t}/{@code tar x} see it: the name exactly as
 * stored ({@code ./f}, {@code data/}), its type flag, permissions, owner and time.
 *
 * @param name the member name as stored, long names resolved
 * @param type the ustar type flag ('0' or 0 file, '1' hard link, '2' symlink, '5' directory)
 * @param mode the permission bits
 * @param uid the owner's id
 * @param gid the group's id
 * @param uname the owner's name, or "" when the archive has none
 * @param gname the group's name, or ""
 * @param mtime the modification time, epoch milliseconds
 * @param link the link target for links, else ""
 * @param data the content of a regular file
 */
public record TarEntry(String name, int type, int mode, int uid, int gid, String uname, String gname, long mtime,
    String link, byte[] data) {

  /** Returns whether the member is a directory. */
  public boolean isDirectory() {
    return type == '5';
  }

  /** Returns whether the member is a regular file. */
  public boolean isFile() {
    return type == '0' || type == 0 || type == '7';
  }
}
