package dev.kujira.engine.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;

/**
 * Is the pseudo-terminal of a container or exec started with {@code -t}: the line discipline a
 * Linux pty applies in canonical mode. Keys typed by the attached client are echoed (control keys
 * as {@code ^C}), edited (erase, kill) and handed to the reading program a line at a time; Ctrl-C
 * interrupts the interactive shell's command, Ctrl-D at the start of a line is end of input; what
 * programs write gets a carriage return before each newline (ONLCR), which is why {@code docker run
 * -t} output ends lines with "\r\n" (conformance k14, k15).
 *
 * <p>Readers block on the engine's scheduler, never on a thread: a program waiting for a line
 * sleeps interruptibly, and {@link #key} wakes it. So a tty is only read from a detached task.
 */
public final class Tty {
  private static final long IDLE_MILLIS = 3_600_000L;
  private final Scheduler scheduler;
  private final OutputStream sink;
  private final StringBuilder edit = new StringBuilder();
  private final ArrayDeque<Integer> ready = new ArrayDeque<>();
  private int eofs;
  private Scheduler.Task reader;
  private Scheduler.Task shell;
  private String prompt = "";
  private final Onlcr output = new Onlcr();
  private final InputStream input = new Input();

  /** Creates a tty on {@code scheduler} whose output goes to {@code sink} (the log and any attached client). */
  public Tty(Scheduler scheduler, OutputStream sink) {
    this.scheduler = scheduler;
    this.sink = sink;
  }

  /** Returns the tty whose input {@code in} is, or null when it is no terminal. */
  public static Tty owning(InputStream in) {
    return in instanceof Input i ? i.tty() : null;
  }

  /** Returns the slave side's output: what programs write to the terminal. */
  public OutputStream output() {
    return output;
  }

  /** Returns the slave side's input: the lines the client typed. */
  public InputStream input() {
    return input;
  }

  /** Says whether an interactive shell runs on the calling task: then Ctrl-C interrupts its command. */
  public void shellHere(boolean here) {
    this.shell = here ? scheduler.currentTask() : null;
  }

  /** Says that the line editor shows {@code text} and waits for a line (redrawn on attach). */
  public void prompt(String text) {
    this.prompt = text;
  }

  /** Returns whether a program is blocked reading this terminal. */
  public boolean waitingForInput() {
    return reader != null;
  }

  /**
   * Redraws the prompt and the line being typed, as busy box's line editor does on the SIGWINCH
   * that {@code docker attach} causes by resizing the tty (seen on the real engine: attaching to a
   * shell shows "/ # " at once).
   */
  public void redraw() {
    if (reader != null && reader == shell && !prompt.isEmpty()) {
      write(prompt + edit);
    }
  }

  /** Feeds one key typed on the client's terminal through the line discipline. */
  public void key(int b) {
    switch (b) {
      case 0x03 -> {
        write("^C");
        edit.setLength(0);
        Scheduler.Task t = shell;
        if (t != null) {
          reader = null;
          scheduler.interrupt(t, Signal.SIGINT);
        }
      }
      case 0x04 -> {
        if (edit.length() == 0) {
          eofs++;
        } else {
          deliver(edit.toString());
        }
        edit.setLength(0);
        wakeReader();
      }
      case 0x7f, 0x08 -> {
        if (edit.length() > 0) {
          edit.setLength(edit.length() - 1);
          write("\b \b");
        }
      }
      case 0x15 -> {
        write("\b \b".repeat(edit.length()));
        edit.setLength(0);
      }
      case '\r', '\n' -> {
        write("\n");
        edit.append('\n');
        deliver(edit.toString());
        edit.setLength(0);
        wakeReader();
      }
      default -> {
        if (b < 0x20 && b != '\t' || b == 0x1b) {
          // ECHOCTL: other control keys (and escape sequences' ESC) show as ^X and are passed on.
          write("^" + (char) (b == 0x1b ? '[' : b + 0x40));
        } else {
          output.write(b);
        }
        edit.append((char) b);
      }
    }
  }

  /** Ends the input: the client's standard input closed. */
  public void hangUp() {
    eofs++;
    wakeReader();
  }

  private void deliver(String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    for (byte x : bytes) {
      ready.add(x & 0xff);
    }
  }

  private void wakeReader() {
    Scheduler.Task t = reader;
    if (t != null) {
      scheduler.wake(t);
    }
  }

  private void write(String s) {
    for (char ch : s.toCharArray()) {
      output.write(ch);
    }
    try {
      sink.flush();
    } catch (IOException e) {
      // The client went away: nothing to show it.
    }
  }

  /** Blocks the calling task until a line or an end of input is ready; false for end of input. */
  private boolean await() {
    while (ready.isEmpty()) {
      if (eofs > 0) {
        eofs--;
        return false;
      }
      Scheduler.Task me = scheduler.currentTask();
      if (me == null) {
        return false;
      }
      reader = me;
      try {
        scheduler.sleepInterruptibly(IDLE_MILLIS);
      } finally {
        reader = null;
      }
    }
    return true;
  }

  /** Reads whatever is ready, at most one line, as a canonical-mode read does. */
  private final class Input extends InputStream {
    Tty tty() {
      return Tty.this;
    }

    @Override
    public int read() {
      return await() ? ready.poll() : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!await()) {
        return -1;
      }
      int n = 0;
      while (n < len && !ready.isEmpty()) {
        int x = ready.poll();
        b[off + n++] = (byte) x;
        if (x == '\n') {
          break;
        }
      }
      return n;
    }

    @Override
    public int available() {
      return ready.size();
    }
  }

  /** Turns each newline into carriage return and newline (ONLCR). */
  private final class Onlcr extends OutputStream {
    @Override
    public void write(int b) {
      try {
        if (b == '\n') {
          sink.write('\r');
        }
        sink.write(b);
      } catch (IOException e) {
        // The log never fails; an attached client that went away is dropped by the log stream.
      }
    }

    @Override
    public void flush() throws IOException {
      sink.flush();
    }
  }
}
