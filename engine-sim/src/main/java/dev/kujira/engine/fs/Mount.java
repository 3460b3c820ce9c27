package dev.kujira.engine.fs;

import java.util.List;

/**
 * Is one mount in a view: the tree (or a sub-path of it: a directory or a single file) that
 * appears at {@code point}.
 *
 * @param point the absolute mount point, e.g. "/data" or "/etc/hostname"
 * @param tree the mounted file system
 * @param sub the components inside {@code tree} that appear at the point (empty = its root)
 * @param readOnly whether writes fail with EROFS
 */
public record Mount(String point, FsTree tree, List<String> sub, boolean readOnly) {

  /** Copies the list. */
  public Mount {
    sub = List.copyOf(sub);
  }
}
