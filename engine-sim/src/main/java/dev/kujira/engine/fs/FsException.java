package dev.kujira.engine.fs;

/** Signals a failed file-system call: an errno and the path as the caller named it. */
public final class FsException extends RuntimeException {
  private final FsError error;
  private final String path;

  /** Creates the exception for {@code error} on {@code path}. */
  public FsException(FsError error, String path) {
    super(path + ": " + error.message(), null, false, false);
    this.error = error;
    this.path = path;
  }

  /** Returns the errno. */
  public FsError error() {
    return error;
  }

  /** Returns the path as the caller wrote it. */
  public String path() {
    return path;
  }
}
