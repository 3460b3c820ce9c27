package dev.kujira.engine.fs;

/** Enumerates the errno values the simulated file system reports, with libc's strerror text. */
public enum FsError {
  ENOENT("No such file or directory"),
  ENOTDIR("Not a directory"),
  EISDIR("Is a directory"),
  EEXIST("File exists"),
  ENOTEMPTY("Directory not empty"),
  EACCES("Permission denied"),
  EROFS("Read-only file system"),
  EINVAL("Invalid argument"),
  ELOOP("Too many levels of symbolic links"),
  EBUSY("Device or resource busy"),
  ENOSPC("No space left on device"),
  EPERM("Operation not permitted"),
  EFBIG("File too large"),
  EPIPE("Broken pipe");

  private final String message;

  FsError(String message) {
    this.message = message;
  }

  /** Returns strerror's text for this errno. */
  public String message() {
    return message;
  }
}
