package dev.kujira.engine.api;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * Is a standard output that is a terminal: a container's tty ({@code -t}) or the learner's own
 * terminal in the REPL. Programs that format for a screen ask its width, as isatty(1) and the
 * TIOCGWINSZ ioctl tell the real ones ({@code ls} prints columns on a terminal and one name per
 * line into a pipe or a file). A pipe or a redirection is a plain stream, so it is no terminal.
 */
public final class TerminalPrintStream extends PrintStream {
  private final IntSupplier columns;

  /** Wraps {@code out}, a terminal whose width in columns {@code columns} tells. */
  public TerminalPrintStream(OutputStream out, IntSupplier columns) {
    super(out, true, StandardCharsets.UTF_8);
    this.columns = columns;
  }

  /** Returns the terminal's width in columns (at least 1). */
  public int columns() {
    return Math.max(1, columns.getAsInt());
  }

  /** Returns the width of {@code out} when it is a terminal, else 0. */
  public static int columnsOf(PrintStream out) {
    return out instanceof TerminalPrintStream t ? t.columns() : 0;
  }
}
