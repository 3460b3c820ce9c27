package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.layer.TarEntry;
import dev.kujira.engine.layer.TarReader;
import dev.kujira.engine.layer.TarWriter;
import dev.kujira.engine.process.Proc;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Is busybox 1.35 {@code tar}: c/x/t with f, C, z, v, O, old-style bundled letters ({@code czvf}),
 * names kept as given ({@code ./f}), a leading '/' removed with busybox's notice, owners by
 * name and id, and its messages and exit statuses. As GNU tar 1.34 (the learner's Debian host) it
 * takes the same letters and speaks GNU's words ({@link GnuTar}): "Cannot stat", "Cannot open",
 * status 2, a listing without seconds.
 */
final class TarProgram extends Applet {
  private static final DateTimeFormatter LIST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneOffset.UTC);

  @Override
  String name() {
    return "tar";
  }

  @Override
  boolean quotesOpenErrors() {
    return true;
  }

  @Override
  public int run(Proc p, List<String> argv) {
    List<String> args = new ArrayList<>(argv);
    if (args.size() > 1 && !args.get(1).startsWith("-")) {
      args.set(1, "-" + args.get(1));
    }
    boolean gnu = flavour() == Flavour.GNU;
    Opts o = parse(args, "fC");
    if (!gnu && o.longs.contains("--version")) {
      // archival/tar.c answers --version itself (seen: the conformance image's "tar (busybox) 1.35.0").
      p.stdout().println("tar (busybox) " + Banner.of(p).replaceAll("^BusyBox v(\\S+).*", "$1"));
      return 0;
    }
    if (!o.has('c') && !o.has('x') && !o.has('t')) {
      // GNU tar's own usage errors come before: GnuTarProgram.
      return Banner.show(p, "tar", 1);
    }
    String file = o.get('f', "-");
    if (gnu && o.has('C') && !FileApplets.isDir(p.fs(), o.get('C', "."))) {
      return GnuTar.fatal(p, o.get('C', "."), "Cannot open", "No such file or directory");
    }
    java.util.function.Predicate<String> excluded = GnuTar.excluded(o.longs);
    if (o.has('c')) {
      return create(p, o, file, excluded);
    }
    byte[] data;
    try {
      data = file.equals("-") ? p.stdin().readAllBytes() : p.fs().read(file);
      if (o.has('z') || data.length > 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b) {
        data = new GZIPInputStream(new ByteArrayInputStream(data)).readAllBytes();
      }
    } catch (FsException e) {
      if (gnu) {
        return GnuTar.fatal(p, file, "Cannot open", e.error().message());
      }
      p.stderr().println("tar: can't open '" + file + "': " + e.error().message());
      return 1;
    } catch (IOException e) {
      p.stderr().println("tar: invalid magic");
      return 1;
    }
    List<TarEntry> entries;
    try {
      entries = TarReader.entries(data);
    } catch (RuntimeException e) {
      entries = null;
    }
    // GNU tar on an empty or garbled input, such as `docker export missing | tar -t` (seen with
    // Debian 12's tar 1.34; found by the differential tester, conformance d09)
    if (gnu && (entries == null || data.length == 0)) {
      p.stderr().println("tar: This does not look like a tar archive");
      return GnuTar.failedBefore(p);
    }
    if (entries == null) {
      p.stderr().println("tar: invalid tar magic");
      return 1;
    }
    List<String> wanted = new ArrayList<>(o.operands);
    String dir = o.get('C', ".");
    GnuTar.Listing listing = new GnuTar.Listing();
    for (TarEntry e : entries) {
      if (!o.operands.isEmpty() && !matches(o.operands, e.name()) || excluded.test(e.name())) {
        continue;
      }
      wanted.removeIf(w -> matches(List.of(w), e.name()));
      if (o.has('t')) {
        p.stdout().println(!o.has('v') ? e.name() : gnu ? listing.line(e, perm(e), owner(e)) : listLine(e));
      } else if (o.has('O')) {
        p.stdout().write(e.data(), 0, e.data().length);
      } else {
        try {
          extract(p, dir, e);
        } catch (FsException ex) {
          p.stderr().println("tar: can't create '" + e.name() + "': " + ex.error().message());
          return 1;
        }
        if (o.has('v')) {
          p.stdout().println(e.name());
        }
      }
    }
    p.stdout().flush();
    for (String w : wanted) {
      p.stderr().println("tar: " + w + (gnu ? ": Not found in archive" : ": not found in archive"));
    }
    if (gnu && !wanted.isEmpty()) {
      return GnuTar.failedBefore(p);
    }
    return wanted.isEmpty() ? 0 : 1;
  }

  private static boolean matches(List<String> operands, String name) {
    String n = name.replaceAll("/+$", "");
    for (String op : operands) {
      String o = op.replaceAll("/+$", "");
      if (n.equals(o) || n.startsWith(o + "/")) {
        return true;
      }
    }
    return false;
  }

  static String perm(TarEntry e) {
    char type = e.isDirectory() ? 'd' : e.type() == '2' ? 'l' : e.type() == '1' ? 'h' : '-';
    StringBuilder perm = new StringBuilder().append(type);
    String rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) {
      perm.append((e.mode() & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
    }
    return perm.toString();
  }

  static String owner(TarEntry e) {
    return (e.uname().isEmpty() ? String.valueOf(e.uid()) : e.uname()) + "/"
        + (e.gname().isEmpty() ? String.valueOf(e.gid()) : e.gname());
  }

  private static String listLine(TarEntry e) {
    String perm = perm(e);
    String owner = owner(e);
    String name = e.type() == '2' ? e.name() + " -> " + e.link() : e.type() == '1' ? e.name() + " link to " + e.link()
        : e.name();
    return String.format("%s %s %9d %s %s", perm, owner, e.isFile() ? e.data().length : 0,
        LIST_TIME.format(Instant.ofEpochMilli(e.mtime())), name);
  }

  private static void extract(Proc p, String dir, TarEntry e) {
    String target = e.name().startsWith("/") ? e.name() : dir + "/" + e.name();
    target = target.replaceAll("/+$", "");
    int slash = target.lastIndexOf('/');
    if (slash > 0) {
      p.fs().mkdir(target.substring(0, slash), true);
    }
    if (e.isDirectory()) {
      if (!p.fs().exists(target)) {
        p.fs().mkdir(target, true);
      }
      p.fs().chmod(target, e.mode());
    } else if (e.type() == '2') {
      if (p.fs().exists(target)) {
        p.fs().remove(target, false);
      }
      p.fs().symlink(e.link(), target);
      return;
    } else {
      byte[] content = e.data();
      if (e.type() == '1') {
        String src = dir + "/" + e.link();
        content = p.fs().read(src);
      }
      p.fs().write(target, content, false);
      p.fs().chmod(target, e.mode());
    }
    if (p.user().isEmpty() || p.user().startsWith("root") || p.user().startsWith("0")) {
      p.fs().chown(target, e.uid(), e.gid(), true);
    }
    p.fs().touch(target, e.mtime());
  }

  private int create(Proc p, Opts o, String file, java.util.function.Predicate<String> excluded) {
    TarWriter w = new TarWriter();
    String dir = o.get('C', ".");
    Accounts acc = Accounts.of(p);
    boolean noticed = false;
    boolean failed = false;
    List<String> listed = new ArrayList<>();
    for (String member : o.operands) {
      String stored = member;
      if (stored.startsWith("/")) {
        if (!noticed) {
          p.stderr().println(flavour() == Flavour.GNU ? "tar: Removing leading `/' from member names"
              : "tar: removing leading '/' from member names");
          noticed = true;
        }
        stored = stored.replaceAll("^/+", "");
      }
      String path = member.startsWith("/") ? member : dir + "/" + member;
      try {
        add(p, w, acc, path, stored, listed, excluded);
      } catch (FsException e) {
        p.stderr().println("tar: " + member + (flavour() == Flavour.GNU ? ": Cannot stat: " : ": ") + e.error().message());
        failed = true;
      }
    }
    byte[] tar = w.finish();
    try {
      if (o.has('z')) {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
          z.write(tar);
        }
        tar = gz.toByteArray();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try {
      if (file.equals("-")) {
        p.stdout().write(tar, 0, tar.length);
        p.stdout().flush();
      } else {
        p.fs().write(file, tar, false);
      }
    } catch (FsException e) {
      if (flavour() == Flavour.GNU) {
        return GnuTar.fatal(p, file, "Cannot open", e.error().message());
      }
      p.stderr().println("tar: can't open '" + file + "': " + e.error().message());
      return 1;
    }
    if (o.has('v')) {
      // busybox prints the names it adds; to stderr when the archive itself goes to stdout.
      (file.equals("-") ? p.stderr() : p.stdout()).print(String.join("", listed));
    }
    if (failed) {
      if (flavour() == Flavour.GNU) {
        return GnuTar.failedBefore(p);
      }
      p.stderr().println("tar: error exit delayed from previous errors");
      return 1;
    }
    return 0;
  }

  private static void add(Proc p, TarWriter w, Accounts acc, String path, String stored, List<String> listed,
      java.util.function.Predicate<String> excluded) {
    dev.kujira.engine.util.Budget.tick(dev.kujira.engine.util.Budget.FILE_STEP);
    if (excluded.test(stored)) {
      return;
    }
    Stat st = p.fs().lstat(path);
    w.owner(st.uid(), st.gid(), acc.userName(st.uid()), acc.groupName(st.gid()));
    if (st.isDirectory()) {
      String name = stored.equals(".") ? "./" : stored.replaceAll("/+$", "") + "/";
      w.dir(name, st.mode(), st.mtime());
      listed.add(name + "\n");
      for (String n : p.fs().list(path)) {
        add(p, w, acc, path + "/" + n, name + n, listed, excluded);
      }
    } else if (st.type() == Stat.Type.SYMLINK) {
      w.symlink(stored, st.linkTarget(), st.mtime());
      listed.add(stored + "\n");
    } else {
      w.file(stored, p.fs().read(path), st.mode(), st.mtime());
      listed.add(stored + "\n");
    }
  }
}
