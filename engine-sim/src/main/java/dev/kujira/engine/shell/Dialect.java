package dev.kujira.engine.shell;

/**
 * Chooses whose wording the shell's own errors use: busybox ash inside containers
 * ("sh: foo: not found") or bash on the learner's host ("bash: line 1: foo: command not found"),
 * as the conformance transcripts run host lines with {@code bash -c}.
 */
public enum Dialect {
  /** busybox ash, as {@code sh} in busybox and alpine images. */
  ASH,
  /** GNU bash, the learner's host shell. */
  BASH;

  String notFound(String name, int line) {
    return this == ASH ? "sh: " + name + ": not found" : "bash: " + at(line) + name + ": command not found";
  }

  String noSuchFile(String name, int line) {
    return this == ASH ? "sh: " + name + ": not found" : "bash: " + at(line) + name + ": No such file or directory";
  }

  String denied(String name, int line) {
    return this == ASH ? "sh: " + name + ": Permission denied" : "bash: " + at(line) + name + ": Permission denied";
  }

  String error(String message, int line) {
    return this == ASH ? "sh: " + message : "bash: " + at(line) + message;
  }

  /** Returns what the shell prints when a fork fails with EAGAIN (busybox ash; bash's make_child). */
  String forkFailed() {
    return this == ASH ? "sh: can't fork: Resource temporarily unavailable" : "bash: fork: Resource temporarily unavailable";
  }

  String syntax(String message, int line) {
    return this == ASH ? "sh: syntax error: " + message : (line < 0 ? "bash: " : "bash: -c: line " + line + ": ") + "syntax error: " + message;
  }

  /** Returns bash's "line N: " of {@code bash -c}; an interactive shell (line -1) names no line. */
  private static String at(int line) {
    return line < 0 ? "" : "line " + line + ": ";
  }
}
