package dev.kujira.engine.process;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;

/** Finds the program a command name stands for, as execvp does: a path as given, else each folder of PATH. */
final class PathSearch {
  /** The PATH a process without one searches (glibc's and busybox's default for root). */
  private static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private PathSearch() {}

  /** Resolves {@code command} on {@code machine}'s programs through {@code fs}; {@code path} may be null. */
  static Resolution resolve(Machine machine, FileSystemView fs, String path, String command) {
    if (command.isEmpty()) {
      return Resolution.failed(Resolution.Kind.NOT_FOUND, command);
    }
    if (command.indexOf('/') >= 0) {
      return resolvePath(machine, fs, command);
    }
    boolean denied = false;
    for (String dir : (path == null ? DEFAULT_PATH : path).split(":", -1)) {
      Resolution r = resolvePath(machine, fs, (dir.isEmpty() ? "." : dir) + "/" + command);
      if (r.isFound()) {
        return r;
      }
      denied |= r.kind() == Resolution.Kind.NOT_EXECUTABLE;
    }
    // POSIX execvp: an EACCES met on the way wins over ENOENT.
    return Resolution.failed(denied ? Resolution.Kind.NOT_EXECUTABLE : Resolution.Kind.NOT_FOUND, command);
  }

  private static Resolution resolvePath(Machine machine, FileSystemView fs, String path) {
    Stat st;
    try {
      st = fs.stat(path);
    } catch (FsException e) {
      return Resolution.failed(Resolution.Kind.NOT_FOUND, path);
    }
    if (st.isDirectory()) {
      return Resolution.failed(Resolution.Kind.IS_DIRECTORY, path);
    }
    if (!st.isExecutable()) {
      return Resolution.failed(Resolution.Kind.NOT_EXECUTABLE, path);
    }
    Program p = machine.programs().programFor(fs, fs.absolute(path));
    if (p == null) {
      return Resolution.failed(Resolution.Kind.NOT_EXECUTABLE, path);
    }
    return Resolution.found(fs.absolute(path), p);
  }
}
