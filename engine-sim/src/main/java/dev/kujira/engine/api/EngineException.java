package dev.kujira.engine.api;

/**
 * Reports a failed engine operation: the daemon's message (printed by the docker CLI after
 * "Error response from daemon: ") and its kind.
 */
public final class EngineException extends RuntimeException {
  private final ErrorKind kind;

  /** Creates the error. */
  public EngineException(ErrorKind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  /** Returns the error's kind. */
  public ErrorKind kind() {
    return kind;
  }
}
