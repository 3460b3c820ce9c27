package dev.kujira.engine.process.services;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * psql's aligned output (border 1), as psql 15–17 print it: the title centred over the table,
 * headers centred, numbers right-aligned, text left-aligned and the last column unpadded unless a
 * cell wraps onto a second line (shown with "+"), then "(N rows)" and a blank line; -t prints the
 * rows alone.
 */
final class PsqlTable {
  private PsqlTable() {
  }

  static void print(PrintStream out, PgResult r, boolean tuplesOnly) {
    List<String> cols = r.columns();
    int n = cols.size();
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      // The header counts even with -t (tuples only): psql 15.18 here prints "     2" for count(*).
      w[i] = cols.get(i).length();
    }
    for (List<String> row : r.rows()) {
      for (int i = 0; i < n; i++) {
        String v = row.get(i) == null ? "" : row.get(i);
        for (String line : v.split("\n", -1)) {
          w[i] = Math.max(w[i], line.length());
        }
      }
    }
    StringBuilder header = new StringBuilder();
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String h = cols.get(i);
      int left = (w[i] - h.length()) / 2;
      header.append(i == 0 ? " " : "| ").append(" ".repeat(left)).append(h)
          .append(" ".repeat(w[i] - h.length() - left)).append(' ');
      rule.append(i == 0 ? "" : "+").append("-".repeat(w[i] + 2));
    }
    if (!tuplesOnly) {
      if (r.title() != null) {
        int total = header.length();
        out.println(" ".repeat(Math.max(0, (total - r.title().length()) / 2)) + r.title());
      }
      out.println(header);
      out.println(rule);
    }
    for (List<String> row : r.rows()) {
      List<String[]> cells = new ArrayList<>();
      int lines = 1;
      for (int i = 0; i < n; i++) {
        String[] parts = (row.get(i) == null ? "" : row.get(i)).split("\n", -1);
        cells.add(parts);
        lines = Math.max(lines, parts.length);
      }
      for (int l = 0; l < lines; l++) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
          String[] parts = cells.get(i);
          String v = l < parts.length ? parts[l] : "";
          boolean more = l + 1 < parts.length;
          boolean right = r.numeric().get(i);
          boolean last = i == n - 1;
          sb.append(' ');
          if (right) {
            sb.append(" ".repeat(w[i] - v.length())).append(v);
          } else {
            sb.append(v);
            if (!last || more) {
              sb.append(" ".repeat(w[i] - v.length()));
            }
          }
          if (!last) {
            sb.append(more ? "+|" : " |");
          } else if (more) {
            sb.append('+');
          }
        }
        out.println(sb);
      }
    }
    if (r.footer() != null) {
      r.footer().forEach(out::println);
    } else if (!tuplesOnly) {
      int count = r.rows().size();
      out.println("(" + count + (count == 1 ? " row)" : " rows)"));
    }
    out.println();
  }
}
