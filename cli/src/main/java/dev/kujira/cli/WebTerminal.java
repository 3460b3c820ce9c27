package dev.kujira.cli;

import dev.kujira.web.term.TerminalProgram;
import dev.kujira.web.term.Workspace;

/**
 * Hands the web server the REPL of {@code ./kujira} as its terminal program: a {@link WebRepl}
 * per browser terminal, the same session commands, completion, {@code -it} shells with Ctrl-P
 * Ctrl-Q, {@code logs -f} and prompt as the terminal's REPL, driven by the WebSocket's keys so a
 * terminal waiting for the learner holds no thread. History is kept in memory only: a stranger's
 * lines never reach the server's disk.
 */
public final class WebTerminal implements TerminalProgram {
  private final Repl.Options options;

  /** Creates the terminal program with the REPL's {@code options} (their history file is not used). */
  public WebTerminal(Repl.Options options) {
    this.options = options.withHistory(null);
  }

  @Override
  public Attached attach(Wiring wiring, Workspace workspace, boolean hostAccess) {
    // A browser's terminal: nothing of the server's machine is reachable unless allowed (--mirror).
    Repl.Options o = hostAccess ? options : options.withHostAccess(HostAccess.NONE);
    WebRepl repl = new WebRepl(wiring, workspace, o);
    repl.start();
    return repl;
  }
}
