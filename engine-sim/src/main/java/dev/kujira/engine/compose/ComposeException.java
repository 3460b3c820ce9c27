package dev.kujira.engine.compose;

/**
 * Is a compose failure with the message compose prints and the exit status it ends with: compose
 * 2.26 exits 14 when it finds no compose file and 15 when the file is invalid (conformance c01).
 */
public final class ComposeException extends RuntimeException {
  /** The status of a missing compose file. */
  public static final int NOT_FOUND = 14;
  /** The status of an invalid compose file. */
  public static final int INVALID = 15;
  /** The status of anything else. */
  public static final int FAILURE = 1;
  private final int exitCode;

  /** Creates the failure. */
  public ComposeException(String message, int exitCode) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** Returns the exit status compose ends with. */
  public int exitCode() {
    return exitCode;
  }
}
