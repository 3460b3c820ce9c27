package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;

/**
 * Says which implementation of the everyday file tools a program is: busybox's applets (the
 * busybox and Alpine images) or GNU coreutils (Debian, Ubuntu and the learner's Debian host).
 * They behave alike and word their errors differently: busybox says {@code can't remove 'x'},
 * GNU {@code cannot remove 'x'}; GNU {@code ls} exits 2 on a missing operand where busybox
 * exits 1 (both seen: busybox 1.35 on the real engine, coreutils 9.1 on this machine's host).
 * GNU quotes names with ASCII quotes as it does in the POSIX locale a container starts in.
 */
enum Flavour {
  BUSYBOX, GNU;

  /** Returns the text after "TOOL: " for an operand that {@code tool} failed on (rm, touch, chmod ...). */
  String failed(String tool, String path, FsException e) {
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
      case "mkdir" -> "cannot create directory '" + path + "': " + err;
      case "rmdir" -> "failed to remove '" + path + "': " + err;
      case "touch" -> "cannot touch '" + path + "': " + err;
      case "cp", "mv" -> "cannot stat '" + path + "': " + err;
      case "ls", "chmod" -> "cannot access '" + path + "': " + err;
      default -> path + ": " + err;
    };
  }

  /** Prints a missing operand: busybox's one line, GNU's two with the pointer to --help. */
  void missingOperand(java.io.PrintStream err, String tool, String what) {
    err.println(tool + ": missing " + what);
    if (this == GNU) {
      err.println("Try '" + tool + " --help' for more information.");
    }
  }
}
