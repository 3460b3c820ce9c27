package dev.kujira.engine.process.services;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.Suspend;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the script models of python3 and node share: reading the script, the literals they can
 * run, the one {@code kujira:} line that ends a script the model cannot run, and serving HTTP
 * on the container's network until a stop signal, the way the image's other daemons do.
 */
final class Scripts {
  /** The request-log time of http.server and Werkzeug: BaseHTTPRequestHandler.log_date_time_string. */
  static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy HH:mm:ss", Locale.ROOT);

  private Scripts() {
  }

  /** Returns the script's text, or empty when there is no such file. */
  static Optional<String> read(Proc p, String path) {
    try {
      if (!p.fs().exists(path) || !p.fs().stat(path).isFile()) {
        return Optional.empty();
      }
      return Optional.of(new String(p.fs().read(path), StandardCharsets.UTF_8));
    } catch (FsException e) {
      return Optional.empty();
    }
  }

  /** Returns whether {@code path} is a file or a directory. */
  static boolean exists(Proc p, String path) {
    try {
      return p.fs().exists(path);
    } catch (FsException e) {
      return false;
    }
  }

  /**
   * Parses one string literal ('…', "…", or `…` for JavaScript) that makes up all of
   * {@code text}; a Python f-string or a template literal counts only without replacement
   * fields (unless {@code vars} names them), since the model evaluates no expressions.
   */
  static Optional<String> literal(String text, java.util.Map<String, String> vars) {
    String t = text.strip();
    boolean formatted = false;
    if (t.length() > 1 && (t.charAt(0) == 'f' || t.charAt(0) == 'F') && (t.charAt(1) == '"' || t.charAt(1) == '\'')) {
      formatted = true;
      t = t.substring(1);
    }
    if (t.length() < 2) {
      return Optional.empty();
    }
    char q = t.charAt(0);
    if ((q != '"' && q != '\'' && q != '`') || t.charAt(t.length() - 1) != q) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < t.length() - 1; i++) {
      char c = t.charAt(i);
      if (c == q) {
        return Optional.empty(); // two literals, or a concatenation: an expression
      }
      if (c == '\\' && i + 1 < t.length() - 1) {
        char n = t.charAt(++i);
        sb.append(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> n;
        });
        continue;
      }
      boolean field = (formatted && c == '{') || (q == '`' && c == '$' && i + 1 < t.length() && t.charAt(i + 1) == '{');
      if (field) {
        int end = t.indexOf('}', i);
        String name = end < 0 ? "" : t.substring(i + (q == '`' ? 2 : 1), end).strip();
        if (!vars.containsKey(name)) {
          return Optional.empty();
        }
        sb.append(vars.get(name));
        i = end;
        continue;
      }
      sb.append(c);
    }
    return Optional.of(sb.toString());
  }

  /** Ends a script at a line the model cannot run: one clear line on stderr, status 1, never a silent skip. */
  static int unsupported(Proc p, String program, String file, int line, String text) {
    p.stderr().println("kujira: " + program + ": " + file + " line " + line + " is not simulated: " + text.strip());
    p.stderr().flush();
    return 1;
  }

  /** Ends a command line the model cannot run (an option, a module): one kujira: line, status 1. */
  static int unsupported(Proc p, String program, String what) {
    p.stderr().println("kujira: " + program + ": " + what + " is not simulated");
    p.stderr().flush();
    return 1;
  }

  /** Returns the container's own address (eth0), as servers that list their addresses print it. */
  static String ownAddress(Proc p) {
    for (NetworkView.Iface i : p.network().interfaces()) {
      if (!i.name().equals("lo") && !i.address().isEmpty()) {
        return i.address();
      }
    }
    return "127.0.0.1";
  }

  /** Returns now in the request-log format. */
  static String logTime(Proc p) {
    return LOG_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
  }

  /**
   * Listens on {@code port} until a handled signal {@code stop} accepts, then runs
   * {@code onStop}. Bound to 127.0.0.1, only connections from inside the container arrive:
   * the others are refused, which a published port turns into the proxy's reset (recorded:
   * docker-proxy accepts, then its connect to the container's address fails).
   */
  static int serve(Proc p, int port, boolean loopbackOnly, Function<NetworkView.Request, NetworkView.HttpResult> handler,
      Set<Signal> stop, java.util.function.IntSupplier onStop) {
    return serve(p, port, loopbackOnly, handler, stop, s -> onStop.getAsInt());
  }

  /** As {@link #serve(Proc, int, boolean, Function, Set, java.util.function.IntSupplier)}, told which signal stopped it. */
  static int serve(Proc p, int port, boolean loopbackOnly, Function<NetworkView.Request, NetworkView.HttpResult> handler,
      Set<Signal> stop, java.util.function.ToIntFunction<Signal> onStop) {
    Signal[] came = new Signal[1];
    for (Signal s : stop) {
      p.handle(s, true);
    }
    p.network().listen(port, new NetworkView.HttpHandler() {
      @Override
      public NetworkView.HttpResult get(String path) {
        return handle(new NetworkView.Request("GET", path, "localhost", "127.0.0.1", "-"));
      }

      @Override
      public NetworkView.HttpResult handle(NetworkView.Request r) {
        if (loopbackOnly && !r.client().startsWith("127.")) {
          return NetworkView.HttpResult.failed(NetworkView.HttpResult.Kind.REFUSED);
        }
        return handler.apply(r);
      }
    });
    // An event, not a loop: detached, the server holds no thread until its stop signal comes.
    return Suspend.call(() -> p.awaitStop(s -> {
      came[0] = s;
      return stop.contains(s);
    }), done -> {
      try {
        done.get();
        return onStop.applyAsInt(came[0]);
      } finally {
        p.network().unlisten(port);
      }
    });
  }

  /** Returns a 200/404… answer with {@code body} and the header lines given. */
  static NetworkView.HttpResult answer(int status, String reason, String body, List<String> headers) {
    return new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, status, reason,
        body.getBytes(StandardCharsets.UTF_8), headers);
  }
}
