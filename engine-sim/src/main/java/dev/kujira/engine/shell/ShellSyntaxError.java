package dev.kujira.engine.shell;

/** Reports a script that does not parse; the shell prints it as "sh: line N: syntax error: …" (ash) or bash's form. */
final class ShellSyntaxError extends RuntimeException {
  final int line;

  ShellSyntaxError(String message, int line) {
    super(message, null, false, false);
    this.line = line;
  }
}
