package dev.kujira.engine.api;

/**
 * Is the learner's own terminal as a docker client attached to a container uses it: raw key
 * reads with a timeout, so the client can let the engine's time pass between keys. The REPL
 * supplies it; without one, {@code docker run -it} refuses as it does on a pipe.
 */
public interface ClientTerminal {
  /** What {@link #read} returns when no key came in time. */
  int TIMEOUT = -2;

  /** Reads one byte of raw input within {@code timeoutMillis}: the byte, -1 at end of input, or {@link #TIMEOUT}. */
  int read(long timeoutMillis);

  /**
   * Returns the real milliseconds since the previous call (0 the first time in an attach): the
   * client's waiting, which passes on the engine's clock too.
   */
  long elapsedMillis();

  /** Switches the terminal to raw mode (no echo, no line editing, keys as bytes) or back. */
  void raw(boolean raw);

  /**
   * Switches to reading keys one at a time with Ctrl-C as the byte 0x03 rather than a signal, the
   * output as usual (a client that follows a stream and stops on Ctrl-C), or back.
   */
  void keys(boolean on);

  /**
   * Shows {@code bytes} on the terminal itself, whatever the command's output is redirected to:
   * the line discipline's echo of the keys typed (a tty echoes even for {@code cat > file}).
   */
  void write(byte[] bytes);

  /** Returns the terminal's width in columns (80 when the client cannot tell). */
  default int columns() {
    return 80;
  }
}
