package dev.kujira.web;

import java.nio.file.Path;

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
 */
public record WebOptions(String host, int port, Path lessons, String db, boolean mirror, int maxSessions,
    int newSessionsPerMinute, byte[] classKey) {

  /** Returns the defaults: 127.0.0.1:7070, the bundled lessons, the default database. */
  public static WebOptions defaults(byte[] classKey) {
    return new WebOptions("127.0.0.1", 7070, null, null, false, 2000, 30, classKey);
  }

  /** Returns a copy listening on {@code h}:{@code p}. */
  public WebOptions at(String h, int p) {
    return new WebOptions(h, p, lessons, db, mirror, maxSessions, newSessionsPerMinute, classKey);
  }

  /** Returns a copy with the lessons of {@code dir}. */
  public WebOptions withLessons(Path dir) {
    return new WebOptions(host, port, dir, db, mirror, maxSessions, newSessionsPerMinute, classKey);
  }

  /** Returns a copy with the database {@code url}. */
  public WebOptions withDb(String url) {
    return new WebOptions(host, port, lessons, url, mirror, maxSessions, newSessionsPerMinute, classKey);
  }

  /** Returns a copy with mirror mode allowed or not. */
  public WebOptions withMirror(boolean on) {
    return new WebOptions(host, port, lessons, db, on, maxSessions, newSessionsPerMinute, classKey);
  }

  /** Returns a copy with other session bounds. */
  public WebOptions withLimits(int max, int perMinute) {
    return new WebOptions(host, port, lessons, db, mirror, max, perMinute, classKey);
  }

  /** Returns whether the server listens only on this machine. */
  public boolean loopback() {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }
}
