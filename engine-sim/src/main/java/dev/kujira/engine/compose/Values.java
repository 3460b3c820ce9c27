package dev.kujira.engine.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the plain values {@link YamlReader} gives as the model's strings, lists and maps. */
final class Values {
  private Values() {
  }

  /** Returns a scalar as text ("" for a missing or null value); numbers print as YAML wrote them. */
  static String text(Object o) {
    if (o == null || o == YamlReader.NULL) {
      return "";
    }
    if (o instanceof Double && ((Double) o) == Math.rint((Double) o)) {
      return String.valueOf(((Double) o).longValue());
    }
    return String.valueOf(o);
  }

  /** Returns a list of scalars, or a single scalar as a one-item list; null when absent. */
  @SuppressWarnings("unchecked")
  static List<String> list(Object o) {
    if (o == null || o == YamlReader.NULL) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (o instanceof List) {
      ((List<Object>) o).forEach(x -> out.add(text(x)));
    } else {
      out.add(text(o));
    }
    return out;
  }

  /** Returns a list, empty when absent. */
  static List<String> listOrEmpty(Object o) {
    List<String> l = list(o);
    return l == null ? List.of() : l;
  }

  /**
   * Returns compose's list-or-dict (labels, args, environment) as a map: {@code KEY=VALUE} items,
   * {@code KEY: value} entries; a value-less key maps to null (environment then looks it up).
   */
  @SuppressWarnings("unchecked")
  static Map<String, String> stringMap(Object o) {
    Map<String, String> out = new LinkedHashMap<>();
    if (o instanceof Map) {
      ((Map<String, Object>) o).forEach((k, v) -> out.put(k, v == YamlReader.NULL ? null : text(v)));
    } else if (o instanceof List) {
      for (Object x : (List<Object>) o) {
        String item = text(x);
        int eq = item.indexOf('=');
        out.put(eq < 0 ? item : item.substring(0, eq), eq < 0 ? null : item.substring(eq + 1));
      }
    }
    return out;
  }

  /** Returns a map with the null values dropped (labels and args without values are left out). */
  static Map<String, String> present(Map<String, String> m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach((k, v) -> {
      if (v != null) {
        out.put(k, v);
      }
    });
    return out;
  }
}
