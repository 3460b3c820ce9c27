package dev.kujira.engine.process.busybox;

import dev.kujira.engine.layer.TarEntry;
import dev.kujira.engine.process.Proc;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

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

  /**
   * Returns what {@code --exclude=PATTERN} options leave out: GNU tar matches a pattern, unanchored,
   * against the member's name from any '/' on, and a match of leading directories excludes what is
   * under them (exclude.c's fnmatch with FNM_LEADING_DIR; wildcards match '/'): seen with this
   * machine's tar, {@code --exclude=sub} drops ./sub/b.log, {@code --exclude='*.log'} every .log.
   */
  static java.util.function.Predicate<String> excluded(List<String> longOptions) {
    List<java.util.regex.Pattern> patterns = new java.util.ArrayList<>();
    for (String l : longOptions) {
      if (l.startsWith("--exclude=")) {
        patterns.add(java.util.regex.Pattern.compile(glob(l.substring("--exclude=".length())) + "(/.*)?"));
      }
    }
    if (patterns.isEmpty()) {
      return name -> false;
    }
    return name -> {
      String n = name.replaceAll("/+$", "");
      for (int i = 0; i >= 0; i = n.indexOf('/', i) < 0 ? -1 : n.indexOf('/', i) + 1) {
        String tail = n.substring(i);
        if (patterns.stream().anyMatch(pt -> pt.matcher(tail).matches())) {
          return true;
        }
      }
      return false;
    };
  }

  private static String glob(String g) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      switch (c) {
        case '*' -> sb.append(".*");
        case '?' -> sb.append('.');
        case '[' -> {
          int close = g.indexOf(']', i + 2);
          if (close < 0) {
            sb.append("\\[");
          } else {
            sb.append('[').append(g, i + 1, close).append(']');
            i = close;
          }
        }
        case '\\' -> {
          if (i + 1 < g.length()) {
            sb.append(java.util.regex.Pattern.quote(String.valueOf(g.charAt(++i))));
          }
        }
        default -> sb.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.toString();
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
