package dev.kujira.engine.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges compose files as compose-go's override does, later files over earlier ones: mappings
 * merge key by key, scalars and the command-like lists are replaced, environment, labels, build
 * args and depends_on merge as maps whatever their syntax, ports and other lists are joined
 * without duplicates, and volumes are merged by their target path.
 */
final class Merge {
  private static final Set<String> REPLACED = Set.of("command", "entrypoint", "test", "healthcheck.test");
  private static final Set<String> AS_MAPS = Set.of("environment", "labels", "args", "depends_on", "networks",
      "extra_hosts", "sysctls", "annotations");

  private Merge() {
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> maps(Map<String, Object> base, Map<String, Object> over, String path) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    over.forEach((k, v) -> {
      Object old = out.get(k);
      String child = path.isEmpty() ? k : path + "." + k;
      boolean service = path.startsWith("services.");
      if (old == null || old == YamlReader.NULL) {
        out.put(k, v);
      } else if (service && AS_MAPS.contains(k) && (old instanceof List || v instanceof List)) {
        out.put(k, maps(asMap(old), asMap(v), child));
      } else if (old instanceof Map && v instanceof Map) {
        out.put(k, maps((Map<String, Object>) old, (Map<String, Object>) v, child));
      } else if (old instanceof List && v instanceof List && !REPLACED.contains(k)) {
        out.put(k, k.equals("volumes") && service ? byTarget((List<Object>) old, (List<Object>) v)
            : union((List<Object>) old, (List<Object>) v));
      } else if (v != YamlReader.NULL) {
        out.put(k, v);
      }
    });
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    if (o instanceof Map) {
      return (Map<String, Object>) o;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (o instanceof List) {
      for (Object x : (List<Object>) o) {
        String item = Values.text(x);
        int eq = item.indexOf('=');
        out.put(eq < 0 ? item : item.substring(0, eq), eq < 0 ? YamlReader.NULL : item.substring(eq + 1));
      }
    }
    return out;
  }

  private static List<Object> union(List<Object> a, List<Object> b) {
    List<Object> out = new ArrayList<>(a);
    for (Object x : b) {
      if (!out.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> byTarget(List<Object> a, List<Object> b) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Object x : a) {
      out.put(target(x), x);
    }
    for (Object x : b) {
      out.put(target(x), x);
    }
    return new ArrayList<>(out.values());
  }

  @SuppressWarnings("unchecked")
  private static String target(Object mount) {
    if (mount instanceof Map) {
      return Values.text(((Map<String, Object>) mount).get("target"));
    }
    String[] parts = Values.text(mount).split(":");
    return parts.length > 1 ? parts[1] : parts[0];
  }
}
