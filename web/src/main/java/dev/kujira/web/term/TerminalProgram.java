package dev.kujira.web.term;

import java.util.concurrent.Executor;

/**
 * Is a program that runs in a browser's terminal: in practice the REPL of {@code ./kujira}, which
 * lives in the cli module (cli depends on web, so web only knows this interface and cli hands its
 * REPL to the server it starts). It is driven by events, so that a terminal waiting for the
 * learner holds no thread: the WebSocket hands it the keys as they come ({@link Attached#keys}),
 * and it runs each command line on {@link Wiring#commands()}, a pool shared by every terminal.
 */
public interface TerminalProgram {
  /**
   * Attaches the program to a terminal and shows its first prompt.
   *
   * @param wiring the screen, the window's size, the pool commands run on, and what to call when
   *     the program ends ({@code exit}, Ctrl-D)
   * @param workspace what the command lines run on
   * @param hostAccess whether host files and a real daemon may be reached ({@code :save},
   *     {@code :load}, {@code :mirror}): only with {@code --mirror} on 127.0.0.1
   */
  Attached attach(Wiring wiring, Workspace workspace, boolean hostAccess);

  /**
   * Is what a terminal gives its program.
   *
   * @param screen the screen (one WebSocket frame per flush)
   * @param cols the window's width
   * @param rows the window's height
   * @param commands the pool command lines run on (shared by all terminals)
   * @param ended called once when the program ends by itself
   */
  record Wiring(ScreenOutput screen, int cols, int rows, Executor commands, Runnable ended) {
  }

  /** Is a program attached to its terminal. */
  interface Attached {
    /** Hands the program keys as xterm.js sends them (bytes, in order); returns at once. */
    void keys(byte[] bytes);

    /** Tells the program the window's new size (the terminal's SIGWINCH). */
    void resize(int cols, int rows);

    /**
     * Ends the program as a closed terminal window does: a running command gets Ctrl-C and the end
     * of input; nothing is shown any more.
     */
    void hangUp();
  }
}
