package dev.kujira.cli;

import dev.kujira.web.WebOptions;
import dev.kujira.web.WebServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@code kujira web [--host H] [--port P] [--lessons DIR] [--db URL] [--mirror]}: the web app
 * with the REPL of {@code ./kujira} as its terminal, until Ctrl-C. Completion codes are signed
 * with the class key of {@code ~/.kujira/class.key} ({@code kujira instructor key}), or with a
 * key made for this run when there is none. Sessions and progress are kept in the {@code --db}
 * database (SQLite in {@code ~/.kujira/kujira.db} by default; PostgreSQL shared by several servers).
 */
final class WebCommand {
  static final String USAGE = "Usage:  kujira web [--host ADDR] [--port N] [--lessons DIR] [--db URL] [--mirror]";

  private WebCommand() {
  }

  static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    WebOptions options = WebOptions.defaults(classKey(err));
    try {
      options = parse(args, options);
    } catch (IllegalArgumentException e) {
      err.println("kujira web: " + e.getMessage() + "\n" + USAGE);
      return 2;
    }
    if (options.mirror() && !options.loopback()) {
      err.println("kujira web: --mirror is only allowed on 127.0.0.1 (it reaches this machine's files and daemon)");
      return 2;
    }
    WebServer server;
    try {
      server = WebServer.start(options, new WebTerminal(Repl.Options.defaults()));
    } catch (RuntimeException e) {
      err.println("kujira web: cannot start: " + e.getMessage());
      return 1;
    }
    out.println("kujira web: serving on " + server.address(options.host()) + "  (Ctrl-C stops it)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  static WebOptions parse(List<String> args, WebOptions options) {
    WebOptions o = options;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value = i + 1 < args.size() ? args.get(i + 1) : null;
      switch (a) {
        case "--mirror" -> o = o.withMirror(true);
        case "--host", "--port", "--lessons", "--db" -> {
          if (value == null) {
            throw new IllegalArgumentException(a + " needs a value");
          }
          i++;
          o = switch (a) {
            case "--host" -> o.at(value, o.port());
            case "--port" -> o.at(o.host(), port(value));
            case "--lessons" -> o.withLessons(Path.of(value));
            default -> o.withDb(value);
          };
        }
        default -> throw new IllegalArgumentException("unknown option '" + a + "'");
      }
    }
    return o;
  }

  private static int port(String value) {
    try {
      int p = Integer.parseInt(value);
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--port needs a number from 0 to 65535, not '" + value + "'");
  }

  /** Returns the class key of ~/.kujira/class.key (as {@code kujira verify} reads it), or a key for this run. */
  private static byte[] classKey(PrintStream err) throws IOException {
    Path file = Path.of(System.getProperty("user.home"), ".kujira", "class.key");
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
    }
    byte[] raw = new byte[24];
    new SecureRandom().nextBytes(raw);
    err.println("kujira web: no class key (kujira instructor key makes one); completion codes use a key for this run");
    return HexFormat.of().formatHex(raw).getBytes(StandardCharsets.UTF_8);
  }
}
