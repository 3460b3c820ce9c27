package dev.kujira.engine.process.busybox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The texts the tools print for {@code --help}, {@code --version} and usage errors, captured from
 * the real programs by tests/tools/gnu-texts/capture.sh: GNU's from this machine's Debian 12
 * (coreutils 9.1, tar 1.34, grep 3.8, sed 4.9, gzip 1.12, findutils 4.9.0, bash 5.2.15) in the
 * POSIX locale a container starts in, busybox's usages from the conformance image's BusyBox 1.35.0.
 * Each resource is a run of sections opened by a line {@code @@ NAME}.
 */
final class Texts {
  private static final Map<String, String> GNU = load("gnu-debian12.txt");
  private static final Map<String, String> BUSYBOX = load("busybox-1.35.txt");

  private Texts() {
  }

  /** Returns GNU's text {@code key} ("ls.help", "tar.version", "tar.usage"), or null; argv[0] is {@code @PROG@}. */
  static String gnu(String key) {
    return GNU.get(key);
  }

  /** Returns busybox 1.35's usage text of {@code applet} (what follows the banner and an empty line), or null. */
  static String busybox(String applet) {
    return BUSYBOX.get(applet);
  }

  private static Map<String, String> load(String resource) {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = Texts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String name = null;
      StringBuilder text = new StringBuilder();
      for (String line : all.split("\n", -1)) {
        if (line.startsWith("@@ ")) {
          if (name != null) {
            m.put(name, text.toString());
          }
          name = line.substring(3);
          text.setLength(0);
        } else if (name != null) {
          text.append(line).append('\n');
        }
      }
      if (name != null) {
        // The file's final newline ends the last section's last line, not one more empty line.
        m.put(name, text.substring(0, Math.max(0, text.length() - 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
