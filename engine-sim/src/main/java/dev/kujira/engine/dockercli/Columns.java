package dev.kujira.engine.dockercli;

import dev.kujira.engine.gotemplate.GoObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Is a listing's columns as one table, docker/cli's formatter contexts ({@code ContainerContext},
 * {@code imageContext}, …) written as data: each column's template field, its table header, its
 * value for a row and, where docker/cli shortens it without {@code --no-trunc}, its truncated
 * value. The same table answers {@code --format} templates and prints the default table, so a
 * field and its header cannot drift apart.
 *
 * @param <R> the row type
 */
public final class Columns<R> {
  /**
   * Is one column.
   *
   * @param name the template field ({@code .Names})
   * @param header the table header ("NAMES")
   * @param value the field's value for a row; a method's arguments ({@code .Label "k"}) come second
   * @param truncated the value when the listing truncates, or null when truncation leaves it as it is
   */
  public record Column<R>(String name, String header, BiFunction<R, List<Object>, Object> value,
      Function<R, Object> truncated) {
  }

  private final String goType;
  private final String defaultTable;
  private final Map<String, Column<R>> columns = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private List<String> jsonFields = List.of();

  private Columns(String goType, String defaultTable) {
    this.goType = goType;
    this.defaultTable = defaultTable;
  }

  /** Starts the table of a context that templates name {@code goType} and prints {@code defaultTable} by default. */
  public static <R> Columns<R> of(String goType, String defaultTable) {
    return new Columns<>(goType, defaultTable);
  }

  /** Adds a field that is never truncated. */
  public Columns<R> column(String name, String header, Function<R, Object> value) {
    return add(new Column<>(name, header, (r, args) -> value.apply(r), null));
  }

  /** Adds a field with its full and its truncated value. */
  public Columns<R> column(String name, String header, Function<R, Object> value, Function<R, Object> truncated) {
    return add(new Column<>(name, header, (r, args) -> value.apply(r), truncated));
  }

  /** Adds a method that takes arguments ({@code .Label "key"}). */
  public Columns<R> method(String name, String header, BiFunction<R, List<Object>, Object> value) {
    return add(new Column<>(name, header, value, null));
  }

  /** Sets the fields {@code {{json .}}} encodes (docker/cli marshals its context's argument-less methods). */
  public Columns<R> json(List<String> fields) {
    this.jsonFields = List.copyOf(fields);
    return this;
  }

  /** Sets {@code {{json .}}} to encode every column, sorted by name. */
  public Columns<R> jsonAll() {
    return json(List.copyOf(new TreeSet<>(columns.keySet())));
  }

  private Columns<R> add(Column<R> c) {
    columns.put(c.name(), c);
    headers.put(c.name(), c.header());
    return this;
  }

  /** Returns each field's header, for the table printer. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Returns the default table format. */
  public String defaultTable() {
    return defaultTable;
  }

  /** Returns {@code row} as a template value; {@code trunc} picks the truncated values. */
  public GoObject row(R row, boolean trunc) {
    return new Row(row, trunc);
  }

  /** Prints {@code rows} with {@code format} (or the table of {@code defaultTable}). */
  public void print(CliContext cli, String format, String table, List<R> rows, boolean trunc) {
    List<GoObject> objects = new ArrayList<>();
    rows.forEach(r -> objects.add(row(r, trunc)));
    Output.rows(cli, format, table, headers, objects);
  }

  /** Prints {@code rows} with {@code format} (or the default table). */
  public void print(CliContext cli, String format, List<R> rows, boolean trunc) {
    print(cli, format, defaultTable, rows, trunc);
  }

  private final class Row implements GoObject {
    private final R row;
    private final boolean trunc;

    Row(R row, boolean trunc) {
      this.row = row;
      this.trunc = trunc;
    }

    @Override
    public String goTypeName() {
      return goType;
    }

    @Override
    public List<String> jsonFields() {
      return jsonFields;
    }

    @Override
    public boolean hasMethod(String name) {
      return columns.containsKey(name);
    }

    @Override
    public Object call(String name, List<Object> args) {
      Column<R> c = columns.get(name);
      if (c == null) {
        throw new IllegalArgumentException(name);
      }
      return trunc && c.truncated() != null ? c.truncated().apply(row) : c.value().apply(row, args);
    }
  }
}
