package dev.kujira.engine.api;

/**
 * Reports a failed engine operation: the daemon's message (the docker CLI alone words it, after
 * "Error response from daemon: " unless its detail says otherwise), its kind and its typed detail.
 */
public final class EngineException extends RuntimeException {
  private final ErrorKind kind;
  private final ErrorDetail detail;

  /** Creates the error. */
  public EngineException(ErrorKind kind, String message) {
    this(kind, message, ErrorDetail.NONE);
  }

  /** Creates the error with its typed detail. */
  public EngineException(ErrorKind kind, String message, ErrorDetail detail) {
    super(message, null, false, false);
    this.kind = kind;
    this.detail = detail;
  }

  /** Returns what the error says beyond its kind and text. */
  public ErrorDetail detail() {
    return detail;
  }

  /** Returns the error's kind. */
  public ErrorKind kind() {
    return kind;
  }
}
