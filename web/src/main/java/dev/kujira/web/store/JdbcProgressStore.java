package dev.kujira.web.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores progress one row per learner and lesson; the task sets and per-task counts as JSON text. */
final class JdbcProgressStore implements ProgressStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String COLUMNS = "learner, lesson, tasks_done, hints, attempts, completion_code, updated, seconds";
  private final Db db;
  private final Clock clock;

  JdbcProgressStore(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public LessonProgress save(LessonProgress p) {
    LessonProgress stored = new LessonProgress(p.learner(), p.lesson(), p.tasksDone(), p.hints(), p.attempts(),
        p.completionCode(), Instant.ofEpochMilli(clock.millis()), p.seconds());
    db.tx("save progress", c -> Db.update(c, "INSERT INTO progress (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (learner, lesson) DO UPDATE SET tasks_done = excluded.tasks_done, hints = excluded.hints,"
        + " attempts = excluded.attempts, completion_code = excluded.completion_code, updated = excluded.updated,"
        + " seconds = excluded.seconds",
        stored.learner(), stored.lesson(), json(stored.tasksDone()), json(stored.hints()), json(stored.attempts()),
        stored.completionCode(), stored.updated().toEpochMilli(), stored.seconds()));
    return stored;
  }

  @Override
  public Optional<LessonProgress> get(String learner, String lesson) {
    return db.tx("read progress", c -> Db.one(c, "SELECT " + COLUMNS + " FROM progress WHERE learner = ? AND lesson = ?",
        JdbcProgressStore::read, learner, lesson));
  }

  @Override
  public List<LessonProgress> forLearner(String learner) {
    return db.tx("read progress", c -> Db.query(c, "SELECT " + COLUMNS
        + " FROM progress WHERE learner = ? ORDER BY updated DESC, lesson", JdbcProgressStore::read, learner));
  }

  /** Reads one row selected as {@link #COLUMNS}. */
  static LessonProgress read(ResultSet rs) throws SQLException {
    try {
      return new LessonProgress(rs.getString(1), rs.getString(2),
          JSON.readValue(rs.getString(3), new TypeReference<Set<String>>() { }),
          JSON.readValue(rs.getString(4), new TypeReference<Map<String, Integer>>() { }),
          JSON.readValue(rs.getString(5), new TypeReference<Map<String, Integer>>() { }),
          rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), rs.getLong(8));
    } catch (JsonProcessingException e) {
      throw new SQLException("unreadable progress row", e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write progress", e);
    }
  }
}
