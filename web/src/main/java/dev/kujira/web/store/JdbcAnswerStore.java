package dev.kujira.web.store;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/** Stores the workspaces' answers (one row per question answered) and help marks (one row per workspace). */
final class JdbcAnswerStore implements AnswerStore {
  private final Db db;
  private final Clock clock;

  JdbcAnswerStore(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Marks load(String sessionId, String context) {
    return db.tx("read answers", c -> {
      Map<String, String> answers = new TreeMap<>();
      Db.query(c, "SELECT question, given FROM workspace_answers WHERE session_id = ? AND context = ?", rs -> {
        answers.put(rs.getString(1), rs.getString(2));
        return null;
      }, sessionId, context);
      boolean helped = Db.one(c, "SELECT marked FROM workspace_help WHERE session_id = ? AND context = ?",
          rs -> rs.getLong(1), sessionId, context).isPresent();
      return new Marks(answers, helped);
    });
  }

  @Override
  public void answer(String sessionId, String context, String question, String given) {
    long now = clock.millis();
    db.tx("save answer", c -> Db.update(c, "INSERT INTO workspace_answers (session_id, context, question, given, answered)"
        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, context, question) DO NOTHING",
        sessionId, context, question, given, now));
  }

  @Override
  public void helped(String sessionId, String context) {
    long now = clock.millis();
    db.tx("save help mark", c -> Db.update(c, "INSERT INTO workspace_help (session_id, context, marked) VALUES (?, ?, ?)"
        + " ON CONFLICT (session_id, context) DO NOTHING", sessionId, context, now));
  }

  @Override
  public void clearAnswers(String sessionId, String context) {
    db.tx("clear answers", c -> Db.update(c, "DELETE FROM workspace_answers WHERE session_id = ? AND context = ?",
        sessionId, context));
  }

  @Override
  public void clear(String sessionId, String context) {
    db.tx("clear marks", c -> {
      Db.update(c, "DELETE FROM workspace_answers WHERE session_id = ? AND context = ?", sessionId, context);
      return Db.update(c, "DELETE FROM workspace_help WHERE session_id = ? AND context = ?", sessionId, context);
    });
  }
}
