package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * node running a learner's script: require() of built-ins, node_modules (where npm installs) and
 * relative files; console.log of literals and of template literals naming known constants; an
 * express app ({@code app.get(path, (req, res) => res.send('…'))}, {@code app.listen(port, …)}) and
 * {@code http.createServer(…).listen(port)}. Node writes stdout synchronously to files and pipes,
 * so nothing is buffered. Errors as Node v20.20.2 prints them on this machine; the images carry
 * v22, whose loader line numbers differ (the message and the Require stack are the same).
 */
final class NodeScript {
  private static final Set<String> BUILTINS = Set.of("http", "https", "fs", "path", "os", "url", "util", "events",
      "crypto", "child_process", "stream", "net", "process", "querystring", "zlib", "assert", "buffer", "dns",
      "readline", "timers", "cluster", "worker_threads", "fs/promises");
  private static final Pattern REQUIRE = Pattern.compile("(?:const|let|var)\\s+(\\w+|\\{[^}]*\\})\\s*=\\s*"
      + "require\\(\\s*['\"]([^'\"]+)['\"]\\s*\\);?");
  private static final Pattern CONST = Pattern.compile("(?:const|let|var)\\s+(\\w+)\\s*=\\s*(?:process\\.env\\.\\w+\\s*\\|\\|\\s*)?"
      + "(\\d+|'[^']*'|\"[^\"]*\");?");
  private static final Pattern LOG = Pattern.compile("console\\.(log|error)\\((.*)\\);?");
  private static final Pattern APP = Pattern.compile("(?:const|let|var)\\s+(\\w+)\\s*=\\s*express\\(\\);?");
  private static final Pattern GET = Pattern.compile("(\\w+)\\.get\\(\\s*(['\"][^'\"]*['\"])\\s*,\\s*(?:\\(req,\\s*res\\)\\s*=>"
      + "|function\\s*\\(req,\\s*res\\))\\s*(.*)");
  private static final Pattern SEND = Pattern.compile("\\{?\\s*res\\.(send|end)\\((.+?)\\);?\\s*\\}?\\)?;?");
  private static final Pattern SERVER = Pattern.compile("(?:(?:const|let|var)\\s+(\\w+)\\s*=\\s*)?http\\.createServer\\("
      + "(?:\\(req,\\s*res\\)\\s*=>|function\\s*\\(req,\\s*res\\))\\s*\\{");
  private static final Pattern LISTEN = Pattern.compile("(?:\\}\\)|(\\w+))\\.listen\\(\\s*(\\w+)\\s*(?:,\\s*(.*))?");
  /** finalhandler's 404 page (express 4's default when no route matches). */
  private static final String CANNOT = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      + "<title>Error</title>\n</head>\n<body>\n<pre>Cannot %s %s</pre>\n</body>\n</html>\n";

  private final Proc p;
  private final String file;
  private final Map<String, String> vars = new HashMap<>();
  private final Map<String, String> routes = new LinkedHashMap<>();
  private String app;
  private String plain;

  private final String version;

  private NodeScript(Proc p, String file, String version) {
    this.p = p;
    this.file = file;
    this.version = version;
  }

  /** Returns the node program of Node {@code version} ("22.12.0"), as its executable names it. */
  static Program program(String version) {
    return (p, argv) -> {
      if (argv.size() > 1 && (argv.get(1).equals("--version") || argv.get(1).equals("-v"))) {
        p.stdout().println("v" + version);
        return 0;
      }
      if (argv.size() < 2) {
        return 0; // the REPL: without a terminal it reads end of input and ends
      }
      String file = p.fs().absolute(argv.get(1));
      String found = Scripts.read(p, file).isPresent() ? file : Scripts.read(p, file + ".js").isPresent() ? file + ".js" : null;
      if (found == null) {
        return cannotFind(p, file, List.of(), "", version);
      }
      return new NodeScript(p, found, version).run(Scripts.read(p, found).get());
    };
  }

  private int run(String text) {
    String[] lines = text.split("\n", -1);
    boolean esm = NodeEsm.isModule(p, file, text, version);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].replaceAll("\\s+//.*$", "").strip();
      Matcher m;
      if (line.isEmpty() || line.startsWith("//") || line.equals("'use strict';")) {
        continue;
      }
      if ((m = NodeEsm.IMPORT.matcher(line)).matches()) {
        if (!esm) {
          return outsideModule(n, lines[n]);
        }
        String spec = m.group(5) != null ? m.group(5) : m.group(6);
        Optional<String> error = NodeEsm.load(p, file, m, vars,
            BUILTINS.contains(spec.startsWith("node:") ? spec.substring(5) : spec), version);
        if (error.isPresent()) {
          p.stderr().print(error.get());
          return 1;
        }
        continue;
      }
      if (esm && NodeEsm.EXPORT_CONST.matcher(line).matches()) {
        line = line.substring("export ".length()).strip();
      }
      if (esm && REQUIRE.matcher(line).matches()) {
        p.stderr().print(NodeEsm.requireInModule(p, file, n, lines[n], NodeEsm.typeModule(p, file), version));
        return 1;
      }
      if ((m = REQUIRE.matcher(line)).matches()) {
        if (!resolvable(m.group(2))) {
          String at = "    at Object.<anonymous> (" + file + ":" + (n + 1) + ":" + (lines[n].indexOf("require(") + 1) + ")";
          return cannotFind(p, m.group(2), List.of(file), at, version);
        }
      } else if ((m = APP.matcher(line)).matches()) {
        app = m.group(1);
      } else if ((m = CONST.matcher(line)).matches()) {
        String v = m.group(2);
        vars.put(m.group(1), v.matches("\\d+") ? v : v.substring(1, v.length() - 1));
      } else if ((m = LOG.matcher(line)).matches()) {
        Optional<String> s = value(m.group(2));
        if (s.isEmpty()) {
          return Scripts.unsupported(p, "node", file, n + 1, line);
        }
        (m.group(1).equals("log") ? p.stdout() : p.stderr()).println(s.get());
      } else if ((m = GET.matcher(line)).matches() && m.group(1).equals(app)) {
        String path = Scripts.literal(m.group(2), vars).orElse("");
        boolean block = m.group(3).isBlank() || m.group(3).equals("{");
        String rest = block ? lines[++n].strip() : m.group(3);
        Matcher s = SEND.matcher(rest);
        Optional<String> body = s.matches() ? Scripts.literal(s.group(2), vars) : Optional.empty();
        if (body.isEmpty()) {
          return Scripts.unsupported(p, "node", file, n + 1, rest);
        }
        routes.put(path, body.get());
        if (block && (n + 1 >= lines.length || !lines[n + 1].strip().startsWith("})"))) {
          return Scripts.unsupported(p, "node", file, n + 2, n + 1 < lines.length ? lines[n + 1] : "");
        }
        n += block ? 1 : 0;
      } else if (SERVER.matcher(line).matches()) {
        String rest = lines[++n].strip();
        Matcher s = SEND.matcher(rest);
        while (!s.matches() && (rest.startsWith("res.statusCode") || rest.startsWith("res.setHeader")
            || rest.startsWith("res.writeHead"))) {
          s = SEND.matcher(rest = lines[++n].strip());
        }
        Optional<String> body = s.matches() ? Scripts.literal(s.group(2), vars) : Optional.empty();
        if (body.isEmpty()) {
          return Scripts.unsupported(p, "node", file, n + 1, rest);
        }
        plain = body.get();
        if (!lines[n + 1].strip().startsWith("})")) {
          return Scripts.unsupported(p, "node", file, n + 2, lines[n + 1]);
        }
        String close = lines[++n].strip();
        if (close.startsWith("}).listen(")) {
          return listen(n, close, lines);
        }
      } else if ((m = LISTEN.matcher(line)).matches() && (app != null || plain != null)) {
        return listen(n, line, lines);
      } else {
        return Scripts.unsupported(p, "node", file, n + 1, line);
      }
    }
    return 0;
  }

  /**
   * An import in a file Node loads as CommonJS (Node before 22.7/20.19, without "type": "module"):
   * its warning and SyntaxError; the stack frames under it are left out (not recorded here).
   */
  private int outsideModule(int n, String raw) {
    p.stderr().println("(node:" + p.pid() + ") Warning: To load an ES module, set \"type\": \"module\" in the package.json or use"
        + " the .mjs extension.");
    p.stderr().println("(Use `node --trace-warnings ...` to show where the warning was created)");
    p.stderr().println(file + ":" + (n + 1));
    p.stderr().println(raw);
    p.stderr().println("^^^^^^");
    p.stderr().println();
    p.stderr().println("SyntaxError: Cannot use import statement outside a module");
    p.stderr().println();
    p.stderr().println("Node.js v" + version);
    return 1;
  }

  /** server.listen(port[, callback]): listens on all addresses (Node's default), runs the callback's logs, waits. */
  private int listen(int n, String line, String[] lines) {
    Matcher m = LISTEN.matcher(line);
    m.matches();
    String port = vars.getOrDefault(m.group(2), m.group(2));
    if (!port.matches("\\d+")) {
      return Scripts.unsupported(p, "node", file, n + 1, line);
    }
    String cb = m.group(3) == null ? "" : m.group(3).strip();
    if (cb.matches("\\(\\)\\s*=>\\s*\\{") || cb.matches("function\\s*\\(\\)\\s*\\{")) {
      while (++n < lines.length && !lines[n].strip().startsWith("})")) {
        Matcher log = LOG.matcher(lines[n].strip());
        Optional<String> s = log.matches() ? value(log.group(2)) : Optional.empty();
        if (s.isEmpty()) {
          return Scripts.unsupported(p, "node", file, n + 1, lines[n]);
        }
        p.stdout().println(s.get());
      }
    } else if (cb.matches("\\(\\)\\s*=>\\s*console\\.log\\(.*\\)\\);?")) {
      Matcher log = LOG.matcher(cb.replaceFirst("\\(\\)\\s*=>\\s*", "").replaceFirst("\\);?$", ""));
      Optional<String> s = log.matches() ? value(log.group(2)) : Optional.empty();
      if (s.isEmpty()) {
        return Scripts.unsupported(p, "node", file, n + 1, line);
      }
      p.stdout().println(s.get());
    } else if (!cb.isEmpty() && !cb.equals(");") && !cb.equals(")")) {
      return Scripts.unsupported(p, "node", file, n + 1, line);
    }
    p.stdout().flush();
    // Node installs no SIGTERM/SIGINT handler: as PID 1 both are ignored, so docker stop waits for its SIGKILL.
    return Scripts.serve(p, Integer.parseInt(port), false, this::answer, Set.of(), () -> 0);
  }

  /** A logged value: a literal, or a constant the script (or a module it imported) defined. */
  private Optional<String> value(String expr) {
    String e = expr.strip();
    return vars.containsKey(e) ? Optional.of(vars.get(e)) : Scripts.literal(e, vars);
  }

  private NetworkView.HttpResult answer(NetworkView.Request r) {
    if (plain != null) {
      return Scripts.answer(200, "OK", plain, List.of("Connection: keep-alive"));
    }
    String body = routes.get(r.path().split("\\?")[0]);
    if (body == null || !(r.method().equals("GET") || r.method().equals("HEAD"))) {
      return Scripts.answer(404, "Not Found", String.format(CANNOT, r.method(), r.path()), List.of(
          "X-Powered-By: Express", "Content-Security-Policy: default-src 'none'", "X-Content-Type-Options: nosniff",
          "Content-Type: text/html; charset=utf-8"));
    }
    return Scripts.answer(200, "OK", body, List.of("X-Powered-By: Express", "Content-Type: text/html; charset=utf-8"));
  }

  private boolean resolvable(String module) {
    String name = module.startsWith("node:") ? module.substring(5) : module;
    if (BUILTINS.contains(name)) {
      return true;
    }
    String dir = file.substring(0, file.lastIndexOf('/'));
    if (name.startsWith("./") || name.startsWith("../") || name.startsWith("/")) {
      String f = name.startsWith("/") ? name : p.fs().absolute(dir + "/" + name);
      return Scripts.exists(p, f) || Scripts.exists(p, f + ".js") || Scripts.exists(p, f + "/index.js");
    }
    // Node walks up from the script's folder: ./node_modules, ../node_modules… to /node_modules.
    for (String d = dir; ; d = d.substring(0, Math.max(0, d.lastIndexOf('/')))) {
      if (Scripts.exists(p, (d.isEmpty() ? "" : d) + "/node_modules/" + name)) {
        return true;
      }
      if (d.isEmpty()) {
        return false; // globally installed modules (npm -g) are not found by require, as in Node
      }
    }
  }

  /** Node's uncaught MODULE_NOT_FOUND error and its exit status 1 (Node v20.20.2, run here). */
  private static int cannotFind(Proc p, String module, List<String> stack, String at, String version) {
    p.stderr().println("node:internal/modules/cjs/loader:1210");
    p.stderr().println("  throw err;");
    p.stderr().println("  ^");
    p.stderr().println();
    p.stderr().println("Error: Cannot find module '" + module + "'");
    if (!stack.isEmpty()) {
      p.stderr().println("Require stack:");
      stack.forEach(s -> p.stderr().println("- " + s));
    }
    p.stderr().println("    at Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)");
    p.stderr().println("    at Module._load (node:internal/modules/cjs/loader:1038:27)");
    if (stack.isEmpty()) {
      p.stderr().println("    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)");
      p.stderr().println("    at node:internal/main/run_main_module:28:49 {");
    } else {
      // Only the first ten frames: V8's Error.stackTraceLimit.
      p.stderr().println("    at Module.require (node:internal/modules/cjs/loader:1289:19)");
      p.stderr().println("    at require (node:internal/modules/helpers:182:18)");
      p.stderr().println(at);
      p.stderr().println("    at Module._compile (node:internal/modules/cjs/loader:1521:14)");
      p.stderr().println("    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)");
      p.stderr().println("    at Module.load (node:internal/modules/cjs/loader:1266:32)");
      p.stderr().println("    at Module._load (node:internal/modules/cjs/loader:1091:12)");
      p.stderr().println("    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12) {");
    }
    p.stderr().println("  code: 'MODULE_NOT_FOUND',");
    p.stderr().println("  requireStack: [" + (stack.isEmpty() ? "]" : " '" + String.join("', '", stack) + "' ]"));
    p.stderr().println("}");
    p.stderr().println();
    p.stderr().println("Node.js v" + version);
    return 1;
  }
}
