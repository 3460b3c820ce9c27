package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ruby images' {@code ruby}: {@code -v}, {@code -e CODE} (repeatable) and a script file whose
 * lines {@code puts}, {@code print} or {@code p} string literals and {@code require} libraries:
 * the standard library, or gems that gem or bundle installed under GEM_HOME (/usr/local/bundle).
 * A missing one is Ruby 3.3's LoadError, webrick included (a bundled gem no more since Ruby 3.0).
 * Any other line ends the script with one {@code kujira:} line.
 */
final class RubyScript {
  private static final Set<String> STDLIB = Set.of("json", "set", "time", "date", "socket", "net/http", "uri", "open-uri",
      "securerandom", "digest", "fileutils", "yaml", "erb", "logger", "optparse", "pp", "benchmark", "csv", "English",
      "pathname", "stringio", "tempfile", "timeout", "base64", "bundler/setup", "rubygems", "bundler");
  private static final Pattern REQUIRE = Pattern.compile("require(?:_relative)?\\s*\\(?\\s*(['\"])([^'\"]+)\\1\\s*\\)?");

  private RubyScript() {
  }

  /** Returns ruby printing {@code version} for -v. */
  static Program program(String version) {
    return (p, argv) -> {
      List<String> code = new ArrayList<>();
      int i = 1;
      for (; i < argv.size() && argv.get(i).startsWith("-"); i++) {
        String a = argv.get(i);
        if (a.equals("-v") || a.equals("--version")) {
          p.stdout().println(version);
          if (a.equals("--version") || i + 1 >= argv.size()) {
            return 0;
          }
        } else if (a.equals("-run") && i + 2 < argv.size() && argv.get(i + 1).equals("-e")
            && argv.get(i + 2).equals("httpd")) {
          return httpd(p, argv.subList(i + 3, argv.size()));
        } else if (a.equals("-e") && i + 1 < argv.size()) {
          code.add(argv.get(++i));
        } else {
          return Scripts.unsupported(p, "ruby", "the option " + a);
        }
      }
      if (!code.isEmpty()) {
        return run(p, "-e", String.join("\n", code));
      }
      if (i >= argv.size()) {
        return 0; // the program from stdin, empty without a terminal
      }
      String file = p.fs().absolute(argv.get(i));
      Optional<String> text = Scripts.read(p, file);
      if (text.isEmpty()) {
        p.stderr().println("ruby: No such file or directory -- " + argv.get(i) + " (LoadError)");
        return 1;
      }
      return run(p, argv.get(i), text.get());
    };
  }

  private static int run(Proc p, String file, String text) {
    return new RubyLines(p, file).run(text, true);
  }

  /** Returns whether {@code require lib} finds it: the standard library or an installed gem. */
  static boolean loadable(Proc p, String lib) {
    return STDLIB.contains(lib) || gemInstalled(p, lib.split("/")[0]);
  }

  /** Returns whether one of the lines before {@code n} requires {@code lib}. */
  static boolean required(Proc p, String lib, String[] lines, int n) {
    for (int i = 0; i < n; i++) {
      Matcher m = REQUIRE.matcher(lines[i].strip());
      if (m.matches() && m.group(2).equals(lib)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sinatra's at_exit: Application.run! (sinatra/base.rb 4.1.1). Without the rackup gem it says which gems
   * to add and exits 1; it picks the first installed of puma, falcon, thin, webrick (Rackup::Handler.pick,
   * a LoadError when none is), says it has taken the stage, and serves until SIGINT or SIGTERM.
   */
  static int runSinatra(Proc p, SinatraApp app) {
    if (!gemInstalled(p, "rackup")) {
      p.stderr().print("Sinatra could not start, the required gems weren't found!\n\nAdd them to your bundle with:\n\n"
          + "    bundle add rackup puma\n\nor install them with:\n\n    gem install rackup puma\n\n");
      p.stderr().flush();
      return 1;
    }
    String host = app.bind(p);
    int port = app.port(p);
    if (!RubyServers.servable(host)) {
      return Scripts.unsupported(p, "ruby", "set :bind, '" + host + "'");
    }
    Runnable ended = () -> {
      p.stderr().println("== Sinatra has ended his set (crowd applauds)");
      p.stderr().flush();
    };
    String stage = "== Sinatra (v" + SinatraApp.VERSION + ") has taken the stage on " + port + " for " + app.environment(p)
        + " with backup from ";
    if (gemInstalled(p, "puma")) {
      p.stderr().println(stage + "Puma");
      p.stderr().flush();
      String env = p.env().getOrDefault("APP_ENV", p.env().getOrDefault("RACK_ENV", ""));
      return RubyServers.puma(p, host, port, env.isEmpty() ? "development" : env, r -> app.answer(p, r), ended);
    }
    if (gemInstalled(p, "webrick")) {
      RubyServers.webrickCreated(p);
      p.stderr().println(stage + "WEBrick");
      // Sinatra's own INT/TERM traps call quit!, which says its line before WEBrick's loop ends.
      return RubyServers.webrickStart(p, host.equals("0.0.0.0") ? null : host, port, r -> app.answer(p, r), () -> { },
          s -> {
            ended.run();
            RubyServers.webrickStopped(p);
            return 0;
          });
    }
    String gems = "/usr/local/bundle/gems/";
    p.stderr().println(gems + "rackup-2.2.1/lib/rackup/handler.rb:81:in `pick': Couldn't find handler for: puma, falcon, thin,"
        + " webrick. (LoadError)");
    p.stderr().println("\tfrom " + gems + "sinatra-" + SinatraApp.VERSION + "/lib/sinatra/base.rb:1627:in `run!'");
    p.stderr().println("\tfrom " + gems + "sinatra-" + SinatraApp.VERSION + "/lib/sinatra/main.rb:47:in `block in <module:Sinatra>'");
    return 1;
  }

  /**
   * ruby -run -e httpd [DIR] [-p PORT] [-b ADDR]: un.rb's httpd, WEBrick serving DIR (default ".") on
   * PORT (default 8080), its StartCallback naming the URLs; without the webrick gem (a bundled gem no
   * more since Ruby 3.0) it aborts with un.rb's advice. It traps TERM and QUIT, and HUP and INT when
   * stdin is a terminal.
   */
  static int httpd(Proc p, List<String> args) {
    if (!gemInstalled(p, "webrick")) {
      p.stderr().println("webrick is not found. You may need to `gem install webrick` to install webrick.");
      return 1;
    }
    int port = 8080;
    String bind = null;
    String root = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.size() ? args.get(i + 1) : "";
      if (a.equals("-p") || a.startsWith("--port")) {
        if (!v.matches("\\d+")) {
          return Scripts.unsupported(p, "ruby", "httpd --port " + v);
        }
        port = Integer.parseInt(v);
        i += a.contains("=") ? 0 : 1;
      } else if (a.equals("-b") || a.startsWith("--bind-address")) {
        bind = v;
        i += a.contains("=") ? 0 : 1;
      } else if (!a.startsWith("-") && root == null) {
        root = a;
      } else {
        return Scripts.unsupported(p, "ruby", "httpd " + a);
      }
    }
    if (!RubyServers.servable(bind)) {
      return Scripts.unsupported(p, "ruby", "httpd --bind-address=" + bind);
    }
    int listen = port;
    boolean tty = p.stdinIsTerminal();
    String shown = bind;
    RubyServers.webrickCreated(p);
    return RubyServers.webrickStart(p, bind, port, RubyServers.files(p, p.fs().absolute(root == null ? "." : root), port), () -> {
      RubyServers.info(p, "To access this server, open this URL in a browser:");
      // Socket.tcp_server_sockets(nil, port) listens on [::] then 0.0.0.0; connect_address names their loopbacks.
      if (shown == null || shown.equals("::") || shown.equals("[::]")) {
        RubyServers.info(p, "    http://[::1]:" + listen);
      }
      if (shown == null || !shown.contains(":")) {
        RubyServers.info(p, "    http://" + (shown == null || shown.equals("0.0.0.0") ? "127.0.0.1"
            : shown.equals("localhost") ? "127.0.0.1" : shown) + ":" + listen);
      }
    }, s -> {
      if (s == Signal.SIGTERM || tty) {
        RubyServers.webrickStopped(p);
        return 0;
      }
      // un.rb 0.3.0 (Ruby 3.3's): s.start at line 374 in setup's block, setup's yield at 71, httpd's setup call at 326.
      String un = "/usr/local/lib/ruby/3.3.0/un.rb:";
      return RubyServers.webrickInterrupted(p, s, un + "374:in `block in httpd'", un + "71:in `setup'",
          un + "326:in `httpd'", "-e:1:in `<main>'");
    });
  }

  static boolean gemInstalled(Proc p, String name) {
    String home = p.env().getOrDefault("GEM_HOME", "/usr/local/bundle");
    try {
      return p.fs().exists(home + "/gems") && p.fs().list(home + "/gems").stream().anyMatch(g -> g.startsWith(name + "-"));
    } catch (dev.kujira.engine.fs.FsException e) {
      return false;
    }
  }

  /** Ruby 3.3's uncaught LoadError from Kernel#require (RubyGems' kernel_require.rb wraps it). */
  static void loadError(Proc p, String file, int n, String lib) {
    String where = "<internal:/usr/local/lib/ruby/3.3.0/rubygems/core_ext/kernel_require.rb>:136:in `require'";
    p.stderr().println(where + ": cannot load such file -- " + lib + " (LoadError)");
    p.stderr().println("\tfrom " + where);
    p.stderr().println("\tfrom " + file + ":" + (n + 1) + ":in `<main>'");
  }

}
