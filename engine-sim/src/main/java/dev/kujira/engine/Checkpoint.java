package dev.kujira.engine;

import dev.kujira.engine.daemon.DaemonState;

/**
 * Is a saved moment of a session (daemon state, host files, clock, working directory, the host shell's variables), for undo,
 * redo and lesson start states. Holding one is cheap: file trees are shared, not copied.
 */
public final class Checkpoint {
  final DaemonState.Saved daemon;
  final String cwd;
  /** The REPL's host shell (variables, functions, options), or null in script mode. */
  final dev.kujira.engine.shell.ShellSession shell;

  Checkpoint(DaemonState.Saved daemon, String cwd, dev.kujira.engine.shell.ShellSession shell) {
    this.daemon = daemon;
    this.cwd = cwd;
    this.shell = shell;
  }
}
