package dev.kujira.engine.api;

/**
 * Is a client attached to a container's or exec's terminal ({@code docker run -it}, {@code docker
 * attach}, {@code docker exec -it}): it types keys, lets time pass while it waits for the next
 * key, and sees the terminal's output on the stream it attached with, until the process ends or
 * the client detaches.
 */
public interface TtySession {

  /** Types one key (a byte of the client's raw input) into the terminal. */
  void key(int b);

  /** Closes the client's input: the terminal reads end of input. */
  void hangUp();

  /** Returns whether the process behind the terminal has ended. */
  boolean ended();

  /** Returns the process's exit code once it has ended. */
  int exitCode();

  /** Lets {@code realMillis} of the client's waiting pass on the engine's clock (real or fast). */
  void elapse(long realMillis);

  /** Redraws a shell's prompt, as the resize that comes with attaching makes it do. */
  void redraw();

  /** Sets the terminal's width, as a client's resize on attach does; nothing by default. */
  default void resize(int columns) {
  }

  /** Disconnects the client's output; the process goes on. */
  void detach();
}
