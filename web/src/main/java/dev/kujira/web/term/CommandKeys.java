package dev.kujira.web.term;

import dev.kujira.engine.api.ClientTerminal;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Is a browser terminal while a command line runs: the keys typed meanwhile wait here for the
 * command (the engine's line discipline, a {@code docker logs -f} waiting for Ctrl-C, an
 * {@code -it} shell), treated as a Linux tty treats them in the mode the command chose:
 * between commands Ctrl-C is SIGINT (shown as "^C") and other keys wait unechoed, as the REPL's
 * terminal does in its command mode; {@link #keys(boolean)} echoes and passes Ctrl-C as a key;
 * {@link #raw(boolean)} passes every byte as it is and stops turning "\n" into "\r\n" on output.
 * Keys nobody read when the command ends go back to the line editor ({@link #drain()}), as
 * type-ahead does in a shell.
 */
public final class CommandKeys implements ClientTerminal {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition typed = lock.newCondition();
  private final ArrayDeque<Integer> queue = new ArrayDeque<>();
  private final ScreenOutput screen;
  private final Runnable interrupt;
  private volatile int columns;
  private boolean raw;
  private boolean keys;
  private boolean interrupted;
  private boolean ended;
  private long last = System.nanoTime();

  /**
   * Creates the keyboard of a terminal showing on {@code screen}; {@code interrupt} gives up the
   * running command (Ctrl-C as a signal).
   */
  public CommandKeys(ScreenOutput screen, int columns, Runnable interrupt) {
    this.screen = screen;
    this.columns = columns;
    this.interrupt = interrupt;
  }

  /** Takes keys typed while a command runs. */
  public void type(byte[] bytes) {
    boolean signal = false;
    StringBuilder echo = new StringBuilder();
    lock.lock();
    try {
      for (byte x : bytes) {
        int b = x & 0xff;
        if (!raw && !keys && b == 3) {
          interrupted = true;
          signal = true;
          continue;
        }
        if (!raw && b == '\r') {
          b = '\n';
        }
        if (keys) {
          echo.append(b == '\n' ? "\r\n" : String.valueOf((char) b));
        }
        queue.add(b);
      }
      typed.signalAll();
    } finally {
      lock.unlock();
    }
    if (echo.length() > 0) {
      write(echo.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    if (signal) {
      write(new byte[] {'^', 'C'});
      interrupt.run();
    }
  }

  /** Ends the input: reads return the end of input from now on. */
  public void hangUp() {
    lock.lock();
    try {
      ended = true;
      interrupted = true;
      typed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the keys nobody read and forgets them with any Ctrl-C not yet read, putting the
   * terminal back in command mode: what was typed ahead of the next prompt.
   */
  public byte[] drain() {
    lock.lock();
    try {
      byte[] rest = new byte[queue.size()];
      int i = 0;
      for (int b : queue) {
        rest[i++] = (byte) b;
      }
      queue.clear();
      interrupted = false;
      raw = false;
      keys = false;
      screen.newlines(true);
      return rest;
    } finally {
      lock.unlock();
    }
  }

  /** Tells the keyboard the window's width. */
  public void columns(int cols) {
    columns = cols;
  }

  @Override
  public int columns() {
    return columns;
  }

  @Override
  public int read(long timeoutMillis) {
    lock.lock();
    try {
      long left = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
      while (queue.isEmpty()) {
        if (interrupted) {
          interrupted = false;
          return ended ? -1 : 0x03;
        }
        if (ended) {
          return -1;
        }
        if (left <= 0) {
          return TIMEOUT;
        }
        left = typed.awaitNanos(left);
      }
      if (interrupted && !ended) {
        interrupted = false;
        return 0x03;
      }
      return queue.poll();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public long elapsedMillis() {
    long now = System.nanoTime();
    long ms = (now - last) / 1_000_000;
    last = now;
    return ms;
  }

  @Override
  public void raw(boolean on) {
    lock.lock();
    try {
      raw = on;
    } finally {
      lock.unlock();
    }
    screen.newlines(!on);
    screen.flush();
  }

  @Override
  public void keys(boolean on) {
    lock.lock();
    try {
      keys = on;
    } finally {
      lock.unlock();
    }
    screen.flush();
  }

  @Override
  public void write(byte[] bytes) {
    screen.write(bytes, 0, bytes.length);
    screen.flush();
  }
}
