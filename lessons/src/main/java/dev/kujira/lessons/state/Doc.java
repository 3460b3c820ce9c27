package dev.kujira.lessons.state;

import dev.kujira.engine.api.ApiObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads fields of an Engine API document (an {@link ApiObject} of nested objects, maps and
 * lists) by path, as {@code docker inspect --format} would, without parsing any printed text.
 */
final class Doc {
  private Doc() {
  }

  /** Returns the value at {@code path} (null when any step is missing). */
  static Object at(Object doc, String... path) {
    Object cur = doc;
    for (String key : path) {
      if (cur instanceof ApiObject) {
        cur = ((ApiObject) cur).get(key);
      } else if (cur instanceof Map) {
        cur = ((Map<?, ?>) cur).get(key);
      } else {
        return null;
      }
    }
    return cur;
  }

  static String str(Object doc, String... path) {
    Object v = at(doc, path);
    return v == null ? "" : String.valueOf(v);
  }

  static long num(Object doc, String... path) {
    Object v = at(doc, path);
    return v instanceof Number ? ((Number) v).longValue() : 0;
  }

  static boolean bool(Object doc, String... path) {
    return Boolean.TRUE.equals(at(doc, path));
  }

  static List<String> strings(Object doc, String... path) {
    Object v = at(doc, path);
    List<String> out = new ArrayList<>();
    if (v instanceof List) {
      for (Object o : (List<?>) v) {
        out.add(String.valueOf(o));
      }
    }
    return out;
  }

  static List<Object> list(Object doc, String... path) {
    Object v = at(doc, path);
    return v instanceof List ? new ArrayList<>((List<?>) v) : new ArrayList<>();
  }

  /** Returns the object or map at {@code path} as an ordered map of its entries. */
  static Map<String, Object> map(Object doc, String... path) {
    Object v = at(doc, path);
    Map<String, Object> out = new LinkedHashMap<>();
    if (v instanceof ApiObject) {
      out.putAll(((ApiObject) v).fields());
    } else if (v instanceof Map) {
      ((Map<?, ?>) v).forEach((k, x) -> out.put(String.valueOf(k), x));
    }
    return out;
  }

  static Map<String, String> stringMap(Object doc, String... path) {
    Map<String, String> out = new LinkedHashMap<>();
    map(doc, path).forEach((k, v) -> out.put(k, v == null ? "" : String.valueOf(v)));
    return out;
  }

  /** Turns Docker's {@code KEY=value} list into a map. */
  static Map<String, String> env(List<String> pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String p : pairs) {
      int eq = p.indexOf('=');
      out.put(eq < 0 ? p : p.substring(0, eq), eq < 0 ? "" : p.substring(eq + 1));
    }
    return out;
  }
}
