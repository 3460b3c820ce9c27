package dev.kujira.engine;

import dev.kujira.engine.daemon.DaemonState;

/**
 * Is a saved moment of a session (daemon state, host files, clock, working directory), for undo,
 * redo and lesson start states. Holding one is cheap: file trees are shared, not copied.
 */
public final class Checkpoint {
  final DaemonState.Saved daemon;
  final String cwd;

  Checkpoint(DaemonState.Saved daemon, String cwd) {
    this.daemon = daemon;
    this.cwd = cwd;
  }
}
