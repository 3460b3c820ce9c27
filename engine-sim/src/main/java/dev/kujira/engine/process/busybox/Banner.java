package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The busybox banner ("BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1)") as the image's own binary
 * holds it, and the usage text busybox prints under it. Real busybox compiles the banner in
 * (libbb/messages.c's bb_banner), so each image has its own: the conformance image's Debian
 * busybox-static 1.35.0, Alpine 3.20's 1.36.1 built 2024-06-10. The banner is read from the
 * process's {@code /bin/busybox}: a real ELF binary (a {@code docker load}ed image) carries it as a
 * string, the catalogue's marker file {@code #!kujira:busybox} on its second line; a file without
 * one is the Debian build the busybox image was recorded with.
 */
final class Banner {
  /** Debian 12's busybox 1.35.0: the conformance image's binary and this machine's /usr/bin/busybox. */
  static final String DEBIAN = "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1)";
  private static final byte[] NEEDLE = "BusyBox v".getBytes(StandardCharsets.US_ASCII);
  private static final Map<byte[], String> ELF = Collections.synchronizedMap(new WeakHashMap<>());

  private Banner() {
  }

  /** Returns the banner of the busybox binary {@code p}'s file system has. */
  static String of(Proc p) {
    for (String path : new String[] {"/bin/busybox", "/usr/bin/busybox"}) {
      byte[] b;
      try {
        b = p.fs().read(path);
      } catch (FsException e) {
        continue;
      }
      String found = b.length > 4 && b[0] == 0x7f && b[1] == 'E' ? ELF.computeIfAbsent(b, Banner::scan) : marker(b);
      return found == null || found.isEmpty() ? DEBIAN : found;
    }
    return DEBIAN;
  }

  /** Returns what busybox prints for a usage error or {@code --help} of {@code applet}: banner, empty line, usage. */
  static String usage(Proc p, String applet) {
    String text = Texts.busybox(applet);
    return of(p) + " multi-call binary.\n\n" + (text == null ? "No help available\n" : text);
  }

  /** Prints {@link #usage} to stderr, as bb_show_usage() does, and returns {@code status}. */
  static int show(Proc p, String applet, int status) {
    p.stderr().print(usage(p, applet));
    p.stderr().flush();
    return status;
  }

  private static String marker(byte[] b) {
    String s = new String(b, StandardCharsets.UTF_8);
    String[] lines = s.split("\n");
    return lines.length > 1 && lines[1].startsWith("BusyBox v") ? lines[1].strip() : null;
  }

  private static String scan(byte[] b) {
    outer:
    for (int i = 0; i + NEEDLE.length < b.length; i++) {
      for (int j = 0; j < NEEDLE.length; j++) {
        if (b[i + j] != NEEDLE[j]) {
          continue outer;
        }
      }
      int end = i;
      while (end < b.length && b[end] != 0) {
        end++;
      }
      String s = new String(b, i, end - i, StandardCharsets.US_ASCII);
      if (s.endsWith(")")) {
        return s;
      }
    }
    return "";
  }
}
