package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;

/**
 * Says which implementation of the everyday file tools a program is: busybox's applets (the
 * busybox and Alpine images) or GNU coreutils (Debian, Ubuntu and the learner's Debian host).
 * They behave alike and word their errors differently: busybox says {@code can't remove 'x'},
 * GNU {@code cannot remove 'x'}; GNU {@code ls} exits 2 on a missing operand where busybox
 * exits 1 (both seen: busybox 1.35 on the real engine, coreutils 9.1 on this machine's host).
 * GNU's locale quotes ({@code quote()} in gnulib: find, mkdir) are ‘ ’ in a UTF-8 locale (the
 * learner's Debian host, LANG=C.UTF-8) and ASCII quotes in the POSIX locale a container starts in.
 */
enum Flavour {
  BUSYBOX, GNU;

  /** Returns the text after "TOOL: " for an operand that {@code tool}, run by {@code p}, failed on (rm, touch, chmod ...). */
  String failed(dev.kujira.engine.process.Proc p, String tool, String path, FsException e) {
    String err = e.error().message();
    if (this == BUSYBOX) {
      return switch (tool) {
        case "rm" -> "can't remove '" + path + "': " + err;
        case "mkdir" -> "can't create directory '" + path + "': " + err;
        case "rmdir" -> "'" + path + "': " + err;
        case "cp" -> "can't stat '" + path + "': " + err;
        // busybox mv reports any failed rename(2), a missing source too, as "can't rename" (recorded, k16).
        case "mv" -> "can't rename '" + path + "': " + err;
        default -> path + ": " + err;
      };
    }
    return switch (tool) {
      case "rm" -> "cannot remove '" + path + "': " + err;
      case "mkdir" -> "cannot create directory " + localeQuoted(p, path) + ": " + err;
      case "rmdir" -> "failed to remove '" + path + "': " + err;
      case "touch" -> "cannot touch '" + path + "': " + err;
      case "cp", "mv" -> "cannot stat '" + path + "': " + err;
      case "ls", "chmod" -> "cannot access '" + path + "': " + err;
      default -> path + ": " + err;
    };
  }

  /** Returns {@code s} in the locale quotes of {@code p}'s environment. */
  static String localeQuoted(dev.kujira.engine.process.Proc p, String s) {
    return utf8(p.env()) ? "\u2018" + s + "\u2019" : "'" + s + "'";
  }

  /** Says whether {@code env}'s locale is a UTF-8 one (LC_ALL, then LC_CTYPE, then LANG, as setlocale(3) reads them). */
  static boolean utf8(java.util.Map<String, String> env) {
    for (String k : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String v = env.get(k);
      if (v != null && !v.isEmpty()) {
        String l = v.toLowerCase(java.util.Locale.ROOT);
        return l.contains("utf-8") || l.contains("utf8");
      }
    }
    return false;
  }

  /** Prints a missing operand: busybox's one line, GNU's two with the pointer to --help. */
  void missingOperand(java.io.PrintStream err, String tool, String what) {
    err.println(tool + ": missing " + what);
    if (this == GNU) {
      err.println("Try '" + tool + " --help' for more information.");
    }
  }
}
