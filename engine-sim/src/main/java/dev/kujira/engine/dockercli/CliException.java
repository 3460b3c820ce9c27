package dev.kujira.engine.dockercli;

/**
 * Ends a docker command with a message for stderr (may be empty) and an exit code, as
 * docker/cli's {@code StatusError}.
 */
public final class CliException extends RuntimeException {
  private final String status;
  private final int exitCode;

  /** Creates the error; {@code status} is printed to stderr verbatim when non-empty. */
  public CliException(String status, int exitCode) {
    super(status, null, false, false);
    this.status = status;
    this.exitCode = exitCode;
  }

  /** Returns the text printed to stderr ("" for none). */
  public String status() {
    return status;
  }

  /** Returns the process exit code. */
  public int exitCode() {
    return exitCode;
  }
}
