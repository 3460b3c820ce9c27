package dev.kujira.web.term;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Edits the command line of a browser terminal one key at a time, as readline does for bash: it
 * is fed the bytes xterm.js sends and answers with what the line became, so a terminal waiting at
 * its prompt holds no thread (the REPL in {@code ./kujira} uses JLine's blocking reader instead).
 * Keys: printable text is inserted at the cursor; Backspace, Delete, Left, Right, Home, End,
 * Ctrl-A/E/B/F, Ctrl-U/K/W edit; Up/Down and Ctrl-P/N walk the history; Tab completes (the one
 * candidate, else the common prefix, else a list); Ctrl-L clears the screen; Ctrl-C drops the
 * line ("^C"); Ctrl-D on an empty line is the end of input; Enter hands the line over.
 *
 * <p>A line longer than the window wraps onto the next rows and is edited anywhere: the cursor
 * goes back with backspaces under xterm's reverse-wraparound mode (DECSET 45, set with each
 * prompt), which take it up to the end of the row above where a row was wrapped, as the cursor
 * keys' CUB cannot; text after the cursor is redrawn and the rest of the screen erased (ED), so a
 * line that got shorter leaves no row behind. The editor need not know the window's width.
 */
public final class LineEditor {
  /** Is what a key did to the line, when it ended it. */
  public sealed interface Event {
    /** Enter: the line as typed. */
    record Line(String text) implements Event {
    }

    /** Ctrl-C: the line was dropped. */
    record Interrupt() implements Event {
    }

    /** Ctrl-D on an empty line: the end of input. */
    record Eof() implements Event {
    }
  }

  private static final int HISTORY = 500;
  private final Consumer<String> screen;
  private final Function<String, List<String>> completer;
  private final StringBuilder line = new StringBuilder();
  private final List<String> history = new ArrayList<>();
  private final StringBuilder escape = new StringBuilder();
  private String prompt = "";
  private int cursor;
  private int browsing;
  private String draft = "";
  private int utf8Left;
  private int utf8Value;
  private boolean inEscape;

  /**
   * Creates an editor writing to {@code screen}; {@code completer} gives the candidates for the last
   * word of the text before the cursor.
   */
  public LineEditor(Consumer<String> screen, Function<String, List<String>> completer) {
    this.screen = screen;
    this.completer = completer;
  }

  /** Turns xterm's reverse wraparound on: a backspace at a row's start goes up to a wrapped row's end. */
  static final String REVERSE_WRAP = "\u001b[?45h";
  /** Erases from the cursor to the end of the screen: the rows a longer line wrapped onto too. */
  private static final String ERASE_BELOW = "\u001b[J";

  /** Shows {@code p} and starts an empty line. */
  public void start(String p) {
    prompt = p;
    line.setLength(0);
    cursor = 0;
    browsing = history.size();
    draft = "";
    screen.accept(REVERSE_WRAP + p);
  }

  /** Returns the line typed so far (a line cut short by the end of input). */
  public String partial() {
    return line.toString();
  }

  /** Takes one byte of input; returns the event it completed, or null. */
  public Event key(int b) {
    b &= 0xff;
    if (utf8Left > 0) {
      if ((b & 0xc0) != 0x80) {
        utf8Left = 0;
        return key(b);
      }
      utf8Value = utf8Value << 6 | b & 0x3f;
      if (--utf8Left == 0) {
        insert(new String(Character.toChars(utf8Value)));
      }
      return null;
    }
    if (inEscape) {
      escape(b);
      return null;
    }
    if (b >= 0xc0) {
      utf8Left = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
      utf8Value = b & (b >= 0xf0 ? 0x07 : b >= 0xe0 ? 0x0f : 0x1f);
      return null;
    }
    if (b >= 0x20 && b < 0x7f) {
      insert(String.valueOf((char) b));
      return null;
    }
    return control(b);
  }

  private Event control(int b) {
    switch (b) {
      case '\r', '\n' -> {
        // From the line's end, so the output starts below its last row, not over a wrapped one.
        screen.accept(line.substring(cursor) + "\r\n");
        String text = line.toString();
        if (!text.isBlank() && (history.isEmpty() || !history.get(history.size() - 1).equals(text))) {
          history.add(text);
          if (history.size() > HISTORY) {
            history.remove(0);
          }
        }
        line.setLength(0);
        cursor = 0;
        return new Event.Line(text);
      }
      case 3 -> {
        screen.accept(line.substring(cursor) + "^C\r\n");
        line.setLength(0);
        cursor = 0;
        return new Event.Interrupt();
      }
      case 4 -> {
        if (line.length() == 0) {
          return new Event.Eof();
        }
        delete();
      }
      case 0x1b -> {
        inEscape = true;
        escape.setLength(0);
      }
      case 0x7f, 8 -> backspace();
      case 1 -> move(-cursor);
      case 5 -> move(line.length() - cursor);
      case 2 -> move(-1);
      case 6 -> move(1);
      case 0x10 -> history(-1);
      case 0x0e -> history(1);
      case 0x15 -> cut(0, cursor);
      case 0x0b -> cut(cursor, line.length());
      case 0x17 -> cut(wordStart(), cursor);
      case 0x0c -> {
        screen.accept("\u001b[H\u001b[2J" + prompt + line + back(line.substring(cursor)));
      }
      case '\t' -> complete();
      default -> {
        // Other control keys do nothing at a prompt, as in readline's default bindings.
      }
    }
    return null;
  }

  /** Reads an escape sequence (CSI "ESC [ params final" or SS3 "ESC O x") and acts on it. */
  private void escape(int b) {
    escape.append((char) b);
    String s = escape.toString();
    boolean csi = s.charAt(0) == '[';
    boolean done = s.length() >= 2 && (csi ? b >= 0x40 && b <= 0x7e : true) || !csi && s.charAt(0) != 'O';
    if (!done && s.length() < 16) {
      return;
    }
    inEscape = false;
    switch (s) {
      case "[A", "OA" -> history(-1);
      case "[B", "OB" -> history(1);
      case "[C", "OC" -> move(1);
      case "[D", "OD" -> move(-1);
      case "[H", "OH", "[1~", "[7~" -> move(-cursor);
      case "[F", "OF", "[4~", "[8~" -> move(line.length() - cursor);
      case "[3~" -> delete();
      default -> {
        // An unknown key (F1, Alt-x, …): ignored.
      }
    }
  }

  private void insert(String text) {
    line.insert(cursor, text);
    cursor += text.length();
    String tail = line.substring(cursor);
    screen.accept(text + tail + back(tail));
  }

  private void backspace() {
    if (cursor > 0) {
      int from = Character.isLowSurrogate(line.charAt(cursor - 1)) && cursor > 1 ? cursor - 2 : cursor - 1;
      cut(from, cursor);
    }
  }

  private void delete() {
    if (cursor < line.length()) {
      int to = Character.isHighSurrogate(line.charAt(cursor)) && cursor + 2 <= line.length() ? cursor + 2 : cursor + 1;
      cut(cursor, to);
    }
  }

  /** Removes the text from {@code from} to {@code to}, moving the cursor to {@code from}. */
  private void cut(int from, int to) {
    if (from >= to) {
      return;
    }
    String before = back(line.substring(from, cursor));
    line.delete(from, to);
    cursor = from;
    String tail = line.substring(cursor);
    screen.accept(before + tail + ERASE_BELOW + back(tail));
  }

  private void move(int by) {
    int to = Math.max(0, Math.min(line.length(), cursor + by));
    if (to < cursor) {
      screen.accept(back(line.substring(to, cursor)));
    } else if (to > cursor) {
      screen.accept(line.substring(cursor, to));
    }
    cursor = to;
  }

  private int wordStart() {
    int i = cursor;
    while (i > 0 && line.charAt(i - 1) == ' ') {
      i--;
    }
    while (i > 0 && line.charAt(i - 1) != ' ') {
      i--;
    }
    return i;
  }

  private void history(int step) {
    int to = browsing + step;
    if (to < 0 || to > history.size()) {
      return;
    }
    if (browsing == history.size()) {
      draft = line.toString();
    }
    browsing = to;
    String text = to == history.size() ? draft : history.get(to);
    screen.accept(back(line.substring(0, cursor)) + text + ERASE_BELOW);
    line.setLength(0);
    line.append(text);
    cursor = line.length();
  }

  /** Completes the word before the cursor as readline's complete does (JLine's AUTO_LIST too). */
  private void complete() {
    String text = line.substring(0, cursor);
    int start = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t')) + 1;
    String word = text.substring(start);
    List<String> found = completer.apply(text).stream().filter(c -> c.startsWith(word)).distinct().sorted().toList();
    if (found.isEmpty()) {
      return;
    }
    if (found.size() == 1) {
      insert(found.get(0).substring(word.length()) + " ");
      return;
    }
    String common = found.get(0);
    for (String c : found) {
      int i = 0;
      while (i < common.length() && i < c.length() && common.charAt(i) == c.charAt(i)) {
        i++;
      }
      common = common.substring(0, i);
    }
    if (common.length() > word.length()) {
      insert(common.substring(word.length()));
      return;
    }
    StringBuilder list = new StringBuilder("\r\n");
    int width = found.stream().mapToInt(LineEditor::width).max().orElse(0) + 2;
    int perRow = Math.max(1, 80 / width);
    for (int i = 0; i < found.size(); i++) {
      String c = found.get(i);
      list.append(c);
      boolean last = i == found.size() - 1 || (i + 1) % perRow == 0;
      list.append(last ? "\r\n" : " ".repeat(width - width(c)));
    }
    String tail = line.substring(cursor);
    screen.accept(list + prompt + line + back(tail));
  }

  /**
   * Returns the keys that move the cursor back over {@code text}: one backspace a column, since
   * only a backspace crosses a wrap (under {@link #REVERSE_WRAP}; CUB stops at the row's start).
   */
  private static String back(String text) {
    return "\b".repeat(width(text));
  }

  /** Returns how many columns {@code text} takes (East Asian wide characters take two). */
  static int width(String text) {
    return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
  }

  private static boolean wide(int cp) {
    return cp >= 0x1100 && (cp <= 0x115f || cp >= 0x2e80 && cp <= 0xa4cf || cp >= 0xac00 && cp <= 0xd7a3
        || cp >= 0xf900 && cp <= 0xfaff || cp >= 0xfe30 && cp <= 0xfe4f || cp >= 0xff00 && cp <= 0xff60
        || cp >= 0xffe0 && cp <= 0xffe6 || cp >= 0x1f300 && cp <= 0x1faff || cp >= 0x20000 && cp <= 0x3fffd);
  }
}
