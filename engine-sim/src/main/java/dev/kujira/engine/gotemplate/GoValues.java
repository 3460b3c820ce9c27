package dev.kujira.engine.gotemplate;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.GoNil;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prints values as Go's fmt {@code %v} does, and answers Go's truthiness and kinds. */
final class GoValues {
  private GoValues() {
  }

  static String print(Object v) {
    if (v == null) {
      return "<nil>";
    }
    if (v instanceof String) {
      return (String) v;
    }
    if (v == GoNil.SLICE) {
      return "[]";
    }
    if (v == GoNil.MAP) {
      return "map[]";
    }
    if (v instanceof Double || v instanceof Float) {
      return formatFloat(((Number) v).doubleValue());
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof List) {
      List<String> parts = new ArrayList<>();
      ((List<?>) v).forEach(e -> parts.add(print(e)));
      return "[" + String.join(" ", parts) + "]";
    }
    if (v instanceof Map) {
      List<String> parts = new ArrayList<>();
      new TreeMap<>((Map<?, ?>) v).forEach((k, e) -> parts.add(print(k) + ":" + print(e)));
      return "map[" + String.join(" ", parts) + "]";
    }
    if (v instanceof ApiObject) {
      return struct(((ApiObject) v).fields());
    }
    if (v instanceof GoStruct) {
      return struct(((GoStruct) v).fields());
    }
    return String.valueOf(v);
  }

  private static String struct(Map<String, Object> fields) {
    List<String> parts = new ArrayList<>();
    fields.values().forEach(e -> parts.add(print(e)));
    return "{" + String.join(" ", parts) + "}";
  }

  /** Go's %v for float64: shortest representation, exponent form from 1e21 or below 1e-4. */
  static String formatFloat(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      BigDecimal b = BigDecimal.valueOf(d);
      if (Math.abs(d) >= 1e6 || d == 0) {
        return d == 0 ? "0" : goExponent(d);
      }
      return b.toBigInteger().toString();
    }
    if (Math.abs(d) < 1e-4 || Math.abs(d) >= 1e21) {
      return goExponent(d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static String goExponent(double d) {
    String s = String.format("%e", d);
    BigDecimal mant = new BigDecimal(s.substring(0, s.indexOf('e'))).stripTrailingZeros();
    int exp = Integer.parseInt(s.substring(s.indexOf('e') + 1));
    return mant.toPlainString() + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
  }

  static boolean truth(Object v) {
    if (v == null || v == GoNil.SLICE || v == GoNil.MAP) {
      return false;
    }
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof String) {
      return !((String) v).isEmpty();
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue() != 0;
    }
    if (v instanceof List) {
      return !((List<?>) v).isEmpty();
    }
    if (v instanceof Map) {
      return !((Map<?, ?>) v).isEmpty();
    }
    return true;
  }

  static String typeName(Object v) {
    if (v == null) {
      return "interface {}";
    }
    if (v instanceof ApiObject) {
      return ((ApiObject) v).goType();
    }
    if (v instanceof GoStruct) {
      return ((GoStruct) v).goType();
    }
    if (v instanceof GoObject) {
      return ((GoObject) v).goTypeName();
    }
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Long || v instanceof Integer) {
      return "int";
    }
    if (v instanceof Double) {
      return "float64";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    if (v instanceof List || v == GoNil.SLICE) {
      return "[]string";
    }
    return "map[string]interface {}";
  }
}
