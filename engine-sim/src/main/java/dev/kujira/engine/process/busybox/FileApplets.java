package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.process.Proc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file applets: ls, mkdir, rmdir, rm, cp, mv, touch, ln, chmod, find, in busybox 1.35's
 * wording or GNU coreutils' (see {@link Flavour}).
 */
final class FileApplets {

  private FileApplets() {
  }

  static Map<String, Applet> all(Flavour fl) {
    Map<String, Applet> m = new LinkedHashMap<>();
    m.put("ls", new LsProgram(fl));
    m.put("mkdir", SysApplets.simple("mkdir", (p, a) -> each(fl, p, a, "mkdir", (o, f) -> p.fs().mkdir(f, o.has('p')))));
    m.put("rmdir", SysApplets.simple("rmdir", (p, a) -> each(fl, p, a, "rmdir", (o, f) -> {
      if (!p.fs().stat(f).isDirectory()) {
        throw new FsException(dev.kujira.engine.fs.FsError.ENOTDIR, f);
      }
      p.fs().remove(f, false);
    })));
    m.put("rm", SysApplets.simple("rm", (p, a) -> rm(fl, p, a)));
    m.put("touch", SysApplets.simple("touch", (p, a) -> touch(fl, p, a)));
    m.put("cp", SysApplets.simple("cp", (p, a) -> copyOrMove(fl, p, a, false)));
    m.put("mv", SysApplets.simple("mv", (p, a) -> copyOrMove(fl, p, a, true)));
    m.put("ln", SysApplets.simple("ln", (p, a) -> ln(fl, p, a)));
    m.put("chmod", SysApplets.simple("chmod", (p, a) -> chmod(fl, p, a)));
    m.put("find", new FindProgram(fl));
    return m;
  }

  /** touch [-c] [-d DATE] FILE...: creates files or sets their time (now, or DATE as date -d reads it). */
  private static int touch(Flavour fl, Proc p, List<String> a) {
    Applet.Opts o = Applet.parse(a, "dr");
    long when = p.now();
    if (o.has('d')) {
      java.time.Instant t = SysApplets.parseDate(o.get('d', ""));
      if (t == null) {
        p.stderr().println("touch: invalid date '" + o.get('d', "") + "'");
        return 1;
      }
      when = t.toEpochMilli();
    }
    long time = when;
    List<String> argv = new ArrayList<>();
    argv.add("touch");
    argv.addAll(o.operands);
    return each(fl, p, argv, "touch", (x, f) -> {
      if (!o.has('c') || p.fs().exists(f)) {
        p.fs().touch(f, time);
      }
    });
  }

  interface FileOp {
    void apply(Applet.Opts o, String file);
  }

  private static int each(Flavour fl, Proc p, List<String> a, String name, FileOp op) {
    Applet.Opts o = Applet.parse(a, "");
    if (o.operands.isEmpty()) {
      fl.missingOperand(p.stderr(), name, name.equals("touch") && fl == Flavour.GNU ? "file operand" : "operand");
      return 1;
    }
    int rc = 0;
    for (String f : o.operands) {
      try {
        op.apply(o, f);
      } catch (FsException e) {
        p.stderr().println(name + ": " + fl.failed(p, name, f, e));
        rc = 1;
      }
    }
    return rc;
  }

  private static int rm(Flavour fl, Proc p, List<String> a) {
    Applet.Opts o = Applet.parse(a, "");
    boolean force = o.has('f');
    boolean rec = o.has('r') || o.has('R');
    if (o.operands.isEmpty() && !force) {
      fl.missingOperand(p.stderr(), "rm", "operand");
      return 1;
    }
    int rc = 0;
    for (String f : o.operands) {
      try {
        Stat st = p.fs().lstat(f);
        if (st.isDirectory() && !rec) {
          p.stderr().println(fl == Flavour.GNU ? "rm: cannot remove '" + f + "': Is a directory"
              : "rm: '" + f + "' is a directory");
          rc = 1;
          continue;
        }
        rc |= remove(fl, p, f, rec, st.isDirectory());
      } catch (FsException e) {
        // -f hides only what is not there; other failures still print (busybox rm, GNU rm).
        if (!force || e.error() != dev.kujira.engine.fs.FsError.ENOENT) {
          p.stderr().println("rm: " + fl.failed(p, "rm", f, e));
          rc = 1;
        }
      }
    }
    return rc;
  }

  /**
   * Removes {@code f}; a directory that is a mount point loses its contents first and then fails
   * with EBUSY, as busybox's depth-first rm -r does (recorded: {@code rm -rf /data} on a volume).
   */
  private static int remove(Flavour fl, Proc p, String f, boolean rec, boolean dir) {
    try {
      p.fs().remove(f, rec);
      return 0;
    } catch (FsException e) {
      if (!rec || !dir || e.error() != dev.kujira.engine.fs.FsError.EBUSY) {
        throw e;
      }
    }
    int rc = 0;
    for (String child : p.fs().list(f)) {
      String path = (f.endsWith("/") ? f : f + "/") + child;
      try {
        rc |= remove(fl, p, path, true, p.fs().lstat(path).isDirectory());
      } catch (FsException e) {
        p.stderr().println("rm: " + fl.failed(p, "rm", path, e));
        rc = 1;
      }
    }
    p.stderr().println("rm: " + fl.failed(p, "rm", f, new FsException(dev.kujira.engine.fs.FsError.EBUSY, f)));
    return 1;
  }

  private static int copyOrMove(Flavour fl, Proc p, List<String> a, boolean move) {
    String name = move ? "mv" : "cp";
    Applet.Opts o = Applet.parse(a, "");
    if (o.operands.size() < 2) {
      fl.missingOperand(p.stderr(), name, o.operands.isEmpty() ? "file operand" : "destination file operand after '"
          + o.operands.get(0) + "'");
      return 1;
    }
    String dest = o.operands.get(o.operands.size() - 1);
    boolean destDir = isDir(p.fs(), dest);
    int rc = 0;
    for (String src : o.operands.subList(0, o.operands.size() - 1)) {
      String target = destDir ? dest + "/" + baseName(src) : dest;
      try {
        if (move) {
          p.fs().rename(src, target);
        } else if (isDir(p.fs(), src)) {
          if (!o.has('r') && !o.has('R') && !o.has('a')) {
            p.stderr().println("cp: " + (fl == Flavour.GNU ? "-r not specified; " : "") + "omitting directory '" + src + "'");
            rc = 1;
            continue;
          }
          copyTree(p.fs(), src, target);
        } else {
          p.fs().write(target, p.fs().read(src), false);
          p.fs().chmod(target, p.fs().stat(src).mode());
        }
      } catch (FsException e) {
        p.stderr().println(name + ": " + fl.failed(p, name, src, e));
        rc = 1;
      }
    }
    return rc;
  }

  private static boolean isLink(FileSystemView fs, String path) {
    try {
      return fs.lstat(path).type() == Stat.Type.SYMLINK;
    } catch (FsException e) {
      return false;
    }
  }

  static void copyTree(FileSystemView fs, String src, String dst) {
    Stat st = fs.lstat(src);
    if (st.type() == Stat.Type.SYMLINK) {
      // cp -R copies a symlink inside the tree as a symlink (busybox FILEUTILS_RECUR without -L).
      if (fs.exists(dst) || isLink(fs, dst)) {
        fs.remove(dst, false);
      }
      fs.symlink(st.linkTarget(), dst);
      return;
    }
    if (isDir(fs, src)) {
      fs.mkdir(dst, true);
      for (String n : fs.list(src)) {
        copyTree(fs, src + "/" + n, dst + "/" + n);
      }
    } else {
      fs.write(dst, fs.read(src), false);
      fs.chmod(dst, fs.stat(src).mode());
    }
  }

  static boolean isDir(FileSystemView fs, String path) {
    try {
      return fs.stat(path).isDirectory();
    } catch (FsException e) {
      return false;
    }
  }

  static String baseName(String path) {
    String s = path.replaceAll("/+$", "");
    return s.substring(s.lastIndexOf('/') + 1);
  }

  private static int ln(Flavour fl, Proc p, List<String> a) {
    Applet.Opts o = Applet.parse(a, "");
    // GNU ln with one operand links it into the current directory under its own name.
    if (o.operands.isEmpty() || o.operands.size() < 2 && fl != Flavour.GNU) {
      fl.missingOperand(p.stderr(), "ln", fl == Flavour.GNU ? "file operand" : "operand");
      return 1;
    }
    String target = o.operands.get(0);
    String link = o.operands.size() < 2 ? "." : o.operands.get(1);
    if (isDir(p.fs(), link)) {
      link = link + "/" + baseName(target);
    }
    try {
      if (SysApplets.exists(p, link)) {
        if (!o.has('f')) {
          // link(2) and symlink(2) refuse an existing name; only -f removes it first.
          throw new FsException(dev.kujira.engine.fs.FsError.EEXIST, link);
        }
        p.fs().remove(link, false);
      }
      if (o.has('s')) {
        p.fs().symlink(target, link);
      } else {
        p.fs().write(link, p.fs().read(target), false);
      }
      return 0;
    } catch (FsException e) {
      if (fl == Flavour.BUSYBOX) {
        p.stderr().println("ln: " + link + ": " + e.error().message());
      } else if (!o.has('s') && e.error() == dev.kujira.engine.fs.FsError.ENOENT && !SysApplets.exists(p, target)) {
        p.stderr().println("ln: failed to access '" + target + "': " + e.error().message());
      } else {
        p.stderr().println("ln: failed to create " + (o.has('s') ? "symbolic" : "hard") + " link '" + link + "': "
            + e.error().message());
      }
      return 1;
    }
  }

  private static int chmod(Flavour fl, Proc p, List<String> a) {
    // Options (-R, and -c -f -v, which change only what is reported) before the mode; a mode may
    // look like an option (-w), as chmod's own getopt takes it; "--" ends the options.
    boolean recursive = false;
    int i = 1;
    for (; i < a.size() && a.get(i).matches("-[Rcfv]+|--"); i++) {
      if (a.get(i).equals("--")) {
        i++;
        break;
      }
      recursive |= a.get(i).contains("R");
    }
    if (a.size() - i < 2) {
      fl.missingOperand(p.stderr(), "chmod", "operand");
      return 1;
    }
    String mode = a.get(i);
    int rc = 0;
    for (String f : a.subList(i + 1, a.size())) {
      rc |= chmodTree(fl, p, f, mode, recursive);
    }
    return rc;
  }

  private static int chmodTree(Flavour fl, Proc p, String f, String mode, boolean recursive) {
    try {
      dev.kujira.engine.fs.Stat st = p.fs().stat(f);
      p.fs().chmod(f, mode.matches("[0-7]+") ? Integer.parseInt(mode, 8) : symbolic(st.mode(), mode));
      int rc = 0;
      if (recursive && st.isDirectory() && p.fs().lstat(f).isDirectory()) {
        for (String n : p.fs().list(f)) {
          rc |= chmodTree(fl, p, f + "/" + n, mode, true);
        }
      }
      return rc;
    } catch (FsException e) {
      p.stderr().println("chmod: " + fl.failed(p, "chmod", f, e));
      return 1;
    }
  }

  private static int symbolic(int cur, String mode) {
    for (String part : mode.split(",")) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("([ugoa]*)([+=-])([rwx]*)").matcher(part);
      if (!m.matches()) {
        continue;
      }
      String who = m.group(1).isEmpty() ? "a" : m.group(1);
      int bits = 0;
      for (char c : m.group(3).toCharArray()) {
        bits |= c == 'r' ? 4 : c == 'w' ? 2 : 1;
      }
      int mask = 0;
      for (char w : who.toCharArray()) {
        mask |= w == 'u' ? bits << 6 : w == 'g' ? bits << 3 : w == 'o' ? bits : bits << 6 | bits << 3 | bits;
      }
      cur = m.group(2).equals("+") ? cur | mask : m.group(2).equals("-") ? cur & ~mask : mask;
    }
    return cur;
  }
}
