package dev.kujira.engine;

import dev.kujira.engine.daemon.DaemonState;

/**
 * Is a saved moment of a session (daemon state, host files, clock, working directory), for undo,
 * redo and lesson start states. Holding one is cheap: file trees are shared, not copied. It is
 * never changed after it is taken, so one checkpoint can seed any number of
 * {@link Engine#fork(Checkpoint) forks}, from any threads.
 *
 * <pre>{@code
 * Checkpoint start = lessonSetup.checkpoint();          // once per lesson
 * try (Engine learner = Engine.fork(start)) {            // once per learner
 *   learner.run("docker ps");
 * }
 * }</pre>
 */
public final class Checkpoint {
  final DaemonState.Saved daemon;
  final String cwd;
  /** The options of the session it was taken from (a fork starts from them). */
  final EngineOptions options;
  /** The session's recorded inputs up to this moment (a fork's durable form goes on from them). */
  final java.util.List<SessionLog.Step> log;

  Checkpoint(DaemonState.Saved daemon, String cwd, EngineOptions options, java.util.List<SessionLog.Step> log) {
    this.daemon = daemon;
    this.cwd = cwd;
    this.options = options;
    this.log = java.util.List.copyOf(log);
  }
}
