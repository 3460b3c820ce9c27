package dev.kujira.web.store;

import dev.kujira.engine.Engine;
import dev.kujira.engine.SessionLog;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores sessions as their durable form ({@link SessionLog}: options and inputs), so that a
 * session survives a server restart or a kill -9, can be evicted from memory when idle, and can
 * move to another node: {@link #replay} rebuilds the engine, byte for byte the same state.
 *
 * <p>Typical use: {@link #create} when the session starts (its log already holds a lesson's start
 * commands), {@link #append} after every command line, {@link #save} after an undo or a reset
 * (they shorten the log), {@link #replay} when a learner returns to an evicted session.
 */
public interface SessionStore {
  /**
   * Is what is known of a stored session besides its inputs.
   *
   * @param id the session id
   * @param learner the learner it belongs to ("" when anonymous)
   * @param lesson the lesson it runs ("" for the sandbox)
   * @param steps how many inputs it holds
   * @param created when it was created
   * @param used when it last changed or was touched
   */
  record Info(String id, String learner, String lesson, int steps, Instant created, Instant used) {
  }

  /** Stores a new session with {@code log}'s options and inputs; fails if {@code id} exists. */
  void create(String id, String learner, String lesson, SessionLog log);

  /** Appends one input (usually {@code new SessionLog.Run(line)}); fails if the session does not exist. */
  void append(String id, SessionLog.Step step);

  /**
   * Appends {@code steps} in one transaction when the stored session holds exactly {@code from}
   * inputs (the caller's last write); returns false and writes nothing when it holds another
   * number (another node, or a rewrite, changed it: the caller then {@link #save}s the whole log)
   * or does not exist. Reads nothing back, so a command's write costs the same however long the
   * session is.
   */
  boolean appendAt(String id, int from, List<SessionLog.Step> steps);

  /**
   * Makes the stored inputs equal {@code log}'s: appends what is new when the stored ones are a
   * prefix, rewrites them otherwise (after an undo or a reset). Creates nothing.
   */
  void save(String id, SessionLog log);

  /** Returns the session's durable form, if stored. */
  Optional<SessionLog> load(String id);

  /** Returns the session's engine, rebuilt by replaying its inputs; the caller closes it. */
  default Optional<Engine> replay(String id) {
    Optional<SessionLog> log = load(id);
    if (log.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(log.get().replay());
    } catch (IOException e) {
      throw new StoreException("session " + id + " could not be replayed", e);
    }
  }

  /** Returns the session's details, if stored. */
  Optional<Info> info(String id);

  /** Marks the session used now (a learner looked at it without typing). */
  void touch(String id);

  /** Returns the sessions not used since {@code before}, oldest first, at most {@code limit}. */
  List<Info> idleSince(Instant before, int limit);

  /** Deletes the session; returns whether it existed. */
  boolean delete(String id);
}
