package dev.kujira.engine.dockercli.flags;

/** Reports a command line that does not parse, with pflag's message (the CLI adds the "See …" tail). */
public final class UsageError extends RuntimeException {
  /** Creates the error. */
  public UsageError(String message) {
    super(message, null, false, false);
  }
}
