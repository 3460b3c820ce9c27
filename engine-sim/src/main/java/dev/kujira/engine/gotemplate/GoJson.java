package dev.kujira.engine.gotemplate;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.GoNil;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Encodes template values as Go's encoding/json does: struct fields in order, map keys sorted,
 * HTML-significant characters escaped (\u003c \u003e \u0026), nil as null; compact, or
 * indented with four spaces as {@code docker inspect} prints.
 */
public final class GoJson {
  private GoJson() {
  }

  /** Returns compact JSON with Go's HTML escaping (json.Marshal). */
  public static String compact(Object v) {
    StringBuilder sb = new StringBuilder();
    write(sb, v, null, 0);
    return sb.toString();
  }

  /**
   * Returns compact JSON without HTML escaping, as docker/cli's {@code json} template function
   * writes it (an encoder with SetEscapeHTML(false): conformance 41 prints a raw {@code >}).
   */
  public static String compactUnescaped(Object v) {
    return compact(v).replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&");
  }

  /** Returns the indented JSON array docker inspect prints ("[]" when empty). */
  public static String indentedArray(List<?> items) {
    StringBuilder sb = new StringBuilder();
    write(sb, items, "    ", 0);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v, String indent, int depth) {
    if (v == null || v == GoNil.SLICE || v == GoNil.MAP) {
      sb.append("null");
    } else if (v instanceof String) {
      string(sb, (String) v);
    } else if (v instanceof GoDuration) {
      sb.append(((GoDuration) v).longValue());
    } else if (v instanceof Double) {
      sb.append(GoValues.formatFloat((Double) v).replace("e+", "e+"));
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof List) {
      List<?> list = (List<?>) v;
      if (list.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        newline(sb, indent, depth + 1);
        write(sb, list.get(i), indent, depth + 1);
      }
      newline(sb, indent, depth);
      sb.append(']');
    } else if (v instanceof ApiObject) {
      ApiObject o = (ApiObject) v;
      Map<String, Object> shown = new java.util.LinkedHashMap<>();
      o.fields().forEach((k, e) -> {
        if (!o.omitted(k)) {
          shown.put(k, e);
        }
      });
      object(sb, shown, indent, depth);
    } else if (v instanceof GoStruct) {
      object(sb, ((GoStruct) v).fields(), indent, depth);
    } else if (v instanceof Map) {
      Map<String, Object> sorted = new TreeMap<>();
      ((Map<?, ?>) v).forEach((k, e) -> sorted.put(String.valueOf(k), e));
      object(sb, sorted, indent, depth);
    } else {
      string(sb, String.valueOf(v));
    }
  }

  private static void object(StringBuilder sb, Map<String, Object> fields, String indent, int depth) {
    if (fields.isEmpty()) {
      sb.append("{}");
      return;
    }
    sb.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      newline(sb, indent, depth + 1);
      string(sb, e.getKey());
      sb.append(indent == null ? ":" : ": ");
      write(sb, e.getValue(), indent, depth + 1);
    }
    newline(sb, indent, depth);
    sb.append('}');
  }

  private static void newline(StringBuilder sb, String indent, int depth) {
    if (indent != null) {
      sb.append('\n');
      for (int i = 0; i < depth; i++) {
        sb.append(indent);
      }
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        case '<': sb.append("\\u003c"); break;
        case '>': sb.append("\\u003e"); break;
        case '&': sb.append("\\u0026"); break;
        case '\u2028': sb.append("\\u2028"); break;
        case '\u2029': sb.append("\\u2029"); break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
