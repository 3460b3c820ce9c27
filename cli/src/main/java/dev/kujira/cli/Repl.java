package dev.kujira.cli;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Is the interactive terminal: a prompt that reads a line and runs it on the session's engine,
 * as a shell with docker installed would. Ctrl-C cancels the line, Ctrl-D or {@code exit} ends.
 * Plain line reading for now; completion and interactive containers come with the full REPL.
 */
public final class Repl {
  private Repl() {
  }

  /** Runs the REPL on the process's terminal (a dumb one when stdin is a pipe). */
  public static int runOnSystemTerminal() throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      return run(terminal);
    }
  }

  /** Runs the REPL on {@code terminal} until end of input; returns the last exit status. */
  public static int run(Terminal terminal) throws IOException {
    LineReader reader = LineReaderBuilder.builder().terminal(terminal).variable(LineReader.HISTORY_FILE, null).build();
    PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
    boolean dumb = Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    int status = 0;
    try (Engine engine = Engine.create(EngineOptions.defaults())) {
      engine.enableUndo(true);
      // A real terminal lets `docker run -it` through; a pipe gets Docker's "not a TTY".
      engine.setTerminal(!dumb);
      if (!dumb) {
        out.println("kujira: a simulated Docker 26.1 terminal (offline). Type docker commands; Ctrl-D to leave.");
      }
      while (true) {
        String line;
        try {
          line = reader.readLine(dumb ? "" : prompt(engine));
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          String partial = e.getPartialLine();
          if (partial != null && !partial.isBlank()) {
            status = engine.run(partial, terminal.input(), out, out);
          }
          break;
        }
        if (line.trim().equals("exit")) {
          break;
        }
        if (line.isBlank()) {
          continue;
        }
        status = engine.run(line, terminal.input(), out, out);
      }
    }
    terminal.flush();
    return status;
  }

  private static String prompt(Engine engine) {
    String cwd = engine.cwd();
    return "learner@kujira:" + (cwd.equals("/root") ? "~" : cwd) + "# ";
  }
}
