package dev.kujira.engine.process.busybox;

import dev.kujira.engine.layer.TarEntry;
import dev.kujira.engine.process.Proc;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * GNU tar 1.34's words where they differ from busybox's (seen with Debian 12's tar on this
 * machine): a fatal error ends with "Error is not recoverable: exiting now", errors met on the
 * way with "Exiting with failure status due to previous errors", both status 2.
 */
final class GnuTar {
  private static final DateTimeFormatter LIST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneOffset.UTC);

  private GnuTar() {
  }

  /** A usage error: the message and the pointer to --help. */
  static int usage(Proc p, String message) {
    p.stderr().println("tar: " + message);
    p.stderr().println("Try 'tar --help' or 'tar --usage' for more information.");
    return 2;
  }

  /** A fatal error on {@code what}, such as an archive or -C directory that cannot be opened. */
  static int fatal(Proc p, String what, String action, String error) {
    p.stderr().println("tar: " + what + ": " + action + ": " + error);
    p.stderr().println("tar: Error is not recoverable: exiting now");
    return 2;
  }

  /** The end of a run that met errors and went on. */
  static int failedBefore(Proc p) {
    p.stderr().println("tar: Exiting with failure status due to previous errors");
    return 2;
  }

  /**
   * {@code tar tv}'s lines: owner/group and size share a field at least 19 wide that grows, and
   * stays grown, when an entry needs more (list.c's ugswidth); times have no seconds.
   */
  static final class Listing {
    private int width = 19;

    String line(TarEntry e, String perm, String owner) {
      String size = String.valueOf(e.isFile() ? e.data().length : 0);
      width = Math.max(width, owner.length() + 1 + size.length());
      String name = e.type() == '2' ? e.name() + " -> " + e.link() : e.type() == '1' ? e.name() + " link to " + e.link()
          : e.name();
      return perm + " " + owner + " ".repeat(width - owner.length() - size.length()) + size + " "
          + LIST_TIME.format(Instant.ofEpochMilli(e.mtime())) + " " + name;
    }
  }
}
