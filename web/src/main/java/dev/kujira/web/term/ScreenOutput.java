package dev.kujira.web.term;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * Is the terminal's screen: bytes buffered until the program flushes, then sent as one binary
 * WebSocket frame (JLine flushes after each redraw, so a frame is one screen update). A buffer
 * that grows past {@link #MAX_BUFFER} is sent at once, so a command printing without flushing
 * cannot hold the server's memory. As a tty's output processing (OPOST with ONLCR, on unless a
 * command put the terminal in raw mode) it sends each "\n" as "\r\n".
 */
public final class ScreenOutput extends OutputStream {
  static final int MAX_BUFFER = 64 * 1024;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final Consumer<byte[]> frames;
  private boolean newlines = true;

  /** Creates a screen sending each flushed update to {@code frames}. */
  public ScreenOutput(Consumer<byte[]> frames) {
    this.frames = frames;
  }

  /** Turns the "\n" to "\r\n" translation on (a cooked terminal) or off (raw mode). */
  public synchronized void newlines(boolean on) {
    newlines = on;
  }

  @Override
  public synchronized void write(int b) {
    if (newlines && b == '\n') {
      buffer.write('\r');
    }
    buffer.write(b);
    if (buffer.size() >= MAX_BUFFER) {
      flush();
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    if (newlines) {
      int from = off;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          buffer.write(b, from, i - from);
          buffer.write('\r');
          from = i;
        }
      }
      buffer.write(b, from, off + len - from);
    } else {
      buffer.write(b, off, len);
    }
    if (buffer.size() >= MAX_BUFFER) {
      flush();
    }
  }

  @Override
  public synchronized void flush() {
    if (buffer.size() > 0) {
      byte[] bytes = buffer.toByteArray();
      buffer.reset();
      frames.accept(bytes);
    }
  }
}
