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
public record ApiObject(String goType, Map<String, Object> fields) {

  /** Keeps the field order and makes the map read-only. */
  public ApiObject {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Returns field {@code name}'s value (null when absent or nil). */
  public Object get(String name) {
    return fields.get(name);
  }
}
