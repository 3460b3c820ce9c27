package dev.kujira.web.session;

import dev.kujira.web.term.Workspace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Is a workspace the page watches: one lock around every use of the engine (the REPL's thread
 * runs lines, the web's threads press buttons), and a view of the state (lesson status and
 * picture) recomputed after each change and pushed to the listeners (the page's WebSocket).
 */
public abstract class LiveWorkspace implements Workspace {
  /** How long a button waits for a running command before answering "busy". */
  static final long BUSY_MILLIS = 1500;
  /** Guards the engine. */
  protected final ReentrantLock lock = new ReentrantLock();
  private final List<Consumer<Map<String, Object>>> listeners = new CopyOnWriteArrayList<>();
  private volatile Map<String, Object> view;
  /** The command lines that made the state, oldest first; guarded by the lock. */
  protected final List<String> lines = new java.util.ArrayList<>();
  /** The lines undone, latest first, for redo; guarded by the lock. */
  protected final java.util.Deque<String> undone = new java.util.ArrayDeque<>();

  /** Takes the engine back over its last command line; false when there is none. */
  protected abstract boolean undoEngine();

  /** Runs again the command line the last undo took back; false when there is none. */
  protected abstract boolean redoEngine();

  @Override
  public String undo() {
    return locked(() -> {
      if (lines.isEmpty() || !undoEngine()) {
        return null;
      }
      String line = lines.remove(lines.size() - 1);
      undone.push(line);
      changed();
      return line;
    });
  }

  @Override
  public String redo() {
    return locked(() -> {
      if (undone.isEmpty() || !redoEngine()) {
        return null;
      }
      String line = undone.pop();
      lines.add(line);
      changed();
      return line;
    });
  }

  @Override
  public List<String> lines() {
    return locked(() -> List.copyOf(lines));
  }

  /** Returns the view of the current state; called with the lock held. */
  protected abstract Map<String, Object> describe();

  /** The thread whose changes are held back (a terminal's command, until its prompt shows), or null. */
  private volatile Thread holder;
  /** Guarded by the lock: a change was held back. */
  private boolean held;

  @Override
  public void holdViews() {
    holder = Thread.currentThread();
  }

  @Override
  public void publishViews() {
    holder = null;
    locked(() -> {
      if (held) {
        held = false;
        changed();
      }
      return null;
    });
  }

  /** Recomputes the view and tells the listeners; called with the lock held. */
  protected final void changed() {
    if (holder == Thread.currentThread()) {
      held = true;
      return;
    }
    if (!listeners.isEmpty() || view != null) {
      Map<String, Object> v = describe();
      view = v;
      listeners.forEach(l -> l.accept(v));
    }
  }

  /** Returns the latest view (computed now when the engine is free, else the last one). */
  public Map<String, Object> view() {
    Optional<Map<String, Object>> now = tryLocked(this::describe);
    now.ifPresent(v -> view = v);
    return now.orElseGet(() -> view == null ? Map.of("busy", true) : view);
  }

  /** Adds a listener of views; returns the call that removes it. */
  public Runnable listen(Consumer<Map<String, Object>> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Runs {@code action} with the lock, or returns empty when a command keeps the engine busy. */
  public <T> Optional<T> tryLocked(Supplier<T> action) {
    try {
      if (!lock.tryLock(BUSY_MILLIS, TimeUnit.MILLISECONDS)) {
        return Optional.empty();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(action.get());
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code action} with the lock held. */
  protected final <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /** Ends the workspace: its engine is closed. */
  public abstract void close();
}
