package dev.kujira.engine.format;

import dev.kujira.engine.gotemplate.GoJson;
import dev.kujira.engine.gotemplate.GoObject;
import dev.kujira.engine.gotemplate.GoTemplate;
import dev.kujira.engine.gotemplate.TemplateException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes rows the way docker/cli's formatter.Context does for {@code --format}: "" or "table"
 * gives the default table; "table …" a table whose header row is the same template run over the
 * headers; "json" one JSON object per row; anything else the template once per row. {@code \t}
 * and {@code \n} written literally in the format are turned into tab and newline first.
 */
public final class Formatter {
  private Formatter() {
  }

  /** Writes {@code rows}; template errors are thrown with docker's wording. */
  public static void write(PrintStream out, String format, String defaultTable, Map<String, String> headers,
      List<? extends GoObject> rows) {
    String f = format.isEmpty() || format.equals("table") ? defaultTable : format;
    if (f.equals("json")) {
      for (GoObject row : rows) {
        Map<String, Object> m = new TreeMap<>();
        // A row that lists docker's JSON fields prints those (docker 26 has no Platform in ps's).
        for (String k : row.jsonFields().isEmpty() ? headers.keySet() : row.jsonFields()) {
          if (!k.equals("Label")) {
            m.put(k, row.call(k, List.of()));
          }
        }
        out.println(GoJson.compact(m));
      }
      return;
    }
    boolean table = f.startsWith("table");
    if (table) {
      f = f.substring(5).trim();
    }
    f = f.replace("\\t", "\t").replace("\\n", "\n");
    GoTemplate t;
    try {
      t = GoTemplate.parse(f);
    } catch (TemplateException e) {
      throw new TemplateException("template parsing error: " + e.getMessage());
    }
    StringBuilder sb = new StringBuilder();
    if (table) {
      sb.append(run(t, new dev.kujira.engine.gotemplate.FieldsObject("map[string]string", headers))).append('\n');
    }
    for (GoObject row : rows) {
      sb.append(run(t, row)).append('\n');
    }
    if (table) {
      TableWriter w = new TableWriter(out);
      w.write(sb.toString());
      w.flush();
    } else {
      out.print(sb);
      out.flush();
    }
  }

  private static String run(GoTemplate t, Object row) {
    try {
      return t.execute(row);
    } catch (TemplateException e) {
      // docker/cli's formatter.Context wraps an execution error as "template parsing error" (images,
      // network ls, history, system df …); only the container list says "failed to execute template"
      // (both recorded by tests/tools/difftest).
      boolean containers = row instanceof GoObject g && g.goTypeName().equals("*formatter.ContainerContext");
      throw new TemplateException((containers ? "failed to execute template: " : "template parsing error: ")
          + e.getMessage());
    }
  }
}
