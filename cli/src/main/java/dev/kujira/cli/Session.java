package dev.kujira.cli;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.ClientTerminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Is the REPL's session: the engine, the command lines that made its state (what {@code :save}
 * writes and {@code :load} replays), and the undo and redo stacks of those lines, kept in step
 * with the engine's own checkpoints.
 */
final class Session implements AutoCloseable {
  private final EngineOptions options;
  private final ClientTerminal terminal;
  private Engine engine;
  private final List<String> lines = new ArrayList<>();
  private final Deque<String> undone = new ArrayDeque<>();
  private boolean realTime;
  private final java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();

  Session(EngineOptions options, ClientTerminal terminal, boolean realTime) {
    this.options = options;
    this.terminal = terminal;
    this.realTime = realTime;
    this.engine = fresh();
  }

  private Engine fresh() {
    try {
      Engine e = Engine.create(options);
      e.enableUndo(true);
      e.keepShellStatus(true);
      e.setTerminal(terminal);
      if (terminal == null) {
        e.setTerminal(false);
      }
      e.realTime(realTime);
      e.pacer(realTime ? this::waitReally : null);
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Engine engine() {
    return engine;
  }

  /** Runs one line on the engine, remembering it for save and undo. */
  int run(String line, InputStream in, PrintStream out, PrintStream err) {
    lines.add(line);
    undone.clear();
    return engine.run(line, in, out, err);
  }

  /** Undoes the last line; returns it, or null when there is nothing to undo. */
  String undo() {
    if (lines.isEmpty() || !engine.undo()) {
      return null;
    }
    String line = lines.remove(lines.size() - 1);
    undone.push(line);
    return line;
  }

  /** Redoes the last undone line; returns it, or null. */
  String redo() {
    if (undone.isEmpty() || !engine.redo()) {
      return null;
    }
    String line = undone.pop();
    lines.add(line);
    return line;
  }

  /** Starts over: a fresh engine, no lines. */
  void reset() {
    engine.close();
    engine = fresh();
    lines.clear();
    undone.clear();
  }

  /** Returns the lines that made the current state. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  /** Replaces the session by one that replays {@code script} silently; returns how many lines failed. */
  int replay(List<String> script) {
    reset();
    int failed = 0;
    PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream(), true);
    for (String line : script) {
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      if (run(line, new ByteArrayInputStream(new byte[0]), sink, sink) != 0) {
        failed++;
      }
    }
    return failed;
  }

  boolean realTime() {
    return realTime;
  }

  void realTime(boolean real) {
    this.realTime = real;
    engine.realTime(real);
    engine.pacer(real ? this::waitReally : null);
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
    engine.interrupt();
  }

  /** Returns whether Ctrl-C came since the last call, and forgets it. */
  boolean takeInterrupt() {
    return interrupted.getAndSet(false);
  }

  @Override
  public void close() {
    engine.close();
  }
}
