package dev.kujira.web.session;

import dev.kujira.lessons.model.Lang;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Is one browser's session: its unguessable id (the HttpOnly cookie's value), the token its forms
 * and API calls must carry (CSRF), its language, and its workspaces by context ("sandbox",
 * "lesson/ID"), each created on first use.
 */
public final class WebSession {
  private final String id;
  private final String csrf;
  private final String learner;
  private volatile Lang lang;
  private volatile long lastSeen;
  private final Map<String, LiveWorkspace> workspaces = new ConcurrentHashMap<>();
  private final Map<String, Runnable> terminals = new ConcurrentHashMap<>();

  WebSession(String id, String csrf, String learner, Lang lang, long now) {
    this.id = id;
    this.csrf = csrf;
    this.learner = learner;
    this.lang = lang;
    this.lastSeen = now;
  }

  /** Returns the session id. */
  public String id() {
    return id;
  }

  /** Returns the CSRF token. */
  public String csrf() {
    return csrf;
  }

  /** Returns the name completion codes carry. */
  public String learner() {
    return learner;
  }

  /** Returns the language. */
  public Lang lang() {
    return lang;
  }

  /** Sets the language. */
  public void lang(Lang l) {
    this.lang = l;
  }

  /** Returns when the session was last used (the registry's clock). */
  public long lastSeen() {
    return lastSeen;
  }

  void touch(long now) {
    lastSeen = now;
  }

  /** Returns the workspace of {@code context} if it exists. */
  public LiveWorkspace existing(String context) {
    return workspaces.get(context);
  }

  Map<String, LiveWorkspace> workspaces() {
    return workspaces;
  }

  /**
   * Makes {@code hangUp} the way to end the terminal open on {@code context}; the terminal open
   * before (the page reloaded, or opened twice) is hung up, so one REPL at a time runs on a
   * workspace.
   */
  public void terminal(String context, Runnable hangUp) {
    Runnable before = terminals.put(context, hangUp);
    if (before != null) {
      before.run();
    }
  }

  /** Forgets {@code hangUp} if it is still the terminal of {@code context}. */
  public void terminalEnded(String context, Runnable hangUp) {
    terminals.remove(context, hangUp);
  }

  /** Hangs up the terminal open on {@code context}, if any. */
  void hangUp(String context) {
    Runnable hangUp = terminals.remove(context);
    if (hangUp != null) {
      hangUp.run();
    }
  }

  /** Returns whether a terminal is open. */
  public boolean hasTerminal() {
    return !terminals.isEmpty();
  }

  /** Hangs up the terminals and closes the engines. */
  void close() {
    terminals.values().forEach(Runnable::run);
    terminals.clear();
    workspaces.values().forEach(LiveWorkspace::close);
    workspaces.clear();
  }
}
