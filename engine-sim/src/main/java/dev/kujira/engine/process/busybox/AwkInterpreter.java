package dev.kujira.engine.process.busybox;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a parsed awk program over records (see {@link AwkParser} for the node shapes). */
final class AwkInterpreter {
  private static final Set<String> BUILTINS = Set.of("length", "substr", "index", "split", "sub", "gsub", "toupper",
      "tolower", "sprintf", "int", "match", "printf");
  private final List<Object[]> rules;
  private final Map<String, Object> vars;
  private final Map<String, Map<String, Object>> arrays = new HashMap<>();
  private final PrintStream out;
  private List<String> fields = new ArrayList<>();
  private String record = "";
  private long nr;
  private boolean exited;
  private int exitCode;

  private static final class Next extends RuntimeException {
    Next() {
      super(null, null, false, false);
    }
  }

  private static final class ExitNow extends RuntimeException {
    ExitNow() {
      super(null, null, false, false);
    }
  }

  AwkInterpreter(List<Object[]> rules, Map<String, Object> vars, PrintStream out) {
    this.rules = rules;
    this.vars = vars;
    this.out = out;
  }

  static boolean isBuiltin(String name) {
    return BUILTINS.contains(name);
  }

  boolean exited() {
    return exited;
  }

  int exitCode() {
    return exitCode;
  }

  boolean needsInput() {
    return rules.stream().anyMatch(r -> !"BEGIN".equals(r[0]));
  }

  void begin() {
    run("BEGIN");
  }

  void end() {
    exited = false;
    run("END");
  }

  private void run(String which) {
    for (Object[] r : rules) {
      if (which.equals(r[0])) {
        try {
          exec(r[1]);
        } catch (ExitNow e) {
          return;
        } catch (Next e) {
          // next outside a record: ignored
        }
      }
    }
  }

  void record(String line) {
    nr++;
    setRecord(line);
    for (Object[] r : rules) {
      if ("BEGIN".equals(r[0]) || "END".equals(r[0])) {
        continue;
      }
      try {
        if (r[0] == null || truth(eval(r[0]))) {
          if (r[1] == null) {
            out.print(record + str(vars.get("ORS")));
          } else {
            exec(r[1]);
          }
        }
      } catch (Next e) {
        return;
      } catch (ExitNow e) {
        return;
      }
    }
  }

  private void setRecord(String line) {
    record = line;
    fields = split(line, str(vars.get("FS")));
  }

  private static List<String> split(String s, String fs) {
    List<String> f = new ArrayList<>();
    if (fs.equals(" ")) {
      for (String p : s.trim().split("[ \t\n]+")) {
        if (!p.isEmpty()) {
          f.add(p);
        }
      }
    } else if (!s.isEmpty()) {
      for (String p : s.split(fs.length() == 1 ? Pattern.quote(fs) : fs, -1)) {
        f.add(p);
      }
    }
    return f;
  }

  @SuppressWarnings("unchecked")
  private void exec(Object node) {
    dev.kujira.engine.util.Budget.tick();
    if (node == null) {
      return;
    }
    Object[] n = (Object[]) node;
    switch ((String) n[0]) {
      case "block":
        for (Object s : (List<Object>) n[1]) {
          exec(s);
        }
        break;
      case "print":
        List<Object> args = (List<Object>) n[1];
        if (args.isEmpty()) {
          out.print(record + str(vars.get("ORS")));
        } else {
          List<String> parts = new ArrayList<>();
          for (Object a : args) {
            parts.add(output(eval(a)));
          }
          out.print(String.join(str(vars.get("OFS")), parts) + str(vars.get("ORS")));
        }
        break;
      case "printf":
        List<Object> pa = (List<Object>) n[1];
        out.print(sprintf(pa));
        break;
      case "if":
        if (truth(eval(n[1]))) {
          exec(n[2]);
        } else {
          exec(n[3]);
        }
        break;
      case "while":
        while (truth(eval(n[1]))) {
          exec(n[2]);
        }
        break;
      case "for":
        for (eval(n[1]); n[2] == null || truth(eval(n[2])); eval(n[3])) {
          exec(n[4]);
        }
        break;
      case "forin":
        for (String k : new ArrayList<>(array((String) n[2]).keySet())) {
          vars.put((String) n[1], k);
          exec(n[3]);
        }
        break;
      case "next":
        throw new Next();
      case "exit":
        exitCode = n[1] == null ? 0 : (int) num(eval(n[1]));
        exited = true;
        throw new ExitNow();
      default:
        eval(n[1]);
    }
  }

  private Map<String, Object> array(String name) {
    return arrays.computeIfAbsent(name, k -> new LinkedHashMap<>());
  }

  @SuppressWarnings("unchecked")
  private Object eval(Object node) {
    if (node == null) {
      return "";
    }
    Object[] n = (Object[]) node;
    switch ((String) n[0]) {
      case "num":
        return n[1];
      case "str":
        return n[1];
      case "re":
        return Pattern.compile((String) n[1]).matcher(record).find() ? 1.0 : 0.0;
      case "group":
        List<String> parts = new ArrayList<>();
        for (Object o : (List<Object>) n[1]) {
          parts.add(str(eval(o)));
        }
        return String.join(" ", parts);
      case "var":
        return getVar((String) n[1]);
      case "field":
        int i = (int) num(eval(n[1]));
        if (i == 0) {
          return record;
        }
        return i <= fields.size() ? fields.get(i - 1) : "";
      case "index":
        return array((String) n[1]).getOrDefault(str(eval(n[2])), "");
      case "in":
        return array((String) n[2]).containsKey(str(eval(n[1]))) ? 1.0 : 0.0;
      case "assign":
        return assign(n);
      case "incr":
        double old = num(eval(n[2]));
        double nv = old + (n[1].equals("++") ? 1 : -1);
        store(n[2], nv);
        return (Boolean) n[3] ? nv : old;
      case "not":
        return truth(eval(n[1])) ? 0.0 : 1.0;
      case "neg":
        return -num(eval(n[1]));
      case "cond":
        return truth(eval(n[1])) ? eval(n[2]) : eval(n[3]);
      case "call":
        return AwkBuiltins.call(this, (String) n[1], (List<Object>) n[2]);
      default:
        return binop((String) n[1], n[2], n[3]);
    }
  }

  Object evalNode(Object node) {
    return eval(node);
  }

  String recordText() {
    return record;
  }

  void store(Object target, Object value) {
    Object[] t = (Object[]) target;
    switch ((String) t[0]) {
      case "var":
        vars.put((String) t[1], value);
        if (t[1].equals("NF")) {
          int nf = (int) num(value);
          dev.kujira.engine.util.Budget.value(nf);
          while (fields.size() < nf) {
            fields.add("");
          }
          fields = new ArrayList<>(fields.subList(0, nf));
          record = String.join(str(vars.get("OFS")), fields);
        }
        break;
      case "index":
        array((String) t[1]).put(str(eval(t[2])), value);
        break;
      case "field":
        int i = (int) num(eval(t[1]));
        dev.kujira.engine.util.Budget.value(i);
        if (i == 0) {
          setRecord(str(value));
        } else {
          while (fields.size() < i) {
            fields.add("");
          }
          fields.set(i - 1, str(value));
          record = String.join(str(vars.get("OFS")), fields);
        }
        break;
      default:
        throw new IllegalArgumentException("cannot assign");
    }
  }

  Map<String, Object> arrayNamed(String name) {
    return array(name);
  }

  private Object assign(Object[] n) {
    Object v = eval(n[3]);
    String op = (String) n[1];
    if (!op.equals("=")) {
      double l = num(eval(n[2]));
      double r = num(v);
      v = switch (op) {
        case "+=" -> l + r;
        case "-=" -> l - r;
        case "*=" -> l * r;
        case "/=" -> l / r;
        default -> l % r;
      };
    }
    store(n[2], v);
    return v;
  }

  private Object getVar(String name) {
    switch (name) {
      case "NR":
      case "FNR":
        return (double) nr;
      case "NF":
        return (double) fields.size();
      default:
        return vars.getOrDefault(name, "");
    }
  }

  private Object binop(String op, Object l, Object r) {
    switch (op) {
      case "&&":
        return truth(eval(l)) && truth(eval(r)) ? 1.0 : 0.0;
      case "||":
        return truth(eval(l)) || truth(eval(r)) ? 1.0 : 0.0;
      case "concat": {
        String a = str(eval(l));
        String b = str(eval(r));
        // A doubling string ends as busybox awk's xrealloc would, before it takes the JVM's memory.
        dev.kujira.engine.util.Budget.value((long) a.length() + b.length());
        // Copying is the cost: a step for every 256 characters, so a growing string's loop ends
        // within the line's budget as its quadratic copying would take the real CPU.
        dev.kujira.engine.util.Budget.tick((a.length() + b.length()) >> 8);
        return a + b;
      }
      case "~":
      case "!~":
        Object re = ((Object[]) r)[0].equals("re") ? ((Object[]) r)[1] : str(eval(r));
        boolean m = Pattern.compile((String) re).matcher(str(eval(l))).find();
        return m == op.equals("~") ? 1.0 : 0.0;
      default:
        break;
    }
    Object a = eval(l);
    Object b = eval(r);
    switch (op) {
      case "+": return num(a) + num(b);
      case "-": return num(a) - num(b);
      case "*": return num(a) * num(b);
      case "/": return num(a) / num(b);
      case "%": return num(a) % num(b);
      default:
        int c = looksNumeric(a) && looksNumeric(b) ? Double.compare(num(a), num(b)) : str(a).compareTo(str(b));
        boolean res = switch (op) {
          case "<" -> c < 0;
          case "<=" -> c <= 0;
          case ">" -> c > 0;
          case ">=" -> c >= 0;
          case "==" -> c == 0;
          default -> c != 0;
        };
        return res ? 1.0 : 0.0;
    }
  }

  private static boolean looksNumeric(Object v) {
    return v instanceof Double || v instanceof String && ((String) v).trim().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  }

  static boolean truth(Object v) {
    if (v instanceof Double) {
      return (Double) v != 0;
    }
    return !str(v).isEmpty();
  }

  static double num(Object v) {
    if (v instanceof Double) {
      return (Double) v;
    }
    Matcher m = Pattern.compile("^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?").matcher(str(v));
    return m.find() ? Double.parseDouble(m.group().trim()) : 0;
  }

  static String str(Object v) {
    if (v instanceof Double) {
      double d = (Double) v;
      if (d == Math.rint(d) && Math.abs(d) < 1e16) {
        return Long.toString((long) d);
      }
      return String.format("%.6g", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return v == null ? "" : v.toString();
  }

  private String output(Object v) {
    return str(v);
  }

  String sprintf(List<Object> args) {
    if (args.isEmpty()) {
      return "";
    }
    List<String> rest = new ArrayList<>();
    for (Object a : args.subList(1, args.size())) {
      rest.add(str(eval(a)));
    }
    String fmt = str(eval(args.get(0))).replace("\\n", "\n");
    try {
      return dev.kujira.engine.shell.Printf.format(fmt, rest);
    } catch (dev.kujira.engine.shell.Printf.InvalidFormat e) {
      // busybox awk copies a conversion it does not know as text
      return e.done + e.rest;
    }
  }
}
