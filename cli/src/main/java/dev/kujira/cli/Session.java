package dev.kujira.cli;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.ClientTerminal;
import dev.kujira.web.session.SandboxWorkspace;
import dev.kujira.web.term.Workspace;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Is the REPL's session: the {@link Workspace} its lines run on (a {@link SandboxWorkspace} of its
 * own in {@code ./kujira}; the browser session's, lesson or sandbox, in {@code ./kujira web}),
 * with the lines that made its state (what {@code :save} writes and {@code :load} replays) and
 * their undo and redo, and the terminal's part: the engine given the learner's terminal, the
 * real-time clock and Ctrl-C.
 */
final class Session implements AutoCloseable {
  private final ClientTerminal terminal;
  private final Workspace workspace;
  private final boolean owned;
  private Engine configured;
  private boolean realTime;
  private final java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();

  Session(EngineOptions options, ClientTerminal terminal, boolean realTime) {
    this(new SandboxWorkspace(options), true, terminal, realTime);
  }

  /** Creates a session on a workspace someone else owns (the browser session's): closing leaves it open. */
  Session(Workspace workspace, ClientTerminal terminal, boolean realTime) {
    this(workspace, false, terminal, realTime);
  }

  private Session(Workspace workspace, boolean owned, ClientTerminal terminal, boolean realTime) {
    this.workspace = workspace;
    this.owned = owned;
    this.terminal = terminal;
    this.realTime = realTime;
    engine();
  }

  /** Gives the workspace's engine (a new one after a sandbox's reset) this terminal and clock. */
  private Engine configure(Engine e) {
    e.setTerminal(terminal);
    if (terminal == null) {
      e.setTerminal(false);
    }
    e.realTime(realTime);
    e.pacer(realTime ? this::waitReally : null);
    configured = e;
    return e;
  }

  Engine engine() {
    Engine e = workspace.engine();
    return e == configured ? e : configure(e);
  }

  /** Runs one line on the engine, remembering it for save and undo. */
  int run(String line, InputStream in, PrintStream out, PrintStream err) {
    engine();
    return workspace.run(line, in, out, err);
  }

  /** Undoes the last line; returns it, or null when there is nothing to undo. */
  String undo() {
    return workspace.undo();
  }

  /** Redoes the last undone line; returns it, or null. */
  String redo() {
    return workspace.redo();
  }

  /** Starts over: a fresh engine, no lines. */
  void reset() {
    workspace.reset();
    engine();
  }

  /** Returns the lines that made the current state. */
  List<String> lines() {
    return workspace.lines();
  }

  /** Replaces the session by one that replays {@code script} silently; returns how many lines failed. */
  int replay(List<String> script) {
    int failed = workspace.replay(script);
    engine();
    return failed;
  }

  boolean realTime() {
    return realTime;
  }

  void realTime(boolean real) {
    this.realTime = real;
    configure(workspace.engine());
  }

  /** Waits {@code millis} of wall-clock time for the engine's real clock, ending early on Ctrl-C. */
  private void waitReally(long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    long left;
    while (!interrupted.get() && (left = end - System.nanoTime()) > 0) {
      try {
        Thread.sleep(Math.min(50, Math.max(1, left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Gives up the running command (Ctrl-C from another thread). */
  void interrupt() {
    interrupted.set(true);
    workspace.engine().interrupt();
  }

  /** Returns whether Ctrl-C came since the last call, and forgets it. */
  boolean takeInterrupt() {
    return interrupted.getAndSet(false);
  }

  @Override
  public void close() {
    if (owned) {
      ((SandboxWorkspace) workspace).close();
    } else {
      // The workspace outlives this terminal: it must not keep reading a terminal that is gone.
      Engine e = workspace.engine();
      e.setTerminal((ClientTerminal) null);
      e.setTerminal(false);
      e.pacer(null);
    }
  }
}
