package dev.kujira.engine.api;

/** Classifies daemon errors as moby's errdefs do; the kind decides HTTP status and client handling. */
public enum ErrorKind {
  NOT_FOUND, CONFLICT, INVALID_PARAMETER, FORBIDDEN, UNAVAILABLE, NOT_IMPLEMENTED, SYSTEM,
  /** Found by the docker client before it asks the daemon: printed without "Error response from daemon: ". */
  CLIENT
}
