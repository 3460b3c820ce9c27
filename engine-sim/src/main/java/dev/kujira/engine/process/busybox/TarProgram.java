package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.layer.TarReader;
import dev.kujira.engine.layer.TarWriter;
import dev.kujira.engine.process.Proc;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** tar -c|-x|-t [-v] [-z] [-O] [-C DIR] [-f FILE] [MEMBER]...: the common modes, old-style "tf" too. */
final class TarProgram extends Applet {
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
    Opts o = parse(args, "fC");
    String file = o.get('f', "-");
    try {
      if (o.has('c')) {
        return create(p, o, file);
      }
      byte[] data = file.equals("-") ? p.stdin().readAllBytes() : p.fs().read(file);
      if (o.has('z') || data.length > 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b) {
        data = new GZIPInputStream(new ByteArrayInputStream(data)).readAllBytes();
      }
      Map<String, byte[]> files = TarReader.files(data);
      if (o.has('t')) {
        for (String name : TarReader.names(data)) {
          if (o.operands.isEmpty() || o.operands.contains(name)) {
            p.stdout().println(name);
          }
        }
        return 0;
      }
      String dir = o.get('C', ".");
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        if (!o.operands.isEmpty() && !o.operands.contains(e.getKey())) {
          continue;
        }
        if (o.has('O')) {
          p.stdout().write(e.getValue(), 0, e.getValue().length);
        } else {
          String target = dir + "/" + e.getKey();
          int slash = target.lastIndexOf('/');
          p.fs().mkdir(target.substring(0, slash), true);
          p.fs().write(target, e.getValue(), false);
          if (o.has('v')) {
            p.stdout().println(e.getKey());
          }
        }
      }
      p.stdout().flush();
      return 0;
    } catch (FsException e) {
      p.stderr().println("tar: can't open '" + file + "': " + e.error().message());
      return 1;
    } catch (IOException | RuntimeException e) {
      p.stderr().println("tar: invalid tar magic");
      return 1;
    }
  }

  private static int create(Proc p, Opts o, String file) {
    TarWriter w = new TarWriter();
    String dir = o.get('C', ".");
    for (String member : o.operands) {
      add(p, w, dir, member);
    }
    byte[] tar = w.finish();
    if (file.equals("-")) {
      p.stdout().write(tar, 0, tar.length);
      p.stdout().flush();
    } else {
      p.fs().write(file, tar, false);
    }
    return 0;
  }

  private static void add(Proc p, TarWriter w, String dir, String member) {
    String path = member.startsWith("/") ? member : dir + "/" + member;
    Stat st = p.fs().stat(path);
    if (st.isDirectory()) {
      w.dir(member.replaceAll("/+$", "") + "/", st.mode(), st.mtime());
      for (String n : p.fs().list(path)) {
        add(p, w, dir, member.replaceAll("/+$", "") + "/" + n);
      }
    } else {
      w.file(member, p.fs().read(path), st.mode(), st.mtime());
    }
  }
}
