package dev.kujira.engine.gotemplate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Is a Go struct value for templates: named fields in declaration order under a type name.
 *
 * @param goType the type name
 * @param fields the fields, in order
 */
public record GoStruct(String goType, Map<String, Object> fields) {

  /** Keeps the order and makes the map read-only. */
  public GoStruct {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
