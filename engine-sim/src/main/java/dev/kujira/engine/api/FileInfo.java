package dev.kujira.engine.api;

/**
 * Is what {@code stat} says of one path, typed.
 *
 * @param path the absolute path asked about
 * @param type the kind of entry (a symlink is followed: its target's kind)
 * @param mode the permission bits (e.g. 0644)
 * @param size the size in bytes (0 for directories)
 * @param uid the owner's user id
 * @param gid the owner's group id
 * @param modified the modification time, epoch millis
 */
public record FileInfo(String path, Type type, int mode, long size, int uid, int gid, long modified) {

  /** Names the kinds of entries. */
  public enum Type {
    /** A regular file. */
    FILE,
    /** A directory. */
    DIRECTORY,
    /** A symbolic link (only when the link itself is asked about). */
    SYMLINK,
    /** A character device (/dev/null…). */
    CHAR_DEVICE,
    /** A unix socket (the daemon's /run/docker.sock). */
    SOCKET
  }
}
