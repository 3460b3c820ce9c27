package dev.kujira.web.store;

/**
 * Is the web app's database: sessions, progress, classes, drill schedules and the workspaces' answers. Thread-safe; one per server.
 *
 * <pre>{@code
 * try (Store store = JdbcStore.open(JdbcStore.defaultUrl())) {   // or "jdbc:postgresql://…"
 *   store.sessions().create(id, learner, "", engine.sessionLog());
 *   store.sessions().append(id, new SessionLog.Run("docker ps"));
 * }
 * }</pre>
 */
public interface Store extends AutoCloseable {
  /** Returns the sessions. */
  SessionStore sessions();

  /** Returns the learners' progress. */
  ProgressStore progress();

  /** Returns the classes. */
  ClassStore classes();

  /** Returns the drills' schedules. */
  DrillStore drills();

  /** Returns the workspaces' answers and help marks. */
  AnswerStore answers();

  /** Closes the connections. */
  @Override
  void close();
}
