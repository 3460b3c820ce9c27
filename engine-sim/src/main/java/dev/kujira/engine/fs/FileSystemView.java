package dev.kujira.engine.fs;

import java.util.List;

/**
 * Is one process's view of a file system: a root plus mounts, and a working directory.
 *
 * <p>Paths are strings as a program receives them: absolute, or relative to {@link #cwd()}.
 * Every failure is an {@link FsException} carrying the errno-like {@link FsError} and the path
 * as the caller wrote it, so programs can print {@code cat: x: No such file or directory}.
 * Symlinks are followed except by {@link #lstat} and {@link #remove}.
 */
public interface FileSystemView {

  /** Returns the absolute, normalised working directory. */
  String cwd();

  /** Changes the working directory; fails with ENOENT or ENOTDIR. */
  void cd(String path);

  /** Returns the absolute, normalised form of {@code path} (no symlink resolution). */
  String absolute(String path);

  /** Returns whether {@code path} exists (following symlinks). */
  boolean exists(String path);

  /** Returns the metadata of {@code path}, following symlinks. */
  Stat stat(String path);

  /** Returns the metadata of {@code path} itself, not following a final symlink. */
  Stat lstat(String path);

  /** Returns the whole content of a regular file. */
  byte[] read(String path);

  /** Writes (or with {@code append} appends to) a regular file, creating it with mode 0644. */
  void write(String path, byte[] data, boolean append);

  /** Returns the entry names of a directory, sorted by byte order. */
  List<String> list(String path);

  /** Creates a directory (mode 0755); with {@code parents}, as {@code mkdir -p}. */
  void mkdir(String path, boolean parents);

  /** Removes a file, symlink or (empty, or with {@code recursive} any) directory. */
  void remove(String path, boolean recursive);

  /** Renames or moves an entry, as rename(2). */
  void rename(String from, String to);

  /** Creates a symlink at {@code link} pointing to {@code target}. */
  void symlink(String target, String link);

  /** Sets the permission bits (the low 12 bits) of {@code path}. */
  void chmod(String path, int mode);

  /** Sets the modification time of {@code path} to {@code epochMillis}, creating an empty file if absent. */
  void touch(String path, long epochMillis);

  /**
   * Changes the owner of {@code path} (-1 keeps a value); {@code follow} decides whether a final
   * symlink is followed (chown) or changed itself (chown -h).
   */
  void chown(String path, int uid, int gid, boolean follow);

  /** Returns a view sharing the same files and mounts, with its own copy of the working directory. */
  FileSystemView fork();

  /** Returns the mounts, root first, as /proc/mounts lists them (views without mounts list none). */
  default List<Mount> mountTable() {
    return List.of();
  }
}
