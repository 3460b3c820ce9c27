package dev.kujira.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Says what of the real machine a session's own commands may touch: the folder {@code :save}
 * and {@code :load} keep sessions in (by name, never by path), and whether mirror mode may run
 * the real {@code docker}. The local REPL gets {@link #local()}; anything serving strangers (the
 * web) gets {@link #NONE}, where those commands answer that they are not available.
 *
 * @param sessions the folder sessions are saved in, or null for no {@code :save}/{@code :load}
 * @param mirror whether mirror mode may run the real docker CLI
 */
public record HostAccess(Path sessions, boolean mirror) {
  /** Nothing of the real machine: no {@code :save}, {@code :load} or mirror (the web's sessions). */
  public static final HostAccess NONE = new HostAccess(null, false);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** Returns the local user's access: sessions under {@code ~/.kujira/sessions/}, mirror allowed. */
  public static HostAccess local() {
    return new HostAccess(Path.of(System.getProperty("user.home"), ".kujira", "sessions"), true);
  }

  /** Returns the error for {@code name} as a session name, or null when it is one. */
  static String badName(String name) {
    if (NAME.matcher(name).matches() && !name.contains("..")) {
      return null;
    }
    return "give a name (letters, digits, '.', '_', '-'), not a path: sessions are kept in ~/.kujira/sessions/";
  }

  /** Writes {@code lines} as session {@code name}, never through a link. */
  void write(String name, List<String> lines) throws IOException {
    Files.createDirectories(sessions);
    Path file = sessions.resolve(name);
    if (Files.isSymbolicLink(file)) {
      throw new IOException("it is a symbolic link");
    }
    Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
  }

  /** Reads session {@code name}, never through a link. */
  List<String> read(String name) throws IOException {
    Path file = sessions.resolve(name);
    if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("no saved session of that name");
    }
    try (var in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
