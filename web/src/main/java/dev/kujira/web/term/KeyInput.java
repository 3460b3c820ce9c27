package dev.kujira.web.term;

import java.io.InputStream;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Is the terminal's keyboard: the bytes of WebSocket messages, in order, to a blocking stream
 * (a queue rather than a PipedInputStream, which ties itself to the thread that writes). After
 * {@link #hangUp()} reads return end of stream, as a terminal whose window closed.
 */
public final class KeyInput extends InputStream {
  private static final byte[] EOF = new byte[0];
  private final LinkedBlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
  private byte[] current = new byte[0];
  private int pos;
  private volatile boolean ended;

  /** Creates a keyboard with nothing typed yet. */
  public KeyInput() {
  }

  /** Adds typed bytes. */
  public void type(byte[] bytes) {
    if (!ended && bytes.length > 0) {
      queue.add(bytes);
    }
  }

  /** Ends the input. */
  public void hangUp() {
    ended = true;
    queue.add(EOF);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    while (pos >= current.length) {
      try {
        byte[] next = queue.poll(1, TimeUnit.SECONDS);
        if (next == EOF) {
          queue.add(EOF);
          return -1;
        }
        if (next != null) {
          current = next;
          pos = 0;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }
    int n = Math.min(len, current.length - pos);
    System.arraycopy(current, pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public int available() {
    return current.length - pos + queue.stream().mapToInt(x -> x.length).sum();
  }
}
