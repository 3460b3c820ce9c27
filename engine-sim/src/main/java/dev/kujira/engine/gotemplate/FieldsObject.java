package dev.kujira.engine.gotemplate;

import java.util.List;
import java.util.Map;

/**
 * A template value whose methods are plain texts by name: a row context of docker/cli's formatter
 * ({@code *formatter.diskUsageRow}) or the header row ({@code map[string]string}). Each field name is
 * a method answering its text; {@code jsonFields} are the names {@code {{json .}}} prints (none for
 * contexts docker/cli never marshals).
 *
 * @param goTypeName the Go type the template's errors name
 * @param fields the texts by field name
 * @param jsonFields the fields {@code json} prints, in order
 */
public record FieldsObject(String goTypeName, Map<String, String> fields, List<String> jsonFields) implements GoObject {
  /** A context whose fields {@code json} does not print. */
  public FieldsObject(String goTypeName, Map<String, String> fields) {
    this(goTypeName, fields, List.of());
  }

  @Override
  public boolean hasMethod(String name) {
    return fields.containsKey(name);
  }

  @Override
  public Object call(String name, List<Object> args) {
    return fields.get(name);
  }
}
