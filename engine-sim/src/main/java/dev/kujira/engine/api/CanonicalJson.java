package dev.kujira.engine.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the state records as canonical JSON (fields in declaration order, map keys sorted), so
 * that a replayed session can be compared with its original byte for byte.
 */
final class CanonicalJson {
  private CanonicalJson() {
  }

  static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    append(sb, value);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof Enum<?> e) {
      string(sb, e.name());
    } else if (v instanceof Record r) {
      record(sb, r);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        string(sb, String.valueOf(e.getKey()));
        sb.append(':');
        append(sb, e.getValue());
      }
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      boolean first = true;
      for (Object o : c) {
        sb.append(first ? "" : ",");
        first = false;
        append(sb, o);
      }
      sb.append(']');
    } else {
      append(sb, view(v));
    }
  }

  /** A resource view writes as its list. */
  private static Object view(Object v) {
    if (v instanceof Containers c) {
      return c.all();
    } else if (v instanceof Images i) {
      return i.all();
    } else if (v instanceof Networks n) {
      return n.all();
    } else if (v instanceof Volumes vo) {
      return vo.all();
    } else if (v instanceof Builds b) {
      return b.all();
    } else if (v instanceof ComposeProjects p) {
      return p.all();
    }
    throw new IllegalArgumentException("not a state value: " + v.getClass());
  }

  private static void record(StringBuilder sb, Record r) {
    sb.append('{');
    boolean first = true;
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      sb.append(first ? "" : ",");
      first = false;
      string(sb, c.getName());
      sb.append(':');
      try {
        append(sb, c.getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
    }
    sb.append('}');
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        sb.append('\\').append(ch);
      } else if (ch < 0x20) {
        sb.append(String.format("\\u%04x", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    sb.append('"');
  }
}
