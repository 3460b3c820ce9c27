package dev.kujira.web.term;

import java.util.ArrayList;
import java.util.List;

/**
 * Is a small model of xterm.js's screen for the line editor's tests: narrow characters, autowrap
 * with the pending-wrap column, wrapped-row flags, backspace with and without reverse wraparound
 * (DECSET 45, as xterm.js's InputHandler.backspace does it), CR, LF, CUB, EL and ED.
 */
final class TinyScreen {
  private final int cols;
  private final List<StringBuilder> rows = new ArrayList<>();
  private final List<Boolean> wrapped = new ArrayList<>();
  private int x;
  private int y;
  private boolean reverseWrap;

  TinyScreen(int cols) {
    this.cols = cols;
    row(0);
  }

  private StringBuilder row(int n) {
    while (rows.size() <= n) {
      rows.add(new StringBuilder(" ".repeat(cols)));
      wrapped.add(false);
    }
    return rows.get(n);
  }

  /** Writes {@code s} as the terminal would interpret it. */
  void write(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u001b') {
        int end = i + 2;
        while (end < s.length() && !Character.isLetter(s.charAt(end))) {
          end++;
        }
        csi(s.substring(i + 2, end), s.charAt(end));
        i = end;
      } else if (c == '\b') {
        backspace();
      } else if (c == '\r') {
        x = 0;
      } else if (c == '\n') {
        row(++y);
      } else {
        if (x == cols) {
          x = 0;
          row(++y);
          wrapped.set(y, true);
        }
        row(y).setCharAt(x++, c);
      }
    }
  }

  private void backspace() {
    if (!reverseWrap) {
      x = Math.min(x, cols - 1);
      x = Math.max(0, x - 1);
    } else if (x > 0) {
      x--;
    } else if (y > 0 && wrapped.get(y)) {
      wrapped.set(y, false);
      y--;
      x = cols - 1;
    }
  }

  private void csi(String params, char command) {
    switch (command) {
      case 'h' -> reverseWrap |= params.equals("?45");
      case 'D' -> x = Math.max(0, Math.min(x, cols - 1) - (params.isEmpty() ? 1 : Integer.parseInt(params)));
      case 'K' -> clear(y, Math.min(x, cols - 1));
      case 'J' -> {
        clear(y, Math.min(x, cols - 1));
        for (int r = y + 1; r < rows.size(); r++) {
          clear(r, 0);
        }
      }
      default -> throw new IllegalArgumentException("not modelled: CSI " + params + command);
    }
  }

  private void clear(int r, int from) {
    for (int i = from; i < cols; i++) {
      row(r).setCharAt(i, ' ');
    }
  }

  /** Returns the rows from {@code first} on, right-trimmed and joined without breaks (a wrapped line read whole). */
  String text(int first) {
    StringBuilder b = new StringBuilder();
    for (int r = first; r < rows.size(); r++) {
      b.append(rows.get(r));
    }
    return b.toString().stripTrailing();
  }

  /** Returns the cursor's place as "row,column". */
  String cursor() {
    return y + "," + Math.min(x, cols);
  }
}
