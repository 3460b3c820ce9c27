package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rackup (the rackup gem 2.2.1) and puma (Puma 6.5.0's CLI) serving a config.ru whose lines require a
 * classic Sinatra app and {@code run Sinatra::Application}, or {@code run} a lambda/proc answering one
 * literal triplet {@code [status, {headers}, ['body']]}. rackup listens on localhost:9292 in development
 * (0.0.0.0 otherwise), picks puma, falcon, then webrick, and puts Rack::CommonLogger in front of the app;
 * puma listens on 0.0.0.0:9292 and logs no requests.
 */
final class RubyRack {
  private static final Pattern LAMBDA = Pattern.compile(
      "run\\s+(?:->\\s*\\(\\s*\\w+\\s*\\)\\s*\\{|lambda\\s*\\{\\s*\\|\\s*\\w+\\s*\\||proc\\s*\\{\\s*\\|\\s*\\w+\\s*\\||"
          + "Proc\\.new\\s*\\{\\s*\\|\\s*\\w+\\s*\\|)\\s*\\[\\s*(\\d{3})\\s*,\\s*\\{(.*?)\\}\\s*,\\s*\\[(.*)\\]\\s*\\]\\s*\\}");
  private static final Pattern HEADER = Pattern.compile("\\s*(['\"])([^'\"]+)\\1\\s*=>\\s*(['\"])([^'\"]*)\\3\\s*");
  private static final Pattern REQUIRE = Pattern.compile("require(_relative)?\\s*\\(?\\s*(['\"])([^'\"]+)\\2\\s*\\)?");

  private RubyRack() {
  }

  /** Returns rackup ({@code puma} false) or puma's CLI. */
  static Program program(boolean puma) {
    return (p, argv) -> {
      String host = null;
      Integer port = null;
      String env = null;
      String server = null;
      String config = "config.ru";
      for (int i = 1; i < argv.size(); i++) {
        String a = argv.get(i);
        String v = i + 1 < argv.size() ? argv.get(i + 1) : "";
        if ((a.equals("-p") || a.equals("--port")) && v.matches("\\d+")) {
          port = Integer.valueOf(v);
          i++;
        } else if (!puma && (a.equals("-o") || a.equals("--host"))) {
          host = v;
          i++;
        } else if (puma && (a.equals("-b") || a.equals("--bind")) && v.matches("tcp://[^:]+:\\d+")) {
          host = v.substring(6, v.lastIndexOf(':'));
          port = Integer.valueOf(v.substring(v.lastIndexOf(':') + 1));
          i++;
        } else if (a.equals(puma ? "-e" : "-E") || a.equals("--environment") || !puma && a.equals("--env")) {
          env = v;
          i++;
        } else if (!puma && (a.equals("-s") || a.equals("--server"))) {
          server = v;
          i++;
        } else if (!a.startsWith("-")) {
          config = a;
        } else {
          return Scripts.unsupported(p, puma ? "puma" : "rackup", "the option " + a);
        }
      }
      if (env == null) {
        String e = p.env().getOrDefault("RACK_ENV", "");
        env = e.isEmpty() ? "development" : e;
      }
      Optional<String> text = Scripts.read(p, p.fs().absolute(config));
      if (text.isEmpty()) {
        if (puma) {
          p.stderr().println("ERROR: No application configured, nothing to run");
        } else {
          p.stderr().println("configuration " + config + " not found");
        }
        return 1;
      }
      String environment = env;
      RubyLines app = new RubyLines(p, config);
      Function<NetworkView.Request, NetworkView.HttpResult> handler = null;
      String[] lines = text.get().split("\n", -1);
      for (int n = 0; n < lines.length; n++) {
        String line = lines[n].replaceAll("\\s+#.*$", "").strip();
        Matcher m;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if ((m = REQUIRE.matcher(line)).matches() && (m.group(1) != null || m.group(3).startsWith("./"))) {
          String path = p.fs().absolute(m.group(3).endsWith(".rb") ? m.group(3) : m.group(3) + ".rb");
          Optional<String> code = Scripts.read(p, path);
          if (code.isEmpty()) {
            RubyScript.loadError(p, config, n, m.group(3));
            return 1;
          }
          int status = app.run(code.get(), false);
          if (status != 0) {
            return status;
          }
        } else if (m.matches()) {
          if (!RubyScript.loadable(p, m.group(3))) {
            RubyScript.loadError(p, config, n, m.group(3));
            return 1;
          }
          if (m.group(3).equals("sinatra") && app.sinatra == null) {
            app.sinatra = new SinatraApp();
          }
        } else if (line.equals("run Sinatra::Application") && app.sinatra != null) {
          handler = r -> app.sinatra.answer(p, r);
        } else if ((m = LAMBDA.matcher(line)).matches()) {
          handler = lambda(p, m, puma || environment.equals("none"));
          if (handler == null) {
            return Scripts.unsupported(p, puma ? "puma" : "rackup", config, n + 1, line);
          }
        } else {
          return Scripts.unsupported(p, puma ? "puma" : "rackup", config, n + 1, line);
        }
      }
      if (handler == null) {
        return Scripts.unsupported(p, puma ? "puma" : "rackup", "a config.ru without a run line");
      }
      int listen = port == null ? 9292 : port;
      if (puma) {
        String bind = host == null ? "0.0.0.0" : host;
        return RubyServers.servable(bind) ? RubyServers.puma(p, bind, listen, environment, handler, () -> { })
            : Scripts.unsupported(p, "puma", "binding " + bind);
      }
      String bind = host != null ? host : environment.equals("development") ? "localhost" : "0.0.0.0";
      if (!RubyServers.servable(bind)) {
        return Scripts.unsupported(p, "rackup", "--host " + bind);
      }
      String picked = server != null ? server : RubyScript.gemInstalled(p, "puma") ? "puma"
          : RubyScript.gemInstalled(p, "webrick") ? "webrick" : "";
      if (picked.equals("puma") && RubyScript.gemInstalled(p, "puma")) {
        return RubyServers.puma(p, bind, listen, environment, handler, () -> { });
      }
      if (picked.equals("webrick") && RubyScript.gemInstalled(p, "webrick")) {
        RubyServers.webrickCreated(p);
        return RubyServers.webrickStart(p, bind.equals("0.0.0.0") ? null : bind, listen, handler, () -> { }, s -> {
          RubyServers.webrickStopped(p);
          return s == Signal.SIGINT ? 0 : 143;
        });
      }
      p.stderr().println("/usr/local/bundle/gems/rackup-2.2.1/lib/rackup/handler.rb:81:in `pick': Couldn't find handler for: "
          + (server != null ? server : "puma, falcon, webrick") + ". (LoadError)");
      return 1;
    };
  }

  /** A lambda's one literal answer, logged by Rack::CommonLogger unless {@code quiet}. */
  private static Function<NetworkView.Request, NetworkView.HttpResult> lambda(Proc p, Matcher m, boolean quiet) {
    List<String> headers = new ArrayList<>();
    for (String h : m.group(2).isBlank() ? new String[0] : m.group(2).split(",")) {
      Matcher hm = HEADER.matcher(h);
      if (!hm.matches()) {
        return null;
      }
      headers.add(hm.group(2).toLowerCase(Locale.ROOT) + ": " + hm.group(4));
    }
    StringBuilder body = new StringBuilder();
    for (String part : m.group(3).isBlank() ? new String[0] : m.group(3).split(",")) {
      Optional<String> s = RubyLines.literal(part);
      if (s.isEmpty()) {
        return null;
      }
      body.append(s.get());
    }
    int status = Integer.parseInt(m.group(1));
    String text = body.toString();
    return r -> {
      NetworkView.HttpResult res = Scripts.answer(status, status == 200 ? "OK" : "", r.method().equals("HEAD") ? "" : text,
          headers);
      if (!quiet) {
        p.stderr().println(r.client() + " - - [" + java.time.format.DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss xx",
            Locale.ROOT).format(SinatraApp.time(p)) + "] \"" + r.method() + " " + r.path() + " HTTP/1.1\" " + status + " "
            + (text.isEmpty() ? "-" : String.valueOf(text.length())) + " 0.0000");
        p.stderr().flush();
      }
      return res;
    };
  }
}
