package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Is the base of the applets: reading inputs ("-" or none is stdin) and printing errors as busybox
 * does, or as GNU coreutils does for the copy {@link #as} gives.
 */
abstract class Applet implements Program, Cloneable {
  private Flavour flavour = Flavour.BUSYBOX;

  /** Returns a copy of this (stateless) applet that words its errors as {@code f} does. */
  final Applet as(Flavour f) {
    try {
      Applet copy = (Applet) clone();
      copy.flavour = f;
      return copy;
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }

  /** Returns whose wording this applet uses. */
  final Flavour flavour() {
    return flavour;
  }

  /** Returns the applet's name for messages. */
  abstract String name();

  /** Reads a file argument, or stdin for "-"; prints "name: path: error" and returns null on failure. */
  byte[] input(Proc p, String path) {
    if (path.equals("-")) {
      try {
        return p.stdin().readAllBytes();
      } catch (IOException e) {
        return new byte[0];
      }
    }
    try {
      return p.fs().read(path);
    } catch (FsException e) {
      p.stderr().println(name() + ": " + (flavour == Flavour.GNU ? gnuOpenError(path, e)
          : e.error().name().equals("EISDIR") ? "read error: Is a directory"
          : quotesOpenErrors() ? "can't open '" + path + "': " + e.error().message() : path + ": " + e.error().message()));
      return null;
    }
  }

  /**
   * Says whether a failed open prints busybox's {@code can't open 'PATH': …} (applets that call
   * xfopen/open_or_warn_stdin: cat, tail, uniq, tar, md5sum) rather than {@code PATH: …}
   * (fopen_or_warn: grep, sed, sort, head, wc, cut, awk), as busybox 1.35 prints them.
   */
  boolean quotesOpenErrors() {
    return false;
  }

  /** Returns GNU's message for a file it could not read: {@code PATH: error} (cat, wc, sort ...). */
  String gnuOpenError(String path, FsException e) {
    return path + ": " + e.error().message();
  }

  /** Returns the bytes of every operand (stdin when none), for byte-exact applets; sets {@code failed[0]} on any error. */
  byte[] inputBytes(Proc p, List<String> files, boolean[] failed) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (String f : files.isEmpty() ? List.of("-") : files) {
      byte[] b = input(p, f);
      if (b == null) {
        failed[0] = true;
      } else {
        out.write(b, 0, b.length);
      }
    }
    return out.toByteArray();
  }

  /** Returns the text of every operand (stdin when none); sets {@code failed[0]} on any error. */
  String inputs(Proc p, List<String> files, boolean[] failed) {
    StringBuilder sb = new StringBuilder();
    List<String> list = files.isEmpty() ? List.of("-") : files;
    for (String f : list) {
      byte[] b = input(p, f);
      if (b == null) {
        failed[0] = true;
      } else {
        sb.append(new String(b, StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }

  /** Splits text into lines without their newlines (a final newline ends the last line). */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** Is a parsed command line: single-letter options (with values where declared) and operands. */
  static final class Opts {
    final java.util.Map<Character, String> flags = new java.util.LinkedHashMap<>();
    /** Every value of an option given more than once ({@code grep -e a -e b}), in order. */
    final java.util.Map<Character, List<String>> repeated = new java.util.LinkedHashMap<>();
    final List<String> operands = new ArrayList<>();
    /** The long options given ({@code --exclude=x}), as written: GNU tools hand them on to the applet's work. */
    final List<String> longs = new ArrayList<>();

    List<String> all(char c) {
      return repeated.getOrDefault(c, List.of());
    }

    boolean has(char c) {
      return flags.containsKey(c);
    }

    String get(char c, String dflt) {
      return flags.getOrDefault(c, dflt);
    }
  }

  /** Parses getopt-style options; {@code withValue} lists the letters that take a value. */
  static Opts parse(List<String> argv, String withValue) {
    Opts o = new Opts();
    int i = 1;
    for (; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("--")) {
        i++;
        break;
      }
      if (a.startsWith("--")) {
        o.longs.add(a);
        continue;
      }
      if (!a.startsWith("-") || a.length() == 1 || Character.isDigit(a.charAt(1)) && withValue.indexOf('#') < 0
          && !withValue.contains(String.valueOf(a.charAt(1)))) {
        o.operands.add(a);
        continue;
      }
      for (int k = 1; k < a.length(); k++) {
        char c = a.charAt(k);
        if (withValue.indexOf(c) >= 0) {
          String v = k + 1 < a.length() ? a.substring(k + 1) : i + 1 < argv.size() ? argv.get(++i) : "";
          o.flags.put(c, v);
          o.repeated.computeIfAbsent(c, x -> new ArrayList<>()).add(v);
          break;
        }
        o.flags.put(c, "");
      }
    }
    for (; i < argv.size(); i++) {
      o.operands.add(argv.get(i));
    }
    return o;
  }
}
