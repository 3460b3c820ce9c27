package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Mount;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.process.Proc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The disk applets: du, df, dd, chown and readlink (busybox 1.35 wording and layouts). */
final class DiskApplets {
  /** The simulated disk: mount, device, 1K-blocks and used, as a Docker Desktop VM shows them. */

  private DiskApplets() {
  }

  static Map<String, Applet> all() {
    Map<String, Applet> m = new LinkedHashMap<>();
    m.put("du", SysApplets.simple("du", DiskApplets::du));
    m.put("df", SysApplets.simple("df", DiskApplets::df));
    m.put("mount", SysApplets.simple("mount", DiskApplets::mount));
    m.put("dd", SysApplets.simple("dd", DiskApplets::dd));
    m.put("chown", SysApplets.simple("chown", DiskApplets::chown));
    m.put("readlink", SysApplets.simple("readlink", DiskApplets::readlink));
    return m;
  }

  private static int du(Proc p, List<String> a) {
    Applet.Opts o = Applet.parse(a, "d");
    List<String> targets = o.operands.isEmpty() ? List.of(".") : o.operands;
    int rc = 0;
    long total = 0;
    for (String t : targets) {
      try {
        total += du(p, o, t, 0);
      } catch (FsException e) {
        p.stderr().println("du: " + t + ": " + e.error().message());
        rc = 1;
      }
    }
    if (o.has('c')) {
      p.stdout().println(size(o, total) + "\ttotal");
    }
    return rc;
  }

  private static long du(Proc p, Applet.Opts o, String path, int depth) {
    Stat st = p.fs().lstat(path);
    long kb = LsProgram.kilobytes(st);
    if (st.isDirectory()) {
      for (String n : p.fs().list(path)) {
        kb += du(p, o, (path.endsWith("/") ? path : path + "/") + n, depth + 1);
      }
    }
    boolean shown = depth == 0 || !o.has('s') && (st.isDirectory() || o.has('a'))
        && (!o.has('d') || depth <= Integer.parseInt(o.get('d', "0")));
    if (shown) {
      p.stdout().println(size(o, kb) + "\t" + path);
    }
    return kb;
  }

  private static String size(Applet.Opts o, long kb) {
    if (o.has('h')) {
      return kb == 0 ? "0" : LsProgram.human(kb * 1024);
    }
    return o.has('m') ? String.valueOf((kb + 1023) / 1024) : String.valueOf(kb);
  }

  /**
   * df [-h] [PATH...]: one row per mount of the process's mount table that has a size (the root,
   * /dev, tmpfs mounts and the host-disk mounts), or the mount that holds each PATH. A tmpfs shows
   * its own size and what its files use; the rest share the disk's figures.
   */
  private static int df(Proc p, List<String> a) {
    Applet.Opts o = Applet.parse(a, "tB");
    boolean human = o.has('h');
    p.stdout().println(human ? "Filesystem                Size      Used Available Use% Mounted on"
        : "Filesystem           1K-blocks      Used Available Use% Mounted on");
    List<Mount> table = p.fs().mountTable();
    List<Mount> rows = new ArrayList<>();
    if (o.operands.isEmpty()) {
      for (Mount m : table) {
        if (m.point().equals("/") || m.type().equals("tmpfs") || m.source().startsWith("/dev/")) {
          rows.add(m);
        }
      }
    }
    for (String path : o.operands) {
      try {
        p.fs().stat(path);
      } catch (FsException e) {
        p.stderr().println("df: " + path + ": can't find mount point");
        return 1;
      }
      rows.add(mountOf(table, p.fs().absolute(path)));
    }
    for (Mount m : rows) {
      long size = m.type().equals("tmpfs") ? m.sizeKb() : DISK_KB;
      long used = m.type().equals("tmpfs") ? (FsTree.size(m.tree().root()) + 1023) / 1024 : DISK_USED_KB;
      long avail = Math.max(0, size - used);
      // busybox rounds the share used to the nearest percent.
      long pct = used + avail == 0 ? 0 : (used * 100 + (used + avail) / 2) / (used + avail);
      String source = m.point().equals("/") ? "overlay" : m.source();
      if (human) {
        p.stdout().printf("%-20s %9s %9s %9s %3d%% %s%n", source, LsProgram.human(size * 1024),
            used == 0 ? "0" : LsProgram.human(used * 1024), LsProgram.human(avail * 1024), pct, m.point());
      } else {
        p.stdout().printf("%-20s %9d %9d %9d %3d%% %s%n", source, size, used, avail, pct, m.point());
      }
    }
    return 0;
  }

  /** The simulated host disk: 58.4G with 9.1G used. */
  private static final long DISK_KB = 61202244;
  private static final long DISK_USED_KB = 9534612;

  private static Mount mountOf(List<Mount> table, String path) {
    Mount best = table.get(0);
    for (Mount m : table) {
      if ((path.equals(m.point()) || path.startsWith(m.point() + "/") || m.point().equals("/"))
          && m.point().length() >= best.point().length()) {
        best = m;
      }
    }
    return best;
  }

  /** mount (no arguments): the mount table as busybox prints it, "SOURCE on POINT type TYPE (OPTIONS)". */
  static int mount(Proc p, List<String> a) {
    if (a.size() > 1) {
      p.stderr().println("mount: permission denied (are you root?)");
      return 255;
    }
    for (Mount m : p.fs().mountTable()) {
      String[] f = m.procLine().split(" ");
      p.stdout().println(f[0] + " on " + f[1] + " type " + f[2] + " (" + f[3] + ")");
    }
    return 0;
  }

  /** dd if= of= bs= count= skip= seek= status=: copies blocks and reports records as busybox does (no third line). */
  private static int dd(Proc p, List<String> a) {
    Map<String, String> kv = new LinkedHashMap<>();
    for (String s : a.subList(1, a.size())) {
      int eq = s.indexOf('=');
      if (eq < 0) {
        p.stderr().println("dd: invalid argument '" + s + "'");
        return 1;
      }
      kv.put(s.substring(0, eq), s.substring(eq + 1));
    }
    long bs;
    long count;
    long skip;
    try {
      bs = number(kv.getOrDefault("bs", "512"));
      count = kv.containsKey("count") ? number(kv.get("count")) : Long.MAX_VALUE;
      skip = number(kv.getOrDefault("skip", "0"));
    } catch (NumberFormatException e) {
      p.stderr().println("dd: invalid number '" + e.getMessage() + "'");
      return 1;
    }
    byte[] in;
    String from = kv.get("if");
    try {
      in = from == null ? p.stdin().readAllBytes() : p.fs().read(from);
    } catch (FsException e) {
      p.stderr().println("dd: can't open '" + from + "': " + e.error().message());
      return 1;
    } catch (IOException e) {
      in = new byte[0];
    }
    long start = Math.min(in.length, skip * bs);
    long want = count == Long.MAX_VALUE ? in.length - start : Math.min(count * bs, (long) Integer.MAX_VALUE);
    long limit = dev.kujira.engine.fs.Devices.ENDLESS * 64L;
    if (want > limit) {
      // A learner's `dd bs=1M count=10000` would fill a real disk; the simulator stops at its quota.
      p.stderr().println("dd: error writing '" + kv.getOrDefault("of", "standard output") + "': No space left on device");
      return 1;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long full = 0;
    long partial = 0;
    long pos = start;
    while (full + partial < count && pos < start + want) {
      long n = Math.min(bs, start + want - pos);
      byte[] chunk = slice(in, pos, n);
      if (chunk.length == 0) {
        // an endless device reads again from its start
        chunk = new byte[(int) n];
      }
      out.write(chunk, 0, chunk.length);
      pos += n;
      if (n == bs) {
        full++;
      } else {
        partial++;
      }
    }
    String to = kv.get("of");
    try {
      if (to == null) {
        p.stdout().write(out.toByteArray(), 0, out.size());
        p.stdout().flush();
      } else {
        p.fs().write(to, out.toByteArray(), false);
      }
    } catch (FsException e) {
      if (e.error() != dev.kujira.engine.fs.FsError.ENOSPC) {
        p.stderr().println("dd: can't open '" + to + "': " + e.error().message());
        return 1;
      }
      // A full file system took part of the output: dd counts the blocks written whole; the one
      // that failed was read but not written (busybox dd; recorded on a full tmpfs).
      long written = p.fs().stat(to).size();
      p.stderr().println("dd: error writing '" + to + "': No space left on device");
      p.stderr().println((written / bs + 1) + "+0 records in");
      p.stderr().println(written / bs + "+0 records out");
      return 1;
    }
    if (!"none".equals(kv.get("status"))) {
      p.stderr().println(full + "+" + partial + " records in");
      p.stderr().println(full + "+" + partial + " records out");
    }
    return 0;
  }

  private static byte[] slice(byte[] in, long from, long n) {
    int f = (int) Math.min(in.length, from);
    int t = (int) Math.min(in.length, from + n);
    return java.util.Arrays.copyOfRange(in, f, t);
  }

  private static long number(String s) {
    String t = s.toLowerCase(java.util.Locale.ROOT);
    long mult = 1;
    if (t.endsWith("k")) {
      mult = 1024;
    } else if (t.endsWith("m")) {
      mult = 1024 * 1024;
    } else if (t.endsWith("g")) {
      mult = 1024L * 1024 * 1024;
    }
    String digits = mult == 1 ? t : t.substring(0, t.length() - 1);
    if (!digits.matches("\\d+")) {
      throw new NumberFormatException(s);
    }
    return Long.parseLong(digits) * mult;
  }

  private static int chown(Proc p, List<String> a) {
    Applet.Opts o = Applet.parse(a, "");
    if (o.operands.size() < 2) {
      return Banner.show(p, "chown", 1);
    }
    Accounts acc = Accounts.of(p);
    String spec = o.operands.get(0);
    int colon = Math.max(spec.indexOf(':'), spec.indexOf('.'));
    String user = colon < 0 ? spec : spec.substring(0, colon);
    String grp = colon < 0 ? "" : spec.substring(colon + 1);
    int uid = user.isEmpty() ? -1 : acc.uid(user);
    if (!user.isEmpty() && uid < 0) {
      p.stderr().println("chown: unknown user " + user);
      return 1;
    }
    int gid = grp.isEmpty() ? (colon >= 0 && uid >= 0 ? acc.primaryGid(uid) : -1) : acc.gid(grp);
    if (!grp.isEmpty() && gid < 0) {
      p.stderr().println("chown: unknown group " + grp);
      return 1;
    }
    int rc = 0;
    for (String f : o.operands.subList(1, o.operands.size())) {
      try {
        own(p, f, uid, gid, o.has('R'), !o.has('h'));
      } catch (FsException e) {
        p.stderr().println("chown: " + f + ": " + e.error().message());
        rc = 1;
      }
    }
    return rc;
  }

  private static void own(Proc p, String path, int uid, int gid, boolean recursive, boolean follow) {
    dev.kujira.engine.fs.Stat st = follow ? p.fs().stat(path) : p.fs().lstat(path);
    if (!p.capable(0) && (uid >= 0 && uid != st.uid() || gid >= 0 && gid != st.gid())) {
      // Without CAP_CHOWN (--cap-drop CHOWN) even root may not give a file away.
      throw new FsException(dev.kujira.engine.fs.FsError.EPERM, path);
    }
    p.fs().chown(path, uid, gid, follow);
    if (recursive && p.fs().lstat(path).isDirectory()) {
      for (String n : p.fs().list(path)) {
        own(p, path + "/" + n, uid, gid, true, false);
      }
    }
  }

  /** Resolves every symlink and ".." of {@code path} (realpath); null when a part is missing. */
  private static String canonical(Proc p, String path) {
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(p.fs().absolute(path).split("/")));
    List<String> done = new ArrayList<>();
    int links = 0;
    while (!todo.isEmpty()) {
      String c = todo.pollFirst();
      if (c.isEmpty() || c.equals(".")) {
        continue;
      }
      if (c.equals("..")) {
        if (!done.isEmpty()) {
          done.remove(done.size() - 1);
        }
        continue;
      }
      String here = "/" + String.join("/", done) + (done.isEmpty() ? "" : "/") + c;
      Stat st;
      try {
        st = p.fs().lstat(here);
      } catch (FsException e) {
        return todo.isEmpty() ? here : null;
      }
      if (st.type() == Stat.Type.SYMLINK && links++ < 40) {
        String target = st.linkTarget();
        List<String> parts = new ArrayList<>(List.of(target.split("/")));
        java.util.Collections.reverse(parts);
        parts.forEach(todo::addFirst);
        if (target.startsWith("/")) {
          done.clear();
        }
        continue;
      }
      done.add(c);
    }
    return "/" + String.join("/", done);
  }

  private static int readlink(Proc p, List<String> a) {
    Applet.Opts o = Applet.parse(a, "");
    if (o.operands.isEmpty()) {
      return 1;
    }
    String path = o.operands.get(0);
    try {
      if (o.has('f')) {
        String real = canonical(p, path);
        if (real == null) {
          return 1;
        }
        p.stdout().println(real);
        return 0;
      }
      Stat st = p.fs().lstat(path);
      if (st.type() != Stat.Type.SYMLINK) {
        return 1;
      }
      p.stdout().println(st.linkTarget());
      return 0;
    } catch (FsException e) {
      return 1;
    }
  }
}
