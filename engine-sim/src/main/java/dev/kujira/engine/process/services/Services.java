package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.Suspend;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Registers the service programs by the names the catalog's executables use. */
public final class Services {

  private Services() {
  }

  /** Returns the service programs by name. */
  public static Map<String, Program> all() {
    Map<String, Program> m = new LinkedHashMap<>();
    m.put("hello", (p, a) -> {
      p.stdout().print(HELLO);
      return 0;
    });
    Nginx.addTo(m);
    m.put("httpd", Httpd.program("2.4.62"));
    m.put("wordpress", WordPress.server(daemon(Set.of(Signal.SIGWINCH, Signal.SIGTERM, Signal.SIGINT), List.of())));
    m.put("redis-server", Redis.server("7.4.1"));
    // The image's config.yml says `addr: :5000`; the registry answers the distribution API there.
    m.put("registry", serve(daemon(Set.of(Signal.SIGTERM, Signal.SIGINT), List.of()), 5000,
        p -> new RegistryServer(p.fs())));
    m.put("postgres", PgServer.program());
    m.put("psql", Psql::run);
    m.put("postgres-entrypoint", PgEntrypoint::run);
    m.put("mysqld", MysqlServer.wrap(Mysqld.program()));
    m.putAll(DataServices.clients());
    m.put("database-entrypoint", MysqlEntrypoint::run);
    m.put("rackup", RubyRack.program(false));
    m.put("puma", RubyRack.program(true));
    m.put("irb", interpreter("irb 1.13.1 (2024-05-05)", ""));
    Languages.addTo(m);
    return m;
  }

  /** A foreground daemon: prints its start lines, then runs until one of its stop signals. */
  static Program daemon(Set<Signal> stopSignals, List<String> startLines) {
    return (p, argv) -> {
      for (Signal s : stopSignals) {
        p.handle(s, true);
      }
      String time = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
      for (String line : startLines) {
        p.stdout().println(line.replace("%TIME%", time).replace("%IP%", "172.17.0.2"));
      }
      p.stdout().flush();
      // An event, not a loop: detached, the daemon holds no thread until a stop signal comes.
      return p.awaitStop(stopSignals::contains);
    };
  }

  /** Answers on {@code port} with the handler {@code handler} makes, while {@code inner} runs. */
  static Program serve(Program inner, int port,
      java.util.function.Function<Proc, dev.kujira.engine.process.NetworkView.HttpHandler> handler) {
    return (p, argv) -> {
      p.network().listen(port, handler.apply(p));
      return Suspend.call(() -> inner.run(p, argv), o -> {
        try {
          return o.get();
        } finally {
          p.network().unlisten(port);
        }
      });
    };
  }

  /** A language runtime: --version prints its version; without a terminal its REPL reads EOF and ends. */
  static Program interpreter(String version, String banner) {
    return (p, argv) -> {
      if (argv.size() > 1 && (argv.get(1).equals("--version") || argv.get(1).equals("-v") || argv.get(1).equals("-V"))) {
        p.stdout().println(version);
        return 0;
      }
      if (argv.size() > 1) {
        p.stderr().println(argv.get(0) + ": running programs is not simulated by kujira yet");
        return 1;
      }
      return 0;
    };
  }

  static final String HELLO = String.join("\n",
      "",
      "Hello from Docker!",
      "This message shows that your installation appears to be working correctly.",
      "",
      "To generate this message, Docker took the following steps:",
      " 1. The Docker client contacted the Docker daemon.",
      " 2. The Docker daemon pulled the \"hello-world\" image from the Docker Hub.",
      "    (amd64)",
      " 3. The Docker daemon created a new container from that image which runs the",
      "    executable that produces the output you are currently reading.",
      " 4. The Docker daemon streamed that output to the Docker client, which sent it",
      "    to your terminal.",
      "",
      "To try something more ambitious, you can run an Ubuntu container with:",
      " $ docker run -it ubuntu bash",
      "",
      "Share images, automate workflows, and more with a free Docker ID:",
      " https://hub.docker.com/",
      "",
      "For more examples and ideas, visit:",
      " https://docs.docker.com/get-started/",
      "",
      "");
}
