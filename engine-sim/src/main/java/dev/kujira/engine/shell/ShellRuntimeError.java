package dev.kujira.engine.shell;

/** Reports a failed expansion or builtin ("sh: X: parameter not set"); the shell prints it and the command fails. */
final class ShellRuntimeError extends RuntimeException {
  ShellRuntimeError(String message) {
    super(message, null, false, false);
  }
}
