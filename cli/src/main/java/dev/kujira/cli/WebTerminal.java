package dev.kujira.cli;

import dev.kujira.web.term.TerminalProgram;
import dev.kujira.web.term.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Hands the web server the REPL of {@code ./kujira} as its terminal program: one JLine terminal
 * over the WebSocket's streams per browser terminal (an xterm, as xterm.js is), so completion,
 * history, Ctrl-C, {@code -it} shells with Ctrl-P Ctrl-Q, {@code logs -f} and resizing behave as
 * in the terminal. History is kept in memory only: a stranger's lines never reach the server's disk.
 */
final class WebTerminal implements TerminalProgram {
  private final Repl.Options options;

  WebTerminal(Repl.Options options) {
    this.options = options.withHistory(null);
  }

  @Override
  public Attached attach(InputStream keys, OutputStream screen, int cols, int rows, Workspace workspace,
      boolean hostAccess) throws IOException {
    // Paused and raw before it resumes: otherwise the input pump would cook and echo the first
    // keys before the line reader takes the terminal (ecosystem notes, JLine over pipes).
    ExternalTerminal terminal = new ExternalTerminal(null, "kujira-web", "xterm-256color", keys, screen,
        StandardCharsets.UTF_8, Terminal.SignalHandler.SIG_DFL, true);
    terminal.setSize(new Size(cols, rows));
    return new Attached() {
      @Override
      public int run() throws IOException {
        terminal.resume();
        try (terminal) {
          return Repl.run(terminal, options, workspace, hostAccess);
        }
      }

      @Override
      public void resize(int c, int r) {
        terminal.setSize(new Size(c, r));
        terminal.raise(Terminal.Signal.WINCH);
      }
    };
  }
}
