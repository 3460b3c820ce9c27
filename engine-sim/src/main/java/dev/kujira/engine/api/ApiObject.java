package dev.kujira.engine.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Is a JSON object of the Engine API that Go decodes into a struct: fields in Go's declaration
 * order, under a Go type name (templates report it in errors). Values are String, Long, Double,
 * Boolean, null, List, ApiObject or {@code Map} (a Go map, printed with sorted keys).
 *
 * @param goType the Go type, e.g. "types.ContainerJSON"
 * @param fields the fields in order
 */
public record ApiObject(String goType, Map<String, Object> fields, java.util.Set<String> omitEmpty) {

  /** Keeps the field order and makes the map read-only. */
  public ApiObject {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    omitEmpty = java.util.Set.copyOf(omitEmpty);
  }

  /** Creates an object whose every field is always encoded. */
  public ApiObject(String goType, Map<String, Object> fields) {
    this(goType, fields, java.util.Set.of());
  }

  /** Returns whether JSON leaves field {@code name} out when it is empty (Go's omitempty). */
  public boolean omitted(String name) {
    Object v = fields.get(name);
    return omitEmpty.contains(name) && (v == null || "".equals(v) || Long.valueOf(0).equals(v)
        || Boolean.FALSE.equals(v) || v instanceof GoNil || v instanceof Map && ((Map<?, ?>) v).isEmpty()
        || v instanceof java.util.List && ((java.util.List<?>) v).isEmpty());
  }

  /** Returns field {@code name}'s value (null when absent or nil). */
  public Object get(String name) {
    return fields.get(name);
  }
}
