package dev.kujira.web;

import java.nio.file.Path;
import java.util.Set;

/**
 * Says how to start the web server ({@code ./kujira web}).
 *
 * @param host the address to listen on (127.0.0.1 unless a class is served)
 * @param port the port (0: any free one)
 * @param lessons an instructor's own lessons folder, or null for the bundled lessons
 * @param db the database URL (jdbc:sqlite:FILE or jdbc:postgresql://…; null: SQLite in ~/.kujira/kujira.db)
 * @param mirror whether {@code :save}, {@code :load} and mirror mode are allowed (only on 127.0.0.1)
 * @param maxSessions live browser sessions at most
 * @param newSessionsPerMinute new sessions per client address per minute at most
 * @param classKey the key completion codes are signed with
 * @param unmetered client addresses whose new sessions are not limited per minute (none by default;
 *     the web load run names its own 127.0.0.1, whose thousands of learners arrive in seconds);
 *     the other bounds (live sessions, input sizes) still hold for them
 */
public record WebOptions(String host, int port, Path lessons, String db, boolean mirror, int maxSessions,
    int newSessionsPerMinute, byte[] classKey, Set<String> unmetered) {

  /** Copies the set. */
  public WebOptions {
    unmetered = Set.copyOf(unmetered);
  }

  /** Returns the defaults: 127.0.0.1:7070, the bundled lessons, the default database. */
  public static WebOptions defaults(byte[] classKey) {
    return new WebOptions("127.0.0.1", 7070, null, null, false, 2000, 30, classKey, Set.of());
  }

  /** Returns a copy listening on {@code h}:{@code p}. */
  public WebOptions at(String h, int p) {
    return new WebOptions(h, p, lessons, db, mirror, maxSessions, newSessionsPerMinute, classKey, unmetered);
  }

  /** Returns a copy with the lessons of {@code dir}. */
  public WebOptions withLessons(Path dir) {
    return new WebOptions(host, port, dir, db, mirror, maxSessions, newSessionsPerMinute, classKey, unmetered);
  }

  /** Returns a copy with the database {@code url}. */
  public WebOptions withDb(String url) {
    return new WebOptions(host, port, lessons, url, mirror, maxSessions, newSessionsPerMinute, classKey, unmetered);
  }

  /** Returns a copy with mirror mode allowed or not. */
  public WebOptions withMirror(boolean on) {
    return new WebOptions(host, port, lessons, db, on, maxSessions, newSessionsPerMinute, classKey, unmetered);
  }

  /** Returns a copy with other session bounds. */
  public WebOptions withLimits(int max, int perMinute) {
    return new WebOptions(host, port, lessons, db, mirror, max, perMinute, classKey, unmetered);
  }

  /** Returns a copy whose new sessions from {@code addresses} are not limited per minute. */
  public WebOptions withUnmetered(Set<String> addresses) {
    return new WebOptions(host, port, lessons, db, mirror, maxSessions, newSessionsPerMinute, classKey, addresses);
  }

  /** Returns whether the server listens only on this machine. */
  public boolean loopback() {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }
}
