package dev.kujira.engine.gotemplate;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.GoNil;
import dev.kujira.engine.gotemplate.TemplateNode.Arg;
import dev.kujira.engine.gotemplate.TemplateNode.Pipeline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Executes parsed templates over the value model (see {@link GoTemplate}). In raw mode the data
 * is the decoded JSON, a tree of maps, and a missing key is an error (docker inspect's fallback
 * runs with {@code missingkey=error}).
 */
final class Evaluator {
  private final boolean raw;
  private final StringBuilder out = new StringBuilder();
  private final Deque<Map<String, Object>> scopes = new ArrayDeque<>();

  private static final class LoopControl extends RuntimeException {
    final boolean isBreak;

    LoopControl(boolean isBreak) {
      super(null, null, false, false);
      this.isBreak = isBreak;
    }
  }

  Evaluator(boolean raw) {
    this.raw = raw;
  }

  String run(List<TemplateNode> nodes, Object data) {
    Object dot = raw ? toRaw(data) : data;
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("$", dot);
    scopes.push(top);
    walk(nodes, dot);
    return out.toString();
  }

  private void walk(List<TemplateNode> nodes, Object dot) {
    for (TemplateNode n : nodes) {
      node(n, dot);
    }
  }

  private void node(TemplateNode n, Object dot) {
    if (n instanceof TemplateNode.Text) {
      out.append(((TemplateNode.Text) n).text());
    } else if (n instanceof TemplateNode.Action) {
      Pipeline p = ((TemplateNode.Action) n).pipeline();
      Object v = pipeline(p, dot);
      if (p.vars().isEmpty()) {
        out.append(printable(v));
      }
    } else if (n instanceof TemplateNode.If) {
      TemplateNode.If i = (TemplateNode.If) n;
      scoped(() -> walk(GoValues.truth(pipeline(i.cond(), dot)) ? i.then() : i.otherwise(), dot));
    } else if (n instanceof TemplateNode.With) {
      TemplateNode.With w = (TemplateNode.With) n;
      scoped(() -> {
        Object v = pipeline(w.value(), dot);
        if (GoValues.truth(v)) {
          walk(w.body(), v);
        } else {
          walk(w.otherwise(), dot);
        }
      });
    } else if (n instanceof TemplateNode.Range) {
      range((TemplateNode.Range) n, dot);
    } else {
      throw new LoopControl(((TemplateNode.Loop) n).isBreak());
    }
  }

  private Object printable(Object v) {
    if (v instanceof MissingKey) {
      return "<no value>";
    }
    return GoValues.print(v);
  }

  private void scoped(Runnable r) {
    scopes.push(new LinkedHashMap<>());
    try {
      r.run();
    } finally {
      scopes.pop();
    }
  }

  private void range(TemplateNode.Range r, Object dot) {
    scoped(() -> {
      Pipeline p = r.over();
      Pipeline plain = new Pipeline(List.of(), false, p.commands(), p.text());
      Object v = pipeline(plain, dot);
      List<Object[]> items = new ArrayList<>();
      if (v instanceof List) {
        List<?> l = (List<?>) v;
        for (int i = 0; i < l.size(); i++) {
          items.add(new Object[] {(long) i, l.get(i)});
        }
      } else if (v instanceof Map) {
        new TreeMap<>((Map<?, ?>) v).forEach((k, e) -> items.add(new Object[] {k, e}));
      } else if (v instanceof Long) {
        for (long i = 0; i < (Long) v; i++) {
          items.add(new Object[] {i, i});
        }
      } else if (v != null && v != GoNil.SLICE && v != GoNil.MAP && !(v instanceof MissingKey)) {
        throw new TemplateException("range can't iterate over " + GoValues.print(v));
      }
      if (items.isEmpty()) {
        walk(r.otherwise(), dot);
        return;
      }
      for (Object[] it : items) {
        if (p.vars().size() == 1) {
          scopes.peek().put(p.vars().get(0), it[1]);
        } else if (p.vars().size() >= 2) {
          scopes.peek().put(p.vars().get(0), it[0]);
          scopes.peek().put(p.vars().get(1), it[1]);
        }
        try {
          walk(r.body(), it[1]);
        } catch (LoopControl c) {
          if (c.isBreak) {
            break;
          }
        }
      }
    });
  }

  private Object pipeline(Pipeline p, Object dot) {
    Object value = null;
    boolean first = true;
    for (List<Arg> cmd : p.commands()) {
      value = command(cmd, dot, first ? null : new Object[] {value}, p);
      first = false;
    }
    if (value instanceof MissingKey && raw) {
      throw ((MissingKey) value).error;
    }
    for (String var : p.vars()) {
      if (p.declare()) {
        scopes.peek().put(var, value);
      } else {
        for (Map<String, Object> s : scopes) {
          if (s.containsKey(var)) {
            s.put(var, value);
            break;
          }
        }
      }
    }
    return value;
  }

  private Object command(List<Arg> cmd, Object dot, Object[] piped, Pipeline p) {
    Arg head = cmd.get(0);
    if (head instanceof TemplateNode.Identifier) {
      List<Object> args = new ArrayList<>();
      String name = ((TemplateNode.Identifier) head).name();
      if (name.equals("and") || name.equals("or")) {
        return andOr(name, cmd, dot, piped);
      }
      for (int i = 1; i < cmd.size(); i++) {
        args.add(unwrap(arg(cmd.get(i), dot, List.of())));
      }
      if (piped != null) {
        args.add(unwrap(piped[0]));
      }
      try {
        return Funcs.call(name, args);
      } catch (TemplateException e) {
        throw fail(p.text(), 0, e.getMessage().startsWith("error calling") ? e.getMessage()
            : "error calling " + name + ": " + e.getMessage());
      }
    }
    List<Object> args = new ArrayList<>();
    for (int i = 1; i < cmd.size(); i++) {
      args.add(unwrap(arg(cmd.get(i), dot, List.of())));
    }
    if (piped != null) {
      args.add(unwrap(piped[0]));
    }
    return arg(head, dot, args);
  }

  private Object andOr(String name, List<Arg> cmd, Object dot, Object[] piped) {
    Object v = null;
    List<Arg> operands = cmd.subList(1, cmd.size());
    for (int i = 0; i < operands.size() + (piped != null ? 1 : 0); i++) {
      v = i < operands.size() ? unwrap(arg(operands.get(i), dot, List.of())) : unwrap(piped[0]);
      boolean t = GoValues.truth(v);
      if (name.equals("and") ? !t : t) {
        return v;
      }
    }
    return v;
  }

  private static Object unwrap(Object v) {
    return v instanceof MissingKey ? null : v;
  }

  private Object arg(Arg a, Object dot, List<Object> callArgs) {
    if (a instanceof TemplateNode.Literal) {
      return ((TemplateNode.Literal) a).value();
    }
    if (a instanceof TemplateNode.Dot) {
      return dot;
    }
    if (a instanceof TemplateNode.Variable) {
      return variable(((TemplateNode.Variable) a).name());
    }
    if (a instanceof TemplateNode.Sub) {
      return pipeline(((TemplateNode.Sub) a).pipeline(), dot);
    }
    TemplateNode.Field f = (TemplateNode.Field) a;
    Object v = arg(f.receiver(), dot, List.of());
    for (int i = 0; i < f.names().size(); i++) {
      boolean last = i == f.names().size() - 1;
      v = field(v, f.names().get(i), last ? callArgs : List.of(), f, i);
    }
    return v;
  }

  private Object variable(String name) {
    for (Map<String, Object> s : scopes) {
      if (s.containsKey(name)) {
        return s.get(name);
      }
    }
    throw new TemplateException("template: :1: undefined variable \"" + name + "\"");
  }

  private Object field(Object v, String name, List<Object> args, TemplateNode.Field f, int index) {
    int column = f.column() + columnOffset(f, index);
    if (v instanceof MissingKey) {
      if (raw) {
        throw ((MissingKey) v).error;
      }
      return v;
    }
    if (v instanceof ApiObject a && a.fields().containsKey(name)) {
      return GoFieldNames.isDuration(a.goType(), name) && a.get(name) instanceof Long n ? new GoDuration(n) : a.get(name);
    }
    if (v instanceof ApiObject a && GoFieldNames.jsonName(a.goType(), name) != null
        && a.fields().containsKey(GoFieldNames.jsonName(a.goType(), name))) {
      return a.get(GoFieldNames.jsonName(a.goType(), name));
    }
    if (v instanceof ApiObject a && GoFieldNames.hasOmitted(a.goType(), name)) {
      return GoFieldNames.zero(a.goType(), name);
    }
    if (v instanceof GoStruct && ((GoStruct) v).fields().containsKey(name)) {
      return ((GoStruct) v).fields().get(name);
    }
    if (v instanceof GoObject && ((GoObject) v).hasMethod(name)) {
      return ((GoObject) v).call(name, args);
    }
    if (v instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) v;
      if (m.containsKey(name)) {
        return m.get(name);
      }
      return new MissingKey(fail(f.text(), column, "map has no entry for key \"" + name + "\""));
    }
    if (v == GoNil.MAP) {
      return new MissingKey(fail(f.text(), column, "map has no entry for key \"" + name + "\""));
    }
    if (v == null) {
      throw fail(f.text(), column, "nil pointer evaluating interface {}." + name);
    }
    throw fail(f.text(), column, "can't evaluate field " + name + " in type " + GoValues.typeName(v));
  }

  private static int columnOffset(TemplateNode.Field f, int index) {
    String text = f.text();
    int pos = text.startsWith("$") ? text.indexOf('.') : 0;
    for (int i = 0; i < index; i++) {
      pos = text.indexOf('.', pos + 1);
    }
    return Math.max(0, pos);
  }

  private static TemplateException fail(String context, int column, String message) {
    return new TemplateException("template: :1:" + column + ": executing \"\" at <" + context + ">: " + message);
  }

  /** A map lookup that found nothing: prints "<no value>", or is an error in raw mode. */
  private static final class MissingKey {
    final TemplateException error;

    MissingKey(TemplateException error) {
      this.error = error;
    }
  }

  /** Converts the typed value model to decoded JSON: structs become maps, typed nils become nil. */
  static Object toRaw(Object v) {
    if (v instanceof ApiObject) {
      return rawMap(((ApiObject) v).fields());
    }
    if (v instanceof GoStruct) {
      return rawMap(((GoStruct) v).fields());
    }
    if (v instanceof Map) {
      Map<String, Object> m = new TreeMap<>();
      ((Map<?, ?>) v).forEach((k, e) -> m.put(String.valueOf(k), toRaw(e)));
      return m;
    }
    if (v instanceof List) {
      List<Object> l = new ArrayList<>();
      ((List<?>) v).forEach(e -> l.add(toRaw(e)));
      return l;
    }
    if (v == GoNil.SLICE || v == GoNil.MAP) {
      return null;
    }
    if (v instanceof Long || v instanceof Integer) {
      return ((Number) v).doubleValue();
    }
    return v;
  }

  private static Map<String, Object> rawMap(Map<String, Object> fields) {
    Map<String, Object> m = new TreeMap<>();
    fields.forEach((k, e) -> m.put(k, toRaw(e)));
    return m;
  }
}
