package dev.kujira.engine.process.packages;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the package managers share: the network check, writing a package's files, and a text database. */
final class Installer {
  private Installer() {
  }

  /** Returns whether the process can reach the internet (a container with a network other than loopback). */
  static boolean online(Proc p) {
    for (NetworkView.Iface i : p.network().interfaces()) {
      if (!i.name().equals("lo")) {
        return true;
      }
    }
    return false;
  }

  /** Writes a package's files; "#!kujira:" contents become executables. */
  static void unpack(FileSystemView fs, Pkg pkg) {
    for (Map.Entry<String, String> f : pkg.files().entrySet()) {
      write(fs, f.getKey(), f.getValue(), f.getValue().startsWith("#!") ? 0755 : 0644);
    }
  }

  static void write(FileSystemView fs, String path, String content, int mode) {
    int slash = path.lastIndexOf('/');
    if (slash > 0) {
      fs.mkdir(path.substring(0, slash), true);
    }
    fs.write(path, content.getBytes(StandardCharsets.UTF_8), false);
    fs.chmod(path, mode);
  }

  /** Returns the lines of a text file, or none when it is missing. */
  static List<String> lines(FileSystemView fs, String path) {
    try {
      String text = new String(fs.read(path), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (String l : text.split("\n")) {
        if (!l.isBlank()) {
          out.add(l);
        }
      }
      return out;
    } catch (FsException e) {
      return new ArrayList<>();
    }
  }

  /** Appends lines to a text file, creating it and its folder. */
  static void append(FileSystemView fs, String path, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    int slash = path.lastIndexOf('/');
    fs.mkdir(path.substring(0, slash), true);
    fs.write(path, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), true);
  }

  /** Wraps names as apt lists them: two spaces in, up to 80 columns. */
  static String wrap(List<String> names) {
    StringBuilder sb = new StringBuilder();
    StringBuilder line = new StringBuilder(" ");
    for (String n : names) {
      if (line.length() + n.length() + 1 > 79 && line.length() > 1) {
        sb.append(line).append('\n');
        line = new StringBuilder(" ");
      }
      line.append(' ').append(n);
    }
    return sb.append(line).toString();
  }
}
