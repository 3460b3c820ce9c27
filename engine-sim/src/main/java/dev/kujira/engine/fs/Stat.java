package dev.kujira.engine.fs;

/**
 * Describes one file-system entry, as stat(2) would.
 *
 * @param type the entry's kind
 * @param mode the permission bits (low 12 bits, e.g. 0755)
 * @param size the content size in bytes (0 for directories, target length for symlinks)
 * @param uid the owner's user id
 * @param gid the owner's group id
 * @param mtime the modification time, epoch milliseconds
 * @param linkTarget a symlink's target, a character device's "major,minor", or "" for other kinds
 */
public record Stat(Type type, int mode, long size, int uid, int gid, long mtime, String linkTarget) {

  /** Names the kinds of entries. */
  public enum Type { FILE, DIRECTORY, SYMLINK, CHAR_DEVICE, SOCKET }

  /** Returns whether this is a directory. */
  public boolean isDirectory() {
    return type == Type.DIRECTORY;
  }

  /** Returns whether this is a regular file. */
  public boolean isFile() {
    return type == Type.FILE;
  }

  /** Returns whether any execute bit is set. */
  public boolean isExecutable() {
    return (mode & 0111) != 0;
  }
}
