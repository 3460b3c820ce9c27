package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.process.Proc;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Is {@code ls} as busybox 1.35 or GNU coreutils 9 prints it (see {@link Flavour}): -l -n -h -a
 * -A -d -R -r -t -S -1 -C -x -F, owners from /etc/passwd and /etc/group, sizes in 1K blocks for
 * "total", device numbers for character devices, the old-date form for files older than six
 * months; one name per line into a pipe or a file and columns on a terminal. GNU aligns the long
 * format's columns to their widest entry and exits 2 on a missing operand; busybox uses fixed
 * widths and exits 1 (both seen: the real engine's busybox, this machine's coreutils 9.1).
 */
final class LsProgram extends Applet {
  private static final long HALF_YEAR = 183L * 24 * 3600 * 1000;
  private final Flavour flavour;

  LsProgram(Flavour flavour) {
    this.flavour = flavour;
  }

  @Override
  String name() {
    return "ls";
  }

  @Override
  public int run(Proc p, List<String> argv) {
    Opts o = parse(argv, "#");
    List<String> targets = o.operands.isEmpty() ? List.of(".") : o.operands;
    Accounts acc = Accounts.of(p);
    int rc = 0;
    List<String> files = new ArrayList<>();
    List<String> dirs = new ArrayList<>();
    for (String t : targets) {
      try {
        Stat st = o.has('l') || o.has('d') || o.has('F') ? p.fs().lstat(t) : p.fs().stat(t);
        // GNU ls and busybox list a command-line symlink itself with -l, -d or -F (ls -l /var/run:
        // "/var/run -> /run", measured on both), and follow it otherwise or with -H/-L.
        boolean follow = !o.has('d') && (!o.has('l') && !o.has('F') || o.has('H') || o.has('L'));
        if (st.type() == Stat.Type.SYMLINK && follow) {
          st = statOrSelf(p, t, st);
        }
        (st.isDirectory() && !o.has('d') ? dirs : files).add(t);
      } catch (FsException e) {
        p.stderr().println("ls: " + flavour.failed(p, "ls", t, e));
        rc = flavour == Flavour.GNU ? 2 : 1;
      }
    }
    print(p, o, acc, "", sort(p, o, "", files), false);
    boolean headers = targets.size() > 1 || o.has('R');
    boolean first = files.isEmpty();
    // Directory operands are listed in sorted order too, after the plain files.
    for (String d : sort(p, o, "", dirs)) {
      first = listDir(p, o, acc, d, headers, first);
    }
    return rc;
  }

  private static Stat statOrSelf(Proc p, String path, Stat self) {
    try {
      return p.fs().stat(path);
    } catch (FsException e) {
      return self;
    }
  }

  private boolean listDir(Proc p, Opts o, Accounts acc, String d, boolean header, boolean first) {
    if (header) {
      if (!first) {
        p.stdout().println();
      }
      p.stdout().println(d + ":");
    }
    List<String> names = new ArrayList<>();
    for (String n : p.fs().list(d)) {
      if (!n.startsWith(".") || o.has('a') || o.has('A')) {
        names.add(n);
      }
    }
    names = sort(p, o, d + "/", names);
    if (o.has('a')) {
      names.add(0, "..");
      names.add(0, ".");
    }
    String prefix = d.equals("/") ? "/" : d + "/";
    print(p, o, acc, prefix, names, true);
    List<String> subdirs = new ArrayList<>();
    for (String n : names) {
      if (o.has('R') && !n.equals(".") && !n.equals("..") && p.fs().lstat(prefix + n).isDirectory()) {
        subdirs.add(prefix + n);
      }
    }
    for (String s : subdirs) {
      listDir(p, o, acc, s, true, false);
    }
    return false;
  }

  /** Prints one listing: a directory's entries (with "total" in long form) or the file operands. */
  private void print(Proc p, Opts o, Accounts acc, String prefix, List<String> names, boolean directory) {
    if (o.has('l') || o.has('n')) {
      if (directory) {
        long blocks = 0;
        for (String n : names) {
          blocks += kilobytes(p.fs().lstat(prefix + n));
        }
        p.stdout().println("total " + blocks);
      }
      List<String[]> rows = new ArrayList<>();
      for (String n : names) {
        rows.add(longRow(p, o, acc, prefix + n, n));
      }
      for (String line : longLines(rows)) {
        p.stdout().println(line);
      }
      return;
    }
    List<String> shown = new ArrayList<>();
    for (String n : names) {
      shown.add(n + suffix(o, p.fs().lstat(prefix + n)));
    }
    int width = p.stdoutColumns();
    boolean columns = !o.has('1') && (o.has('C') || o.has('x') || width > 0);
    if (!columns) {
      shown.forEach(p.stdout()::println);
    } else if (!shown.isEmpty()) {
      p.stdout().print(LsColumns.layout(flavour, shown, width > 0 ? width : 80, o.has('x')));
    }
  }

  private static String suffix(Opts o, Stat st) {
    // -F marks a socket with "=" (GNU ls and busybox alike: ll /var/run/docker.sock ends in "=").
    return !o.has('F') ? "" : st.isDirectory() ? "/" : st.type() == Stat.Type.SYMLINK ? "@"
        : st.type() == Stat.Type.SOCKET ? "="
        : st.isExecutable() && st.isFile() ? "*" : "";
  }

  private static List<String> sort(Proc p, Opts o, String dir, List<String> names) {
    List<String> out = new ArrayList<>(names);
    Comparator<String> byName = Comparator.naturalOrder();
    Comparator<String> c = byName;
    if (o.has('t')) {
      c = Comparator.<String>comparingLong(n -> -p.fs().lstat(dir + n).mtime()).thenComparing(byName);
    } else if (o.has('S')) {
      c = Comparator.<String>comparingLong(n -> -p.fs().lstat(dir + n).size()).thenComparing(byName);
    }
    out.sort(o.has('r') ? c.reversed() : c);
    return out;
  }

  /** Returns the disk usage of a file in 1K blocks: whole 4K blocks as on ext4, none for symlinks. */
  static long kilobytes(Stat st) {
    if (st.type() == Stat.Type.SYMLINK || st.type() == Stat.Type.CHAR_DEVICE) {
      return 0;
    }
    return (st.size() + 4095) / 4096 * 4;
  }

  /** Returns the long form's fields: mode, links, owner, group, size, time, name. */
  private String[] longRow(Proc p, Opts o, Accounts acc, String path, String shown) {
    Stat st = p.fs().lstat(path);
    String size = st.type() == Stat.Type.CHAR_DEVICE ? String.format("%4s, %3s", st.linkTarget().split(",")[0],
        st.linkTarget().split(",")[1]) : o.has('h') ? humanSize(st.size()) : String.valueOf(st.size());
    String owner = o.has('n') ? String.valueOf(st.uid()) : acc.userName(st.uid());
    String grp = o.has('n') ? String.valueOf(st.gid()) : acc.groupName(st.gid());
    String name = shown + suffix(o, st);
    if (st.type() == Stat.Type.SYMLINK) {
      // -F marks what the link points to ("bin -> usr/bin/"), not the link (busybox and GNU alike).
      Stat target = statOrSelf(p, path, st);
      name = shown + " -> " + st.linkTarget() + (target.type() == Stat.Type.SYMLINK ? "" : suffix(o, target));
    }
    return new String[] {modeString(st), String.valueOf(links(p, path, st)), owner, grp, size,
        time(p.now(), st.mtime()), name};
  }

  private List<String> longLines(List<String[]> rows) {
    List<String> out = new ArrayList<>();
    if (flavour == Flavour.BUSYBOX) {
      for (String[] r : rows) {
        out.add(String.format("%s %4s %-8s %-8s %9s %s %s", (Object[]) r));
      }
      return out;
    }
    int[] w = new int[5];
    for (String[] r : rows) {
      for (int i = 1; i < 5; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      out.add(r[0] + " " + pad(r[1], w[1], true) + " " + pad(r[2], w[2], false) + " " + pad(r[3], w[3], false) + " "
          + pad(r[4], w[4], true) + " " + r[5] + " " + r[6]);
    }
    return out;
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }

  private static int links(Proc p, String path, Stat st) {
    if (!st.isDirectory()) {
      return 1;
    }
    int n = 2;
    for (String child : p.fs().list(path)) {
      if (p.fs().lstat(path + "/" + child).isDirectory()) {
        n++;
      }
    }
    return n;
  }

  /** Returns the {@code -rwxr-xr-x} column, with setuid/setgid/sticky letters. */
  static String modeString(Stat st) {
    char type = switch (st.type()) {
      case DIRECTORY -> 'd';
      case SYMLINK -> 'l';
      case CHAR_DEVICE -> 'c';
      case SOCKET -> 's';
      default -> '-';
    };
    StringBuilder perm = new StringBuilder().append(type);
    String rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) {
      perm.append((st.mode() & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
    }
    special(perm, st.mode(), 04000, 3, 's');
    special(perm, st.mode(), 02000, 6, 's');
    special(perm, st.mode(), 01000, 9, 't');
    return perm.toString();
  }

  private static void special(StringBuilder perm, int mode, int bit, int at, char letter) {
    if ((mode & bit) != 0) {
      perm.setCharAt(at, perm.charAt(at) == '-' ? Character.toUpperCase(letter) : letter);
    }
  }

  private static String time(long now, long mtime) {
    ZonedDateTime t = Instant.ofEpochMilli(mtime).atZone(ZoneOffset.UTC);
    String day = String.format(Locale.ROOT, "%s %2d", t.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
        Locale.ROOT), t.getDayOfMonth());
    // busybox ls: the year instead of the time for files older than six months or in the future.
    if (mtime < now - HALF_YEAR || mtime > now + 3600_000L) {
      return day + "  " + t.getYear();
    }
    return day + String.format(" %02d:%02d", t.getHour(), t.getMinute());
  }

  /** Formats a size as busybox's -h does (4.9K, 1.9M, 12). */
  static String human(long bytes) {
    if (bytes < 1024) {
      return String.valueOf(bytes);
    }
    double v = bytes;
    String units = "KMGTPE";
    int u = -1;
    while (v >= 1024 && u < units.length() - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f%c", v, units.charAt(u));
  }

  /** Formats a size for -h in this flavour: GNU rounds up, to a tenth below 10 (4.0K, 13K). */
  private String humanSize(long bytes) {
    if (flavour == Flavour.BUSYBOX || bytes < 1024) {
      return human(bytes);
    }
    double v = bytes;
    String units = "KMGTPE";
    int u = -1;
    while (v >= 1024 && u < units.length() - 1) {
      v /= 1024;
      u++;
    }
    double tenths = Math.ceil(v * 10) / 10;
    return tenths < 10 ? String.format(Locale.ROOT, "%.1f%c", tenths, units.charAt(u))
        : String.format(Locale.ROOT, "%d%c", (long) Math.ceil(v), units.charAt(u));
  }
}
