package dev.kujira.web.term;

import dev.kujira.engine.Engine;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Is what a terminal's command lines run on: one engine and the lines that made its state (the
 * engine is deterministic, so the lines are the session's durable form). The REPL of
 * {@code ./kujira} runs on one; in the browser a lesson's workspace also checks the lesson's
 * goals after every line. Implementations are safe to call from the REPL's thread and the web's.
 */
public interface Workspace {
  /** Returns the current engine (it may change after {@link #reset()}). */
  Engine engine();

  /** Runs one command line as the learner typed it; returns its exit status. */
  int run(String line, InputStream in, PrintStream out, PrintStream err);

  /** Undoes the last line; returns it, or null when there is nothing to undo. */
  String undo();

  /** Redoes the last undone line; returns it, or null. */
  String redo();

  /** Goes back to the start state: no lines. */
  void reset();

  /** Returns the lines that made the current state, oldest first. */
  List<String> lines();

  /** Starts over and replays {@code script} silently; returns how many lines failed. */
  int replay(List<String> script);

  /**
   * Holds back what the calling thread's changes tell the page (the view and its records) until
   * {@link #publishViews()}, so a terminal shows its prompt first. Nothing is held by default.
   */
  default void holdViews() {
  }

  /** Tells the page about the changes held back since {@link #holdViews()}, if any. */
  default void publishViews() {
  }
}
