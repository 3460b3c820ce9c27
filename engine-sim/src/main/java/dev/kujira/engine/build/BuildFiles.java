package dev.kujira.engine.build;

import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.UnionView;
import java.util.ArrayList;
import java.util.List;

/**
 * The file work of COPY and ADD that needs no build state: here-document scripts, local tar
 * archives ADD unpacks, copies between two file systems (COPY --from), glob patterns, and
 * --chmod/--chown.
 */
final class BuildFiles {
  private BuildFiles() {
  }

  /**
   * Returns the shell text of a RUN: the arguments, or with here-documents the script they make
   * (a lone {@code <<EOF} runs its body; {@code python3 <<EOF} gets the body as stdin).
   */
  static String heredocScript(Instruction ins) {
    if (ins.heredocs().isEmpty()) {
      return ins.args();
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<<-?([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\1")
        .matcher(ins.args());
    if (ins.args().trim().matches("<<-?([\"']?)[A-Za-z_][A-Za-z0-9_]*\\1")) {
      return ins.heredocs().get(0);
    }
    StringBuilder script = new StringBuilder(ins.args());
    int k = 0;
    while (m.find() && k < ins.heredocs().size()) {
      script.append('\n').append(ins.heredocs().get(k++)).append(m.group(2));
    }
    return script.toString();
  }

  /** Returns the names along {@code path} (empty parts dropped), for {@link FsTree#lookup}. */
  static List<String> split(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  static boolean isTar(byte[] data) {
    if (data.length > 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b) {
      return true;
    }
    return data.length >= 512 && new String(data, 257, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("ustar");
  }

  static void unpack(byte[] data, UnionView target, String dir) {
    byte[] tar = data;
    if ((data[0] & 0xff) == 0x1f) {
      try {
        tar = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(data)).readAllBytes();
      } catch (java.io.IOException e) {
        return;
      }
    }
    target.mkdir(dir, true);
    for (dev.kujira.engine.layer.TarEntry e : dev.kujira.engine.layer.TarReader.entries(tar)) {
      String name = e.name().replaceFirst("^\\./", "").replaceAll("/+$", "");
      if (name.isEmpty() || name.equals(".")) {
        continue;
      }
      String to = dir.replaceAll("/+$", "") + "/" + name;
      if (e.isDirectory()) {
        target.mkdir(to, true);
      } else if (e.type() == '2') {
        target.symlink(e.link(), to);
      } else if (e.isFile()) {
        target.mkdir(to.lastIndexOf('/') <= 0 ? "/" : to.substring(0, to.lastIndexOf('/')), true);
        target.write(to, e.data(), false);
        target.chmod(to, e.mode());
      }
    }
  }

  static void copyBetween(UnionView from, String src, UnionView to, String dst) {
    dev.kujira.engine.fs.Stat st = from.lstat(src);
    if (st.isDirectory()) {
      to.mkdir(dst, true);
      for (String n : from.list(src)) {
        copyBetween(from, src.replaceAll("/+$", "") + "/" + n, to, dst.replaceAll("/+$", "") + "/" + n);
      }
    } else if (st.type() == dev.kujira.engine.fs.Stat.Type.SYMLINK) {
      to.symlink(st.linkTarget(), dst);
    } else {
      to.write(dst, from.read(src), false);
      to.chmod(dst, st.mode());
    }
  }

  static String globRegex(String glob) {
    StringBuilder sb = new StringBuilder();
    for (char c : glob.toCharArray()) {
      sb.append(switch (c) {
        case '*' -> "[^/]*";
        case '?' -> "[^/]";
        case '[', ']' -> String.valueOf(c);
        default -> java.util.regex.Pattern.quote(String.valueOf(c));
      });
    }
    return sb.toString();
  }

  static void apply(UnionView target, String path, int mode, int[] ids) {
    if (mode >= 0) {
      target.chmod(path, mode);
    }
    if (ids != null) {
      target.chown(path, ids[0], ids[1], false);
    }
    if (target.lstat(path).isDirectory()) {
      for (String n : target.list(path)) {
        apply(target, path + "/" + n, mode, ids);
      }
    }
  }
}
