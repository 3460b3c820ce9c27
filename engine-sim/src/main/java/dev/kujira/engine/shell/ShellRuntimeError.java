package dev.kujira.engine.shell;

/** Reports a failed expansion or builtin ("sh: X: parameter not set"); the shell prints it and the command fails. */
final class ShellRuntimeError extends RuntimeException {
  /** Whether a redirection failed (the command fails; the shell goes on). */
  final boolean redirection;

  ShellRuntimeError(String message) {
    this(message, false);
  }

  ShellRuntimeError(String message, boolean redirection) {
    super(message, null, false, false);
    this.redirection = redirection;
  }
}
