package dev.kujira.engine.fs;

import java.util.List;

/**
 * Is one mount in a view: the tree (or a sub-path of it: a directory or a single file) that
 * appears at {@code point}, and what the mount table says of it.
 *
 * @param point the absolute mount point, e.g. "/data" or "/etc/hostname"
 * @param tree the mounted file system
 * @param sub the components inside {@code tree} that appear at the point (empty = its root)
 * @param readOnly whether writes fail with EROFS
 * @param source the mount table's device ("tmpfs", "proc", "/dev/vda1")
 * @param type the file system type ("tmpfs", "ext4", "proc")
 * @param options the options after rw/ro, as /proc/mounts lists them
 * @param sizeKb the size df reports in 1K blocks (0 = the host disk's)
 */
public record Mount(String point, FsTree tree, List<String> sub, boolean readOnly, String source, String type,
    String options, long sizeKb) {
  /** The host disk that volumes, binds and the /etc files live on. */
  public static final String HOST_DISK = "/dev/vda1";

  /** Copies the list. */
  public Mount {
    sub = List.copyOf(sub);
  }

  /** Creates a mount of the host's disk (a volume, a bind, the /etc files). */
  public Mount(String point, FsTree tree, List<String> sub, boolean readOnly) {
    this(point, tree, sub, readOnly, HOST_DISK, "ext4", "relatime", 0);
  }

  /** Returns the line /proc/mounts shows for it. */
  public String procLine() {
    // proc is listed rw although writes under it fail (its parts are remounted ro).
    boolean explicit = options.startsWith("rw,") || options.startsWith("ro,");
    return source + " " + point + " " + type + " " + (explicit ? options
        : (readOnly ? "ro" : "rw") + (options.isEmpty() ? "" : "," + options)) + " 0 0";
  }
}
