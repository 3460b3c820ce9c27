package dev.kujira.web.store;

import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.SessionLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores a session as its log's header (format line and options) in {@code sessions} and each
 * input as one line of {@link SessionLog}'s text format in {@code session_steps}, so that a
 * stored session is read back by {@link SessionLog#parse} and nothing here knows the steps' kinds.
 */
final class JdbcSessionStore implements SessionStore {
  /** Options for writing a step's line, which does not depend on them. */
  private static final EngineOptions ANY_OPTIONS = EngineOptions.defaults();
  private final Db db;
  private final Clock clock;

  JdbcSessionStore(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Returns the text of the log's header: its format version and options. */
  static String header(EngineOptions options) {
    return new SessionLog(options, List.of()).toText();
  }

  /** Returns one step as its line of the text format (the last line of a log holding it alone). */
  static String line(EngineOptions options, SessionLog.Step step) {
    String text = new SessionLog(options, List.of(step)).toText().strip();
    return text.substring(text.lastIndexOf('\n') + 1);
  }

  @Override
  public void create(String id, String learner, String lesson, SessionLog log) {
    long now = clock.millis();
    db.tx("create session", c -> {
      Db.update(c, "INSERT INTO sessions (id, learner, lesson, header, steps, created, used) VALUES (?, ?, ?, ?, 0, ?, ?)",
          id, learner, lesson, header(log.options()), now, now);
      appendAll(c, id, log.options(), log.steps(), 0);
      return null;
    });
  }

  @Override
  public void append(String id, SessionLog.Step step) {
    db.tx("append to session", c -> {
      EngineOptions options = options(c, id);
      int seq = Db.one(c, "SELECT steps FROM sessions WHERE id = ?", rs -> rs.getInt(1), id).orElseThrow();
      appendAll(c, id, options, List.of(step), seq);
      return null;
    });
  }

  @Override
  public boolean appendAt(String id, int from, List<SessionLog.Step> steps) {
    return db.tx("append to session", c -> {
      // The condition on steps locks the row on PostgreSQL too, so two nodes cannot both append at one place.
      if (Db.update(c, "UPDATE sessions SET steps = ?, used = ? WHERE id = ? AND steps = ?", from + steps.size(),
          clock.millis(), id, from) != 1) {
        return false;
      }
      int seq = from;
      for (SessionLog.Step s : steps) {
        Db.update(c, "INSERT INTO session_steps (session_id, seq, step) VALUES (?, ?, ?)", id, seq++,
            line(ANY_OPTIONS, s));
      }
      return true;
    });
  }

  @Override
  public void save(String id, SessionLog log) {
    db.tx("save session", c -> {
      EngineOptions options = options(c, id);
      List<String> stored = Db.query(c, "SELECT step FROM session_steps WHERE session_id = ? ORDER BY seq",
          rs -> rs.getString(1), id);
      List<String> wanted = log.steps().stream().map(s -> line(log.options(), s)).toList();
      int keep = 0;
      while (keep < stored.size() && keep < wanted.size() && stored.get(keep).equals(wanted.get(keep))) {
        keep++;
      }
      Db.update(c, "DELETE FROM session_steps WHERE session_id = ? AND seq >= ?", id, keep);
      Db.update(c, "UPDATE sessions SET steps = ?, header = ? WHERE id = ?", keep, header(log.options()), id);
      appendAll(c, id, options, log.steps().subList(keep, log.steps().size()), keep);
      return null;
    });
  }

  /** Appends {@code steps} from sequence number {@code from} on, and counts them in the session's row. */
  private void appendAll(Connection c, String id, EngineOptions options, List<SessionLog.Step> steps, int from)
      throws SQLException {
    int seq = from;
    for (SessionLog.Step s : steps) {
      Db.update(c, "INSERT INTO session_steps (session_id, seq, step) VALUES (?, ?, ?)", id, seq++, line(options, s));
    }
    Db.update(c, "UPDATE sessions SET steps = ?, used = ? WHERE id = ?", seq, clock.millis(), id);
  }

  /** Returns the stored session's options; throws when there is no such session. */
  private static EngineOptions options(Connection c, String id) throws SQLException {
    // Locks the row on PostgreSQL, so two nodes appending to one session number their steps in turn.
    Db.update(c, "UPDATE sessions SET steps = steps WHERE id = ?", id);
    String header = Db.one(c, "SELECT header FROM sessions WHERE id = ?", rs -> rs.getString(1), id)
        .orElseThrow(() -> new StoreException("no session " + id));
    return SessionLog.parse(header).options();
  }

  @Override
  public Optional<SessionLog> load(String id) {
    return db.tx("load session", c -> {
      Optional<String> header = Db.one(c, "SELECT header FROM sessions WHERE id = ?", rs -> rs.getString(1), id);
      if (header.isEmpty()) {
        return Optional.empty();
      }
      StringBuilder text = new StringBuilder(header.get());
      for (String step : Db.query(c, "SELECT step FROM session_steps WHERE session_id = ? ORDER BY seq",
          rs -> rs.getString(1), id)) {
        text.append(step).append('\n');
      }
      return Optional.of(SessionLog.parse(text.toString()));
    });
  }

  @Override
  public Optional<Info> info(String id) {
    return db.tx("read session", c -> Db.one(c,
        "SELECT id, learner, lesson, steps, created, used FROM sessions WHERE id = ?", JdbcSessionStore::info, id));
  }

  private static Info info(java.sql.ResultSet rs) throws SQLException {
    return new Info(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), Instant.ofEpochMilli(rs.getLong(5)),
        Instant.ofEpochMilli(rs.getLong(6)));
  }

  @Override
  public void touch(String id) {
    db.tx("touch session", c -> Db.update(c, "UPDATE sessions SET used = ? WHERE id = ?", clock.millis(), id));
  }

  @Override
  public List<Info> idleSince(Instant before, int limit) {
    return db.tx("list idle sessions", c -> Db.query(c,
        "SELECT id, learner, lesson, steps, created, used FROM sessions WHERE used < ? ORDER BY used, id LIMIT ?",
        JdbcSessionStore::info, before.toEpochMilli(), limit));
  }

  @Override
  public boolean delete(String id) {
    return db.tx("delete session", c -> {
      Db.update(c, "DELETE FROM session_steps WHERE session_id = ?", id);
      return Db.update(c, "DELETE FROM sessions WHERE id = ?", id) > 0;
    });
  }
}
