package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.WebRoot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the lines of a learner's Python script in order: imports, print() of literals, and a
 * Flask app (routes returning literals, {@code app.run(host=…, port=…)}); and python -m
 * http.server. The servers' lines are those of Flask 3.1 / Werkzeug 3.1 and CPython 3.11 as
 * run on this machine (see each constant). Any other line ends the script with a kujira: line.
 */
final class PythonWeb {
  private static final Pattern IMPORT = Pattern.compile("import\\s+(.+)");
  private static final Pattern FROM = Pattern.compile("from\\s+([A-Za-z_][\\w.]*)\\s+import\\s+.+");
  private static final Pattern PRINT = Pattern.compile("print\\((.*)\\)");
  private static final Pattern FLASK = Pattern.compile("(\\w+)\\s*=\\s*Flask\\(\\s*__name__\\s*\\)");
  private static final Pattern ROUTE = Pattern.compile("@(\\w+)\\.(?:route|get)\\((.+)\\)");
  private static final Pattern RUN = Pattern.compile("(\\w+)\\.run\\((.*)\\)");
  /** Werkzeug's NotFound body (werkzeug.exceptions, 3.1; printed by NotFound().get_body() here). */
  private static final String NOT_FOUND = "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
      + "<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling"
      + " and try again.</p>\n";

  private final Proc p;
  private final String self;
  private final String file;
  private final PythonScript.Out out;
  private final Map<String, String> routes = new LinkedHashMap<>();
  private String app;

  PythonWeb(Proc p, String self, String file, PythonScript.Out out) {
    this.p = p;
    this.self = self;
    this.file = file;
    this.out = out;
  }

  int run(String text) {
    String dir = file.substring(0, Math.max(1, file.lastIndexOf('/')));
    String[] lines = text.split("\n", -1);
    String route = null;
    for (int n = 0; n < lines.length; n++) {
      String raw = lines[n].replaceAll("\\s+#.*$", "");
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.equals("if __name__ == \"__main__\":")
          || line.equals("if __name__ == '__main__':")) {
        continue;
      }
      Matcher m;
      if ((m = FROM.matcher(line)).matches() || (m = IMPORT.matcher(line)).matches()) {
        for (String mod : line.startsWith("from") ? List.of(m.group(1)) : List.of(m.group(1).split(","))) {
          String top = mod.strip().split("\\s+")[0].split("\\.")[0];
          if (!PythonScript.importable(p, top, dir)) {
            return PythonScript.moduleNotFound(p, out, file, n + 1, line, top);
          }
        }
      } else if ((m = PRINT.matcher(line)).matches() && !raw.startsWith(" ")) {
        Optional<String> s = Scripts.literal(m.group(1), Map.of());
        if (s.isEmpty()) {
          return stop(n, line);
        }
        out.println(s.get());
      } else if ((m = FLASK.matcher(line)).matches()) {
        app = m.group(1);
      } else if ((m = ROUTE.matcher(line)).matches() && m.group(1).equals(app)) {
        Optional<String> path = Scripts.literal(PythonScript.args(m.group(2)).get(0), Map.of());
        if (path.isEmpty()) {
          return stop(n, line);
        }
        route = path.get();
      } else if (route != null && line.matches("def \\w+\\(\\):")) {
        continue;
      } else if (route != null && line.startsWith("return ")) {
        Optional<String> body = Scripts.literal(line.substring(7), Map.of());
        if (body.isEmpty()) {
          return stop(n, line);
        }
        routes.put(route, body.get());
        route = null;
      } else if ((m = RUN.matcher(line)).matches() && m.group(1).equals(app)) {
        return flask(n, line, PythonScript.keywords(PythonScript.args(m.group(2))));
      } else {
        return stop(n, line);
      }
    }
    out.flush();
    return 0;
  }

  private int stop(int n, String line) {
    out.flush();
    return Scripts.unsupported(p, self, file, n + 1, line);
  }

  /**
   * app.run(): Werkzeug's run_simple. The banner's first two lines come from flask.cli.show_server_banner
   * through click.echo (stdout, flushed at once); the rest is Werkzeug's logger on stderr (recorded with
   * Flask 3.1.3 / Werkzeug 3.1.8 on this machine). The default host 127.0.0.1 is reachable only from inside
   * the container: the classic reason a published Flask port answers nothing.
   */
  private int flask(int n, String line, Map<String, String> kw) {
    String host = kw.containsKey("host") ? Scripts.literal(kw.get("host"), Map.of()).orElse("?") : "127.0.0.1";
    String portText = kw.getOrDefault("port", "5000");
    if (!portText.matches("\\d+") || kw.containsKey("debug") && !kw.get("debug").equals("False")
        || !host.equals("0.0.0.0") && !host.equals("127.0.0.1")) {
      return stop(n, line); // debug mode's reloader and debugger, or a computed port, are not modelled
    }
    int port = Integer.parseInt(portText);
    String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.py$", "");
    out.flush();
    p.stdout().println(" * Serving Flask app '" + name + "'");
    p.stdout().println(" * Debug mode: off");
    p.stdout().flush();
    p.stderr().println("WARNING: This is a development server. Do not use it in a production deployment. Use a"
        + " production WSGI server instead.");
    if (host.equals("0.0.0.0")) {
      p.stderr().println(" * Running on all addresses (0.0.0.0)");
      p.stderr().println(" * Running on http://127.0.0.1:" + port);
      p.stderr().println(" * Running on http://" + Scripts.ownAddress(p) + ":" + port);
    } else {
      p.stderr().println(" * Running on http://127.0.0.1:" + port);
    }
    p.stderr().println("Press CTRL+C to quit");
    p.stderr().flush();
    // Werkzeug's serve_forever swallows KeyboardInterrupt and returns: Ctrl-C ends it with status 0.
    return Scripts.serve(p, port, host.equals("127.0.0.1"), r -> {
      String body = routes.get(r.path().split("\\?")[0]);
      NetworkView.HttpResult res = body == null ? Scripts.answer(404, "NOT FOUND", NOT_FOUND, headers(out.version))
          : Scripts.answer(200, "OK", body, headers(out.version));
      log(p, r, res.status());
      return res;
    }, PythonScript.STOP, () -> {
      out.flush();
      return 0;
    });
  }

  private static List<String> headers(String version) {
    return List.of("Server: Werkzeug/3.1.3 Python/" + version, "Content-Type: text/html; charset=utf-8",
        "Connection: close");
  }

  /** One request-log line on stderr: BaseHTTPRequestHandler.log_request, which Werkzeug keeps. */
  private static void log(Proc p, NetworkView.Request r, int status) {
    p.stderr().println(r.client() + " - - [" + Scripts.logTime(p) + "] \"" + r.method() + " " + r.path()
        + " HTTP/1.1\" " + status + " -");
    p.stderr().flush();
  }

  /**
   * python -m http.server [port] [--bind addr] [--directory dir]: CPython's Lib/http/server.py test():
   * its "Serving HTTP" line goes to (buffered) stdout, request lines to stderr, and Ctrl-C prints
   * "Keyboard interrupt received, exiting." and exits 0 (run with CPython 3.11.7 here).
   */
  static int httpServer(Proc p, List<String> args, PythonScript.Out out) {
    int port = 8000;
    String bind = "0.0.0.0";
    String dir = p.fs().cwd();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if ((a.equals("--bind") || a.equals("-b")) && i + 1 < args.size()) {
        bind = args.get(++i);
      } else if ((a.equals("--directory") || a.equals("-d")) && i + 1 < args.size()) {
        dir = p.fs().absolute(args.get(++i));
      } else if (a.matches("\\d+")) {
        port = Integer.parseInt(a);
      } else {
        return Scripts.unsupported(p, "python3", "the http.server option " + a);
      }
    }
    if (!bind.equals("0.0.0.0") && !bind.equals("127.0.0.1")) {
      return Scripts.unsupported(p, "python3", "http.server --bind " + bind);
    }
    out.println("Serving HTTP on " + bind + " port " + port + " (http://" + bind + ":" + port + "/) ...");
    // A folder without index.html answers 404 here; the real one lists the folder (list_directory).
    WebRoot root = new WebRoot(p.fs(), dir, "");
    return Scripts.serve(p, port, bind.equals("127.0.0.1"), r -> {
      NetworkView.HttpResult res = root.get(r.path());
      if (res.status() == 404) {
        p.stderr().println(r.client() + " - - [" + Scripts.logTime(p) + "] code 404, message File not found");
        res = Scripts.answer(404, "File not found", String.format(ERROR, 404, "File not found", 404,
            "Nothing matches the given URI"), List.of("Server: SimpleHTTP/0.6 Python/" + out.version,
            "Content-Type: text/html;charset=utf-8", "Connection: close"));
      }
      log(p, r, res.status());
      return res;
    }, PythonScript.STOP, () -> {
      out.println("");
      out.println("Keyboard interrupt received, exiting.");
      out.flush();
      return 0;
    });
  }

  /** http.server.DEFAULT_ERROR_MESSAGE (CPython 3.11.7, printed here). */
  private static final String ERROR = "<!DOCTYPE HTML>\n<html lang=\"en\">\n    <head>\n        <meta charset=\"utf-8\">\n"
      + "        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n"
      + "        <p>Error code: %d</p>\n        <p>Message: %s.</p>\n        <p>Error code explanation: %d - %s.</p>\n"
      + "    </body>\n</html>\n";
}
