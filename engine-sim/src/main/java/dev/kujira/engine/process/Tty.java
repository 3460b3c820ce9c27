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
  private int cursor;
  private int escape;
  private final StringBuilder escapeParam = new StringBuilder();
  private final History history = new History();
  private final ArrayDeque<Integer> ready = new ArrayDeque<>();
  private int eofs;
  private Scheduler.Task reader;
  private Scheduler.Task shell;
  private String prompt = "";
  private final Onlcr output = new Onlcr();
  private final InputStream input = new Input();
  /** The window's width: 80 until a client's resize says otherwise (a tty's default winsize as runc sets it). */
  private volatile int columns = 80;

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

  /** Returns the window's width in columns. */
  public int columns() {
    return columns;
  }

  /** Sets the window's width, as the client's resize (TIOCSWINSZ) on attach does. */
  public void resize(int columns) {
    if (columns > 0) {
      this.columns = columns;
    }
  }

  /** Returns the slave side's output as a program's standard output, a terminal of this width. */
  public java.io.PrintStream printStream() {
    return new dev.kujira.engine.api.TerminalPrintStream(output, this::columns);
  }

  /** Returns whether {@code in} is a terminal's input side (tty and isatty(0) ask this). */
  public static boolean isInput(InputStream in) {
    return in instanceof Input;
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
    if (editing()) {
      write(prompt + edit + "\b".repeat(edit.length() - cursor));
    }
  }

  /**
   * Feeds one key typed on the client's terminal through the line discipline. While the shell
   * waits at its prompt, keys go to its line editor instead, as busybox ash edits its own lines:
   * Left/Right, Home/End (and Ctrl-A/Ctrl-E), Delete, Backspace anywhere in the line, Up/Down
   * through the lines typed before.
   */
  public void key(int b) {
    if (escape > 0) {
      escapeKey(b);
      return;
    }
    boolean editing = editing();
    if (!echo && !editing && b != 0x03 && b != 0x04) {
      quietKey(b);
      return;
    }
    switch (b) {
      case 0x03 -> {
        write("^C");
        edit.setLength(0);
        cursor = 0;
        history.index = history.lines.size();
        Scheduler.Task t = shell;
        if (t != null) {
          reader = null;
          scheduler.interrupt(t, Signal.SIGINT);
        }
      }
      case 0x04 -> {
        if (edit.length() == 0) {
          eofs++;
        } else if (!editing) {
          deliver(edit.toString());
          edit.setLength(0);
          cursor = 0;
        }
        wakeReader();
      }
      case 0x7f, 0x08 -> backspace();
      case 0x15 -> {
        end();
        write("\b \b".repeat(edit.length()));
        edit.setLength(0);
        cursor = 0;
      }
      case '\r', '\n' -> {
        end();
        write("\n");
        String line = edit.toString();
        if (editing && !line.isBlank()) {
          history.add(line);
        }
        history.index = history.lines.size();
        deliver(line + "\n");
        edit.setLength(0);
        cursor = 0;
        wakeReader();
      }
      case 0x0c -> {
        if (editing) {
          // busybox lineedit's Ctrl-L: cursor home, clear the screen, draw the prompt and line again.
          write("\u001b[H\u001b[J" + prompt + edit + "\b".repeat(edit.length() - cursor));
        } else {
          insert(b);
        }
      }
      case 0x01 -> home(editing);
      case 0x05 -> {
        if (editing) {
          end();
        } else {
          insert(b);
        }
      }
      case 0x1b -> {
        if (editing) {
          escape = 1;
          escapeParam.setLength(0);
        } else {
          insert(b);
        }
      }
      default -> insert(b);
    }
  }

  private volatile boolean echo = true;

  /**
   * Turns the line discipline's echo (termios ECHO) off or on, as getpass() does while a program
   * reads a password: the keys still make the line, but nothing, not even Enter, is shown.
   */
  public void echo(boolean on) {
    echo = on;
  }

  /** A key while echo is off: edits the line silently. */
  private void quietKey(int b) {
    if (b == '\r' || b == '\n') {
      deliver(edit + "\n");
      edit.setLength(0);
      cursor = 0;
      wakeReader();
    } else if (b == 0x7f || b == 0x08) {
      if (cursor > 0) {
        edit.deleteCharAt(--cursor);
      }
    } else {
      edit.insert(cursor++, (char) b);
    }
  }

  /** Returns whether the shell's line editor has the keys: it waits at its prompt. */
  private boolean editing() {
    return reader != null && reader == shell && !prompt.isEmpty();
  }

  private void escapeKey(int b) {
    if (escape == 1) {
      escape = b == '[' || b == 'O' ? 2 : 0;
      return;
    }
    if (b >= '0' && b <= '9') {
      escapeParam.append((char) b);
      return;
    }
    escape = 0;
    String p = escapeParam.toString();
    switch (b) {
      case 'A' -> history(-1);
      case 'B' -> history(1);
      case 'C' -> {
        if (cursor < edit.length()) {
          write(String.valueOf(edit.charAt(cursor++)));
        }
      }
      case 'D' -> {
        if (cursor > 0) {
          cursor--;
          write("\b");
        }
      }
      case 'H' -> home(true);
      case 'F' -> end();
      case '~' -> {
        if (p.equals("3")) {
          delete();
        } else if (p.equals("1") || p.equals("7")) {
          home(true);
        } else if (p.equals("4") || p.equals("8")) {
          end();
        }
      }
      default -> {
        // Other sequences (function keys) do nothing in the editor.
      }
    }
  }

  private void insert(int b) {
    String shown = b < 0x20 && b != '\t' || b == 0x1b
        // ECHOCTL: other control keys (and escape sequences' ESC) show as ^X and are passed on.
        ? "^" + (char) (b == 0x1b ? '[' : b + 0x40) : String.valueOf((char) b);
    edit.insert(cursor, (char) b);
    cursor++;
    String tail = edit.substring(cursor);
    write(shown + tail + "\b".repeat(tail.length()));
  }

  private void backspace() {
    if (cursor == 0) {
      return;
    }
    edit.deleteCharAt(--cursor);
    String tail = edit.substring(cursor);
    write("\b" + tail + " " + "\b".repeat(tail.length() + 1));
  }

  private void delete() {
    if (cursor < edit.length()) {
      edit.deleteCharAt(cursor);
      String tail = edit.substring(cursor);
      write(tail + " " + "\b".repeat(tail.length() + 1));
    }
  }

  private void home(boolean editing) {
    if (!editing) {
      insert(0x01);
      return;
    }
    write("\b".repeat(cursor));
    cursor = 0;
  }

  private void end() {
    write(edit.substring(cursor));
    cursor = edit.length();
  }

  /** Shows the line {@code step} places back (-1) or forward (1) in the history instead of the edited one. */
  private void history(int step) {
    int to = history.index + step;
    if (to < 0 || to > history.lines.size()) {
      return;
    }
    if (history.index == history.lines.size()) {
      history.draft = edit.toString();
    }
    history.index = to;
    String line = to == history.lines.size() ? history.draft : history.lines.get(to);
    int old = edit.length();
    write("\b".repeat(cursor) + line);
    if (line.length() < old) {
      write(" ".repeat(old - line.length()) + "\b".repeat(old - line.length()));
    }
    edit.setLength(0);
    edit.append(line);
    cursor = line.length();
  }

  /** Is the line editor's history: the lines typed at the prompt, and where Up/Down are in it. */
  private static final class History {
    private static final int LIMIT = 100;
    final java.util.List<String> lines = new java.util.ArrayList<>();
    int index;
    String draft = "";

    void add(String line) {
      if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(line)) {
        lines.add(line);
        if (lines.size() > LIMIT) {
          lines.remove(0);
        }
      }
      index = lines.size();
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

  /**
   * Says whether a read would wait and the calling process may wait without its thread: then
   * {@link #suspendRead} rather than a read (a detached {@code docker run -dit} shell at its prompt).
   */
  public boolean readWouldSuspend() {
    return ready.isEmpty() && eofs == 0 && scheduler.canSuspend();
  }

  /** Returns the suspension of the calling process until input comes (or a Ctrl-C), for it to throw. */
  public Suspend suspendRead(Suspend.Frame then) {
    reader = scheduler.currentTask();
    return scheduler.suspend(IDLE_MILLIS, true, o -> {
      reader = null;
      return then.resume(o);
    });
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
      return takeLine(ready, b, off, len);
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

  /**
   * Moves typed bytes from {@code ready} into {@code b}, stopping after a newline: a canonical-mode
   * read returns at most one line (termios(3), ICANON). Shared by the container's tty and the
   * learner's terminal ({@link TerminalInput}).
   */
  static int takeLine(java.util.Deque<Integer> ready, byte[] b, int off, int len) {
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
}
