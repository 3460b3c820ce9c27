package dev.kujira.engine.process.busybox;

import java.util.List;

/**
 * Lays names out in columns, as {@code ls} does on a terminal (and with {@code -C}), top to bottom
 * then left to right. The two implementations differ and each is imitated exactly:
 * busybox (coreutils/ls.c, display_files) gives every column the width of the longest name plus
 * 2 and pads with spaces; GNU (ls.c, calculate_columns and print_many_per_line) fits as many
 * columns as it can, each as wide as its own longest name plus 2, and pads with tabs where a tab
 * stop (every 8 columns) lands on the way (checked against coreutils 9.1's {@code ls -C}).
 */
final class LsColumns {
  private static final int GNU_MIN_COLUMN_WIDTH = 3;
  private static final int TAB = 8;

  private LsColumns() {
  }

  /** Returns the lines that show {@code names} (already with their -F suffixes) in {@code width} columns. */
  static String layout(Flavour flavour, List<String> names, int width, boolean across) {
    return flavour == Flavour.GNU ? gnu(names, width, across) : busybox(names, width, across);
  }

  private static String busybox(List<String> names, int width, boolean across) {
    int n = names.size();
    int columnWidth = 0;
    for (String name : names) {
      columnWidth = Math.max(columnWidth, name.length());
    }
    columnWidth += 2;
    int cols = Math.max(1, width / columnWidth);
    int rows = cols > 1 ? (n + cols - 1) / cols : n;
    if (cols <= 1) {
      cols = 1;
    }
    StringBuilder out = new StringBuilder();
    for (int row = 0; row < rows; row++) {
      int column = 0;
      int nextTab = 0;
      for (int c = 0; c < cols; c++) {
        int i = across ? row * cols + c : c * rows + row;
        if (i < n) {
          if (column > 0) {
            out.append(" ".repeat(nextTab - column));
            column = nextTab;
          }
          nextTab = column + columnWidth;
          out.append(names.get(i));
          column += names.get(i).length();
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String gnu(List<String> names, int width, boolean across) {
    int n = names.size();
    if (n == 0) {
      return "";
    }
    int maxCols = Math.max(1, Math.min(width / GNU_MIN_COLUMN_WIDTH, n));
    int[][] colArr = new int[maxCols][];
    int[] lineLen = new int[maxCols];
    boolean[] valid = new boolean[maxCols];
    for (int i = 0; i < maxCols; i++) {
      colArr[i] = new int[i + 1];
      java.util.Arrays.fill(colArr[i], GNU_MIN_COLUMN_WIDTH);
      lineLen[i] = (i + 1) * GNU_MIN_COLUMN_WIDTH;
      valid[i] = true;
    }
    for (int f = 0; f < n; f++) {
      int len = names.get(f).length();
      for (int i = 0; i < maxCols; i++) {
        if (!valid[i]) {
          continue;
        }
        int idx = across ? f % (i + 1) : f / ((n + i) / (i + 1));
        int real = len + (idx == i ? 0 : 2);
        if (colArr[i][idx] < real) {
          lineLen[i] += real - colArr[i][idx];
          colArr[i][idx] = real;
          valid[i] = lineLen[i] < width;
        }
      }
    }
    int cols = maxCols;
    while (cols > 1 && !valid[cols - 1]) {
      cols--;
    }
    int[] widths = colArr[cols - 1];
    int rows = n / cols + (n % cols != 0 ? 1 : 0);
    StringBuilder out = new StringBuilder();
    for (int row = 0; row < rows; row++) {
      int pos = 0;
      for (int c = 0; c < cols; c++) {
        int f = across ? row * cols + c : c * rows + row;
        if (f >= n) {
          break;
        }
        out.append(names.get(f));
        int next = across ? f + 1 : f + rows;
        if (next >= n || across && c == cols - 1) {
          break;
        }
        indent(out, pos + names.get(f).length(), pos + widths[c]);
        pos += widths[c];
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** GNU's indent(): tabs while a tab stop lies before the target, then spaces. */
  private static void indent(StringBuilder out, int from, int to) {
    while (from < to) {
      if (to / TAB > (from + 1) / TAB) {
        out.append('\t');
        from += TAB - from % TAB;
      } else {
        out.append(' ');
        from++;
      }
    }
  }
}
