package dev.kujira.web.term;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Is a program that runs in a terminal: in practice the REPL of {@code ./kujira}, which lives in
 * the cli module (cli depends on web, so web only knows this interface and cli hands its REPL to
 * the server it starts). The browser's WebSocket supplies the streams and the window size.
 */
public interface TerminalProgram {
  /**
   * Attaches the program to a terminal of {@code cols} x {@code rows} whose keys arrive on
   * {@code keys} (bytes as xterm.js sends them; end of stream: the page went away) and whose
   * screen is {@code screen} (one WebSocket frame per flush).
   *
   * @param workspace what the command lines run on
   * @param hostAccess whether host files and a real daemon may be reached ({@code :save},
   *     {@code :load}, {@code :mirror}): only with {@code --mirror} on 127.0.0.1
   */
  Attached attach(InputStream keys, OutputStream screen, int cols, int rows, Workspace workspace, boolean hostAccess)
      throws IOException;

  /** Is a program attached to its terminal, not yet running. */
  interface Attached {
    /** Runs the program on the calling thread until it ends; returns its exit status. */
    int run() throws IOException;

    /** Tells the program the window's new size (the terminal's SIGWINCH). */
    void resize(int cols, int rows);
  }
}
