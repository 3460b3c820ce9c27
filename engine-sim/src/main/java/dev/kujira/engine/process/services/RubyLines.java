package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Signal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the lines of a learner's Ruby script in order: require, puts/print/p/warn of literals, a
 * classic Sinatra app (set :bind/:port/:environment, get/post/put/delete/patch routes whose block is one
 * literal), and a WEBrick server (HTTPServer.new with Port/BindAddress/DocumentRoot, mount_proc blocks
 * setting res.body and the content type, trap of INT/TERM to shutdown, start). Calling Sinatra's DSL
 * without requiring it, or WEBrick without its require, or an unknown bare name fails with Ruby 3.3's
 * NoMethodError/NameError and error_highlight's snippet; any other line ends with one kujira: line.
 */
final class RubyLines {
  private static final Pattern REQUIRE = Pattern.compile("require(?:_relative)?\\s*\\(?\\s*(['\"])([^'\"]+)\\1\\s*\\)?");
  private static final Pattern OUTPUT = Pattern.compile("(puts|print|p|\\$stderr\\.puts|warn)(?:\\s+|\\()(.*?)\\)?");
  private static final Pattern SET = Pattern.compile("set\\s*\\(?\\s*:(bind|port|environment)\\s*,\\s*(.+?)\\s*\\)?");
  private static final Pattern ROUTE = Pattern.compile(
      "(get|post|put|delete|patch)\\s*\\(?\\s*(['\"])([^'\"]*)\\2\\s*\\)?\\s*(?:do(?:\\s*\\|[^|]*\\|)?|\\{)\\s*(.*?)");
  private static final Pattern WEBRICK_NEW = Pattern.compile("(\\w+)\\s*=\\s*WEBrick::HTTPServer\\.new\\s*\\((.*)\\)");
  private static final Pattern MOUNT = Pattern.compile("(\\w+)\\.mount_proc\\s*\\(?\\s*(['\"])([^'\"]*)\\2\\s*\\)?\\s*do\\s*\\|\\s*\\w+\\s*,\\s*(\\w+)\\s*\\|");
  private static final Pattern TRAP = Pattern.compile("(?:Signal\\.)?trap\\s*\\(?\\s*['\":](?:SIG)?(INT|TERM)['\"]?\\s*\\)?\\s*(?:\\{|do)\\s*(\\w+)\\.shutdown\\s*(?:\\}|end)");
  private static final Pattern NAME = Pattern.compile("[a-z_]\\w*");
  private static final Set<String> DSL = Set.of("get", "post", "put", "delete", "patch", "set", "before", "after",
      "helpers", "configure", "not_found", "enable", "disable");

  private final Proc p;
  private final String file;
  SinatraApp sinatra;
  private String server;
  private final Map<String, String> serverOptions = new LinkedHashMap<>();
  private final Map<String, String[]> mounts = new LinkedHashMap<>();
  private final Set<Signal> trapped = new HashSet<>();

  RubyLines(Proc p, String file) {
    this.p = p;
    this.file = file;
  }

  /** Runs {@code text}; when {@code main}, a required Sinatra serves at the end as its at_exit does. */
  int run(String text, boolean main) {
    String[] lines = text.split("\n", -1);
    String[] route = null;
    String[] mount = null;
    for (int n = 0; n < lines.length; n++) {
      String raw = lines[n].replaceAll("\\s+#.*$", "");
      String line = raw.strip();
      Matcher m;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (route != null || mount != null) {
        if (line.equals("end") || line.equals("}")) {
          route = mount = null;
          continue;
        }
        if (route != null && route[1] == null && literal(line).isPresent()) {
          route[1] = literal(line).get();
          sinatra.routes.put(route[0], route[1]);
          continue;
        }
        if (mount != null && (m = Pattern.compile(mount[1] + "\\.body\\s*=\\s*(.+)").matcher(line)).matches()
            && literal(m.group(1)).isPresent()) {
          mount[2] = literal(m.group(1)).get();
          continue;
        }
        if (mount != null && (m = Pattern.compile(mount[1] + "(?:\\.content_type\\s*=|\\[\\s*['\"]Content-Type['\"]\\s*\\]\\s*=)\\s*(.+)")
            .matcher(line)).matches() && literal(m.group(1)).isPresent()) {
          mount[3] = literal(m.group(1)).get();
          continue;
        }
        return unsupported(n, line);
      }
      if ((m = REQUIRE.matcher(line)).matches()) {
        String lib = m.group(2);
        if (!line.startsWith("require_relative") && !RubyScript.loadable(p, lib)) {
          RubyScript.loadError(p, file, n, lib);
          return 1;
        }
        if (lib.equals("sinatra") && sinatra == null) {
          sinatra = new SinatraApp();
        } else if (line.startsWith("require_relative") || lib.startsWith("./")) {
          return unsupported(n, line);
        }
      } else if ((m = OUTPUT.matcher(line)).matches() && literal(m.group(2)).isPresent()) {
        String s = literal(m.group(2)).get();
        switch (m.group(1)) {
          case "puts" -> p.stdout().print(s.endsWith("\n") ? s : s + "\n");
          case "print" -> p.stdout().print(s);
          case "p" -> p.stdout().println("\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"");
          default -> p.stderr().print(s.endsWith("\n") ? s : s + "\n");
        }
        p.stdout().flush();
      } else if (sinatra == null && NAME.matcher(line.split("[\\s(]")[0]).matches() && DSL.contains(line.split("[\\s(]")[0])) {
        return error(n, raw, line.split("[\\s(]")[0], "undefined method `%s' for main (NoMethodError)");
      } else if ((m = SET.matcher(line)).matches()) {
        String v = m.group(2);
        switch (m.group(1)) {
          case "bind" -> sinatra.bind = literal(v).orElse(null);
          case "port" -> sinatra.port = v.matches("\\d+") ? Integer.valueOf(v) : null;
          default -> sinatra.environment = v.startsWith(":") ? v.substring(1) : literal(v).orElse(null);
        }
        if (m.group(1).equals("bind") && sinatra.bind == null || m.group(1).equals("port") && sinatra.port == null
            || m.group(1).equals("environment") && sinatra.environment == null) {
          return unsupported(n, line); // a computed value: the model evaluates no expressions
        }
      } else if ((m = ROUTE.matcher(line)).matches() && sinatra != null) {
        String key = m.group(1).toUpperCase(java.util.Locale.ROOT) + " " + m.group(3);
        String rest = m.group(4).replaceFirst("\\s*(end|\\})$", "");
        if (rest.isEmpty()) {
          route = new String[] {key, null};
        } else if (literal(rest).isPresent() && !rest.equals(m.group(4))) {
          sinatra.routes.put(key, literal(rest).get());
        } else {
          return unsupported(n, line);
        }
      } else if (line.contains("WEBrick::") && !RubyScript.required(p, "webrick", lines, n)) {
        return error(n, raw, "WEBrick", "uninitialized constant %s (NameError)");
      } else if ((m = WEBRICK_NEW.matcher(line)).matches()) {
        server = m.group(1);
        for (String kv : m.group(2).split(",")) {
          Matcher o = Pattern.compile("\\s*:?(\\w+)(?::|\\s*=>)\\s*(.+?)\\s*").matcher(kv);
          if (!o.matches()) {
            return unsupported(n, line);
          }
          String v = o.group(2).equals("Dir.pwd") ? p.fs().cwd() : literal(o.group(2)).orElse(o.group(2));
          serverOptions.put(o.group(1), v);
        }
        if (!serverOptions.getOrDefault("Port", "80").matches("\\d+") || !RubyServers.servable(serverOptions.get("BindAddress"))) {
          return unsupported(n, line);
        }
        RubyServers.webrickCreated(p);
      } else if ((m = MOUNT.matcher(line)).matches() && m.group(1).equals(server)) {
        mount = new String[] {m.group(3), m.group(4), "", null};
        mounts.put(m.group(3), mount);
      } else if ((m = TRAP.matcher(line)).matches() && m.group(2).equals(server)) {
        trapped.add(m.group(1).equals("INT") ? Signal.SIGINT : Signal.SIGTERM);
      } else if (line.equals(server + ".start")) {
        return startWebrick(n);
      } else if (NAME.matcher(line).matches() && !line.equals("end")) {
        return error(n, raw, line, "undefined local variable or method `%s' for main (NameError)");
      } else {
        return unsupported(n, line);
      }
    }
    p.stdout().flush();
    return main && sinatra != null ? RubyScript.runSinatra(p, sinatra) : 0;
  }

  private int startWebrick(int n) {
    int port = Integer.parseInt(serverOptions.getOrDefault("Port", "80"));
    String root = serverOptions.get("DocumentRoot");
    var files = root == null ? null : RubyServers.files(p, p.fs().absolute(root), port);
    return RubyServers.webrickStart(p, serverOptions.get("BindAddress"), port, r -> {
      String path = r.path().split("\\?")[0];
      String[] best = null;
      for (Map.Entry<String, String[]> e : mounts.entrySet()) {
        String at = e.getKey();
        if ((path.equals(at) || path.startsWith(at.endsWith("/") ? at : at + "/")) && (best == null || at.length() > best[0].length())) {
          best = e.getValue();
        }
      }
      if (best != null) {
        List<String> headers = new ArrayList<>();
        if (best[3] != null) {
          headers.add("Content-Type: " + best[3]);
        }
        return Scripts.answer(200, "OK", best[2], headers);
      }
      return files != null ? files.apply(r) : RubyServers.files(p, "/nonexistent", port).apply(r);
    }, () -> { }, s -> {
      if (trapped.contains(s)) {
        RubyServers.webrickStopped(p);
        return 0;
      }
      return RubyServers.webrickInterrupted(p, s, file + ":" + (n + 1) + ":in `<main>'");
    });
  }

  /** Ruby 3.3's uncaught NameError/NoMethodError with error_highlight's snippet and carets. */
  private int error(int n, String raw, String name, String format) {
    p.stdout().flush();
    p.stderr().println(file + ":" + (n + 1) + ":in `<main>': " + String.format(format, name));
    p.stderr().println();
    p.stderr().println(raw);
    int at = raw.indexOf(name);
    p.stderr().println(" ".repeat(Math.max(0, at)) + "^".repeat(name.length()));
    p.stderr().flush();
    return 1;
  }

  private int unsupported(int n, String line) {
    p.stdout().flush();
    return Scripts.unsupported(p, "ruby", file, n + 1, line);
  }

  /** A Ruby string literal: double quotes with escapes, single quotes as they stand. */
  static Optional<String> literal(String text) {
    String t = text.strip();
    if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'") && t.indexOf('\'', 1) == t.length() - 1) {
      return Optional.of(t.substring(1, t.length() - 1).replace("\\'", "'"));
    }
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") && !t.contains("#{")) {
      return Scripts.literal(t, Map.of());
    }
    return Optional.empty();
  }

  /** For rackup: the routes a required classic app declared, answered as Sinatra::Application. */
  NetworkView.HttpResult answer(NetworkView.Request r) {
    return sinatra.answer(p, r);
  }
}
