package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the machine's /etc/passwd and /etc/group, as libc's getpwuid/getgrnam do for ls, chown and id. */
final class Accounts {
  private final List<String[]> passwd;
  private final List<String[]> group;

  private Accounts(List<String[]> passwd, List<String[]> group) {
    this.passwd = passwd;
    this.group = group;
  }

  /** Reads the two files as {@code p} sees them (missing files have no names). */
  static Accounts of(Proc p) {
    return new Accounts(table(p, "/etc/passwd"), table(p, "/etc/group"));
  }

  /** Returns the user name of {@code uid}, or the number as text. */
  String userName(int uid) {
    return name(passwd, uid);
  }

  /** Returns the group name of {@code gid}, or the number as text. */
  String groupName(int gid) {
    return name(group, gid);
  }

  /** Returns the uid a user name or number stands for, or -1. */
  int uid(String user) {
    return id(passwd, user);
  }

  /** Returns the gid a group name or number stands for, or -1. */
  int gid(String grp) {
    return id(group, grp);
  }

  /** Returns the primary gid of a user (by uid), or -1. */
  int primaryGid(int uid) {
    for (String[] e : passwd) {
      if (e.length > 3 && e[2].equals(String.valueOf(uid))) {
        return Integer.parseInt(e[3]);
      }
    }
    return -1;
  }

  private static String name(List<String[]> table, int id) {
    for (String[] e : table) {
      if (e.length > 2 && e[2].equals(String.valueOf(id))) {
        return e[0];
      }
    }
    return String.valueOf(id);
  }

  private static int id(List<String[]> table, String name) {
    if (name.matches("\\d+")) {
      return Integer.parseInt(name);
    }
    for (String[] e : table) {
      if (e.length > 2 && e[0].equals(name)) {
        return Integer.parseInt(e[2]);
      }
    }
    return -1;
  }

  private static List<String[]> table(Proc p, String path) {
    List<String[]> out = new ArrayList<>();
    try {
      for (String line : new String(p.fs().read(path), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split(":", -1);
        if (f.length > 2 && f[2].matches("\\d+")) {
          out.add(f);
        }
      }
    } catch (FsException e) {
      // no such file: no names
    }
    return out;
  }
}
