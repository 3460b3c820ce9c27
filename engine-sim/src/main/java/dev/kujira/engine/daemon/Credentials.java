package dev.kujira.engine.daemon;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a {@code --user}/{@code USER} value into the uid and gid a container's processes run
 * with, reading the container's own /etc/passwd and /etc/group as runc does (a numeric uid
 * without an entry gets gid 0; moby's oci user lookup).
 */
public final class Credentials {
  private Credentials() {
  }

  /** Returns {uid, gid} for {@code spec} ("" is root); unknown names fall back to root. */
  public static int[] resolve(FileSystemView fs, String spec) {
    if (spec == null || spec.isEmpty()) {
      return new int[] {0, 0};
    }
    int colon = spec.indexOf(':');
    String user = colon < 0 ? spec : spec.substring(0, colon);
    String group = colon < 0 ? "" : spec.substring(colon + 1);
    int uid = 0;
    int gid = 0;
    String[] entry = find(fs, "/etc/passwd", user);
    if (entry != null) {
      uid = id(entry[2]);
      gid = entry.length > 3 && entry[3].matches("\\d+") ? id(entry[3]) : 0;
    } else if (user.matches("\\d+")) {
      uid = id(user);
    }
    if (!group.isEmpty()) {
      String[] g = find(fs, "/etc/group", group);
      gid = g != null ? id(g[2]) : group.matches("\\d+") ? id(group) : gid;
    }
    return new int[] {uid, gid};
  }

  /**
   * Returns the HOME runc gives a process of {@code spec} when the environment sets none: the home
   * field of its passwd entry, "/" without one (runc's setupUser with moby/sys/user's defaults;
   * recorded by tests/tools/difftest: exec -u nobody prints HOME=/home).
   */
  public static String home(FileSystemView fs, String spec) {
    if (spec == null || spec.isEmpty()) {
      return "/root";
    }
    int colon = spec.indexOf(':');
    String[] entry = find(fs, "/etc/passwd", colon < 0 ? spec : spec.substring(0, colon));
    return entry != null && entry.length > 5 && !entry[5].isEmpty() ? entry[5] : "/";
  }

  /** A numeric uid or gid; past int32 it is moby/sys/user GetExecUser's ErrRange. */
  private static int id(String digits) {
    if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
      throw Errors.startRefused("uids and gids must be in range 0-2147483647");
    }
    return Integer.parseInt(digits);
  }

  private static String[] find(FileSystemView fs, String file, String nameOrId) {
    String text;
    try {
      text = new String(fs.read(file), StandardCharsets.UTF_8);
    } catch (FsException e) {
      return null;
    }
    for (String line : text.split("\n")) {
      String[] f = line.split(":", -1);
      if (f.length > 2 && f[2].matches("\\d+") && (f[0].equals(nameOrId) || f[2].equals(nameOrId))) {
        return f;
      }
    }
    return null;
  }
}
