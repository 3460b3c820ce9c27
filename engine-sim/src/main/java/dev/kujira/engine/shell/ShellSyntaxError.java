package dev.kujira.engine.shell;

/** Reports a script that does not parse; the shell prints it as "sh: line N: syntax error: …" (ash) or bash's form. */
final class ShellSyntaxError extends RuntimeException {
  final int line;
  /** Whether a quote opened and never closed: an interactive shell would read another line. */
  final boolean unterminated;

  ShellSyntaxError(String message, int line) {
    this(message, line, false);
  }

  ShellSyntaxError(String message, int line, boolean unterminated) {
    super(message, null, false, false);
    this.line = line;
    this.unterminated = unterminated;
  }

  /** Returns the error for a quote that the script never closes. */
  static ShellSyntaxError unterminatedQuote(int line) {
    return new ShellSyntaxError("unterminated quoted string", line, true);
  }
}
