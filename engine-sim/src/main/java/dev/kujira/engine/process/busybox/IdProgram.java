package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** id [-u|-g|-G] [-n] and whoami: the process's user as /etc/passwd and /etc/group name it. */
final class IdProgram extends Applet {
  private final boolean whoami;

  IdProgram(boolean whoami) {
    this.whoami = whoami;
  }

  @Override
  String name() {
    return whoami ? "whoami" : "id";
  }

  @Override
  public int run(Proc p, List<String> argv) {
    String spec = p.user().isEmpty() ? "root" : p.user();
    String userPart = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
    // runc reads "USER:GROUP": an empty user is root, an empty group the user's own (--user ':' or '::' recorded).
    userPart = userPart.isEmpty() ? "root" : userPart;
    String groupPart = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : "";
    groupPart = groupPart.contains(":") ? "" : groupPart;
    List<String[]> passwd = table(p, "/etc/passwd");
    List<String[]> group = table(p, "/etc/group");
    String name = null;
    String uid = null;
    String gid = null;
    for (String[] e : passwd) {
      if (e.length > 3 && (e[0].equals(userPart) || e[2].equals(userPart))) {
        name = e[0];
        uid = e[2];
        gid = e[3];
        break;
      }
    }
    if (uid == null) {
      if (!userPart.matches("\\d+")) {
        p.stderr().println(name() + ": unknown user " + userPart);
        return 1;
      }
      // runc gives a uid without a passwd entry group 0 (recorded: -u 1000 → gid=0(root)).
      uid = userPart;
      gid = "0";
    }
    if (!groupPart.isEmpty()) {
      gid = groupPart;
      // A group given by name is its /etc/group entry's gid (the daemon refused names it lacks).
      for (String[] g : group) {
        if (g.length > 2 && g[0].equals(groupPart)) {
          gid = g[2];
          break;
        }
      }
    }
    if (whoami) {
      if (name == null) {
        p.stderr().println("whoami: unknown uid " + uid);
        return 1;
      }
      p.stdout().println(name);
      return 0;
    }
    Opts o = parse(argv, "");
    String groupName = groupName(group, gid);
    if (o.has('u')) {
      p.stdout().println(o.has('n') ? (name == null ? uid : name) : uid);
      return 0;
    }
    if (o.has('g')) {
      p.stdout().println(o.has('n') ? (groupName == null ? gid : groupName) : gid);
      return 0;
    }
    // The kernel keeps supplementary groups sorted: the primary group, the user's groups in /etc/group
    // and --group-add's (recorded: -u 1000:1000 --group-add wheel --group-add 1234 → 10(wheel),1000,1234).
    java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
    ids.add(Long.parseLong(gid));
    for (String[] g : group) {
      if (g.length > 3 && name != null && List.of(g[3].split(",")).contains(name)) {
        ids.add(Long.parseLong(g[2]));
      }
    }
    for (String extra : p.groupAdd()) {
      String n = extra.matches("\\d+") ? extra : null;
      for (String[] g : group) {
        if (g.length > 2 && g[0].equals(extra)) {
          n = g[2];
        }
      }
      if (n != null) {
        ids.add(Long.parseLong(n));
      }
    }
    List<String> groups = new ArrayList<>();
    for (long id : ids) {
      String gn = groupName(group, String.valueOf(id));
      groups.add(id + (gn == null ? "" : "(" + gn + ")"));
    }
    p.stdout().println("uid=" + uid + (name == null ? "" : "(" + name + ")") + " gid=" + gid
        + (groupName == null ? "" : "(" + groupName + ")") + " groups=" + String.join(",", groups));
    return 0;
  }

  private static String groupName(List<String[]> group, String gid) {
    for (String[] g : group) {
      if (g.length > 2 && g[2].equals(gid)) {
        return g[0];
      }
    }
    return null;
  }

  private static List<String[]> table(Proc p, String path) {
    List<String[]> out = new ArrayList<>();
    try {
      for (String line : new String(p.fs().read(path), StandardCharsets.UTF_8).split("\n")) {
        out.add(line.split(":", -1));
      }
    } catch (FsException e) {
      // no such file: no names
    }
    return out;
  }
}
