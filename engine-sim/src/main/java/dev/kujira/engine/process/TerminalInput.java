package dev.kujira.engine.process;

import dev.kujira.engine.api.ClientTerminal;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Is the learner's own terminal as the standard input of the host's foreground command line: the
 * line discipline a Linux tty applies in canonical mode (termios(3), ICANON with ECHO, ECHOCTL,
 * ISIG), kept by the engine itself so that every read ends on a key, whatever the client's
 * terminal is (a real tty, tmux, or JLine on plain streams). Keys are echoed and edited
 * (Backspace, Ctrl-U, Ctrl-W) and handed to the reader a line at a time; Ctrl-D at the start of
 * a line is end of input, in mid-line it hands the line over without a newline; Ctrl-C and
 * Ctrl-\ are SIGINT and SIGQUIT to the foreground process: by default it dies (status 130, 131),
 * unless a program that proxies them ({@code docker run}'s --sig-proxy) takes them with
 * {@link #onInterrupt}. The read waits for keys a little at a time, letting the session's time
 * pass meanwhile, as a real terminal does not stop the world while a program waits for a line.
 */
public final class TerminalInput extends InputStream {
  private static final long POLL_MILLIS = 50;
  private final ClientTerminal terminal;
  private final Scheduler scheduler;
  private final ByteArrayOutputStream edit = new ByteArrayOutputStream();
  private final ArrayDeque<Integer> ready = new ArrayDeque<>();
  private final Deque<Runnable> interruptHandlers = new ArrayDeque<>();
  private boolean echo = true;
  private boolean eof;

  /** Creates the line discipline over {@code terminal}; time passes on {@code scheduler} while it waits. */
  public TerminalInput(ClientTerminal terminal, Scheduler scheduler) {
    this.terminal = terminal;
    this.scheduler = scheduler;
  }

  /** Returns the terminal input {@code in} is, or null when it is a pipe, a file or a container's tty. */
  public static TerminalInput owning(InputStream in) {
    return in instanceof TerminalInput t ? t : null;
  }

  /**
   * Lets {@code handler} take Ctrl-C instead of the reading process dying of it, until the
   * returned handle is closed (a docker client forwarding SIGINT to its container).
   */
  public Handle onInterrupt(Runnable handler) {
    interruptHandlers.push(handler);
    return () -> interruptHandlers.remove(handler);
  }

  /** Is a handler's registration: closing it gives Ctrl-C back to the reading process. */
  public interface Handle extends AutoCloseable {
    @Override
    void close();
  }

  /** Turns the echo of typed keys off (a password prompt: termios ECHO cleared) or on again. */
  public void echo(boolean on) {
    this.echo = on;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (ready.isEmpty() && !fill()) {
      return -1;
    }
    return Tty.takeLine(ready, b, off, len);
  }

  @Override
  public int available() {
    return ready.size();
  }

  /** Waits until a line (or what Ctrl-D pushed) is ready; false for end of input. */
  private boolean fill() {
    if (eof) {
      // One Ctrl-D is one end of input; the next read waits for keys again, as on a tty.
      eof = false;
      return false;
    }
    terminal.raw(true);
    try {
      terminal.elapsedMillis();
      while (true) {
        int c = terminal.read(POLL_MILLIS);
        passTime();
        if (c == ClientTerminal.TIMEOUT) {
          continue;
        }
        if (c < 0) {
          // The terminal itself closed (the REPL's input ended): end of input, for good.
          deliver();
          return !ready.isEmpty();
        }
        if (key(c)) {
          return true;
        }
        if (eof) {
          eof = false;
          return false;
        }
      }
    } finally {
      terminal.raw(false);
    }
  }

  /** Lets the wall clock's time since the last key pass in the session (only the driver may advance it). */
  private void passTime() {
    long ms = terminal.elapsedMillis();
    // Even with no time to pass, advancing checks for a Ctrl-C that came as a signal (Engine.interrupt).
    if (scheduler.currentTask() == null) {
      scheduler.unpaced(() -> scheduler.advanceTo(scheduler.clock().now() + ms));
    }
  }

  /** Applies one key; returns true when bytes are ready for the reader. */
  private boolean key(int c) {
    switch (c) {
      case 0x03 -> signal(Signal.SIGINT, "^C");
      case 0x1c -> signal(Signal.SIGQUIT, "^\\");
      case 0x04 -> {
        if (edit.size() == 0) {
          eof = true;
          return false;
        }
        deliver();
        return true;
      }
      case '\r', '\n' -> {
        show("\r\n");
        edit.write('\n');
        deliver();
        return true;
      }
      case 0x7f, 0x08 -> erase(1);
      case 0x15 -> erase(Integer.MAX_VALUE);
      case 0x17 -> eraseWord();
      default -> {
        edit.write(c);
        if (c < 0x20 && c != '\t') {
          // ECHOCTL: other control keys (an escape sequence's ESC too) show as ^X and are passed on.
          show("^" + (char) (c + 0x40));
        } else {
          showByte(c);
        }
      }
    }
    return false;
  }

  /** Ctrl-C or Ctrl-\: the typed line is dropped and the signal goes to the foreground process. */
  private void signal(Signal signal, String shown) {
    show(shown);
    edit.reset();
    Runnable handler = interruptHandlers.peek();
    if (handler != null && signal == Signal.SIGINT) {
      handler.run();
      return;
    }
    // The foreground job dies of it; the interactive shell starts its prompt on a new line.
    terminal.write("\r\n".getBytes(StandardCharsets.UTF_8));
    throw new ProcessKilled(signal);
  }

  /** Erases up to {@code chars} characters (a UTF-8 sequence counts as one) and their echo. */
  private void erase(int chars) {
    byte[] bytes = edit.toByteArray();
    int end = bytes.length;
    for (int i = 0; i < chars && end > 0; i++) {
      int start = end - 1;
      while (start > 0 && (bytes[start] & 0xc0) == 0x80) {
        start--;
      }
      int width = bytes[start] >= 0 && bytes[start] < 0x20 && bytes[start] != '\t' ? 2 : 1;
      show("\b \b".repeat(width));
      end = start;
    }
    edit.reset();
    edit.write(bytes, 0, end);
  }

  /** Ctrl-W (VWERASE): the word before the cursor and the blanks after it. */
  private void eraseWord() {
    byte[] bytes = edit.toByteArray();
    int end = bytes.length;
    int n = 0;
    while (end > 0 && bytes[end - 1] == ' ') {
      end--;
      n++;
    }
    while (end > 0 && bytes[end - 1] != ' ') {
      end--;
      if ((bytes[end] & 0xc0) != 0x80) {
        n++;
      }
    }
    erase(n);
  }

  private void deliver() {
    for (byte x : edit.toByteArray()) {
      ready.add(x & 0xff);
    }
    edit.reset();
  }

  private void show(String text) {
    if (echo || text.equals("\r\n")) {
      terminal.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void showByte(int c) {
    if (echo) {
      terminal.write(new byte[] {(byte) c});
    }
  }
}
