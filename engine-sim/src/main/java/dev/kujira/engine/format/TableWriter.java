package dev.kujira.engine.format;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns tab-separated cells as Go's text/tabwriter does with docker's settings
 * ({@code NewWriter(out, minwidth, tabwidth=1, padding, ' ', 0)}): a column block is a run of
 * consecutive lines that have a cell in that column; its width is the widest cell plus padding,
 * at least minwidth; the last cell of a line (not ended by a tab) is not aligned.
 */
public final class TableWriter {
  private final PrintStream out;
  private final int minWidth;
  private final int padding;
  private final int tabWidth;
  private final boolean tabPadding;
  private final StringBuilder text = new StringBuilder();

  /** Creates a writer with docker's table settings: minwidth 10, padding 3. */
  public TableWriter(PrintStream out) {
    this(out, 10, 1, 3);
  }

  /** Creates a writer with Go tabwriter parameters. */
  public TableWriter(PrintStream out, int minWidth, int tabWidth, int padding) {
    this(out, minWidth, tabWidth, padding, false);
  }

  private TableWriter(PrintStream out, int minWidth, int tabWidth, int padding, boolean tabPadding) {
    this.out = out;
    this.minWidth = minWidth;
    this.padding = padding;
    this.tabWidth = tabWidth;
    this.tabPadding = tabPadding;
  }

  /**
   * Creates a writer that pads with tabs ({@code padchar '\t'}), as buildx's tables do
   * ({@code NewWriter(out, 1, 8, 1, '\t', 0)}): a column is widened to a multiple of
   * {@code tabWidth} and filled with as many tabs as reach it.
   */
  public static TableWriter tabPadded(PrintStream out, int minWidth, int tabWidth, int padding) {
    return new TableWriter(out, minWidth, tabWidth, padding, true);
  }

  /** Adds raw text (cells separated by '\t', lines by '\n'). */
  public void write(String s) {
    text.append(s);
  }

  /** Adds one row of cells. */
  public void row(List<String> cells) {
    text.append(String.join("\t", cells)).append('\n');
  }

  /** Aligns and prints everything written so far. */
  public void flush() {
    String all = text.toString();
    text.setLength(0);
    boolean endsWithNewline = all.endsWith("\n");
    String[] rawLines = (endsWithNewline ? all.substring(0, all.length() - 1) : all).split("\n", -1);
    List<String[]> lines = new ArrayList<>();
    for (String l : rawLines) {
      lines.add(l.split("\t", -1));
    }
    int[][] widths = new int[lines.size()][];
    for (int i = 0; i < lines.size(); i++) {
      widths[i] = new int[Math.max(0, lines.get(i).length - 1)];
    }
    format(lines, widths, 0, 0, lines.size());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String[] cells = lines.get(i);
      for (int c = 0; c < cells.length; c++) {
        sb.append(cells[c]);
        if (c < cells.length - 1) {
          sb.append(pad(width(cells[c]), widths[i][c]));
        }
      }
      if (i < lines.size() - 1 || endsWithNewline) {
        sb.append('\n');
      }
    }
    out.print(sb);
    out.flush();
  }

  /** Returns the padding after a cell of {@code textWidth} in a column of {@code cellWidth} (Go's writePadding). */
  private String pad(int textWidth, int cellWidth) {
    if (!tabPadding) {
      return " ".repeat(Math.max(0, cellWidth - textWidth));
    }
    int rounded = (cellWidth + tabWidth - 1) / tabWidth * tabWidth;
    return "\t".repeat((rounded - textWidth + tabWidth - 1) / tabWidth);
  }

  /** Go tabwriter's recursive block formatting for {@code column} over lines [from, to). */
  private void format(List<String[]> lines, int[][] widths, int column, int from, int to) {
    int i = from;
    while (i < to) {
      if (column >= lines.get(i).length - 1) {
        i++;
        continue;
      }
      int start = i;
      int w = minWidth;
      while (i < to && column < lines.get(i).length - 1) {
        w = Math.max(w, width(lines.get(i)[column]) + padding);
        i++;
      }
      for (int k = start; k < i; k++) {
        widths[k][column] = w;
      }
      format(lines, widths, column + 1, start, i);
    }
  }

  /** Returns the display width in runes, as Go's tabwriter counts UTF-8 text. */
  static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
