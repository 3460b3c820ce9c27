package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Signal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * PHP's built-in web server, {@code php -S ADDR:PORT [-t DOCROOT]} (sapi/cli/php_cli_server.c,
 * PHP 8.3): its log goes to stderr as {@code [asctime] message}: the "Development Server …
 * started" line, then for each request "ADDR:PORT Accepted", "ADDR:PORT [STATUS]: METHOD URI"
 * (with " - No such file or directory" on a 404) and "ADDR:PORT Closing". "/" serves index.php,
 * then index.html; .php files run through {@link PhpScript}; the answers carry Host, Date and
 * {@code Connection: close} as append_essential_headers writes them. Ctrl-C (its SIGINT handler)
 * ends it with 0; SIGTERM has no handler, so as a container's PID 1 it ignores docker stop's
 * TERM and is killed after the grace period. A router script is not modelled. The client's port in
 * the log lines is a counter here (the kernel picks an ephemeral one).
 */
final class PhpServer {
  private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss", Locale.ROOT);
  private static final String CSS = "<style>\n"
      + "body { background-color: #fcfcfc; color: #333333; margin: 0; padding:0; }\n"
      + "h1 { font-size: 1.5em; font-weight: normal; background-color: #9999cc; min-height:2em; line-height:2em;"
      + " border-bottom: 1px inset black; margin: 0; }\n"
      + "h1, p { padding-left: 10px; }\n"
      + "code.url { background-color: #eeeeee; font-family:monospace; padding:0 2px;}\n"
      + "</style>\n";

  private final Proc p;
  private final String version;
  private final String docroot;
  private int nextPort = 41000;

  private PhpServer(Proc p, String version, String docroot) {
    this.p = p;
    this.version = version;
    this.docroot = docroot;
  }

  /** Runs {@code php -S …}; {@code argv} is php's whole command line. */
  static int run(Proc p, String version, List<String> argv) {
    String listen = null;
    String root = p.fs().cwd();
    String rootArg = null;
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("-S") && i + 1 < argv.size()) {
        listen = argv.get(++i);
      } else if (a.startsWith("-S") && a.length() > 2) {
        listen = a.substring(2);
      } else if (a.equals("-t") && i + 1 < argv.size()) {
        rootArg = argv.get(++i);
        root = p.fs().absolute(rootArg);
      } else {
        return Scripts.unsupported(p, "php", "php -S with " + a + " (a router script or another option)");
      }
    }
    if (listen == null || !listen.matches("[^:]*:\\d+")) {
      p.stderr().println("Invalid address: " + listen);
      return 1;
    }
    String host = listen.substring(0, listen.lastIndexOf(':'));
    int port = Integer.parseInt(listen.substring(listen.lastIndexOf(':') + 1));
    if (!p.fs().exists(root)) {
      p.stderr().println("Directory " + rootArg + " does not exist.");
      return 1;
    }
    if (!host.equals("0.0.0.0") && !host.equals("localhost") && !host.equals("127.0.0.1")) {
      return Scripts.unsupported(p, "php", "php -S on the address " + host);
    }
    PhpServer server = new PhpServer(p, version, root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1)
        : root);
    server.log("PHP " + version + " Development Server (http://" + listen + ") started");
    return Scripts.serve(p, port, !host.equals("0.0.0.0"), server::answer, Set.of(Signal.SIGINT), () -> 0);
  }

  private void log(String message) {
    p.stderr().println("[" + ASCTIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC)) + "] " + message);
    p.stderr().flush();
  }

  private NetworkView.HttpResult answer(NetworkView.Request r) {
    String client = r.client() + ":" + nextPort++;
    log(client + " Accepted");
    String uri = r.path().isEmpty() ? "/" : r.path();
    String path = uri.split("\\?")[0];
    Optional<String> file = resolve(path);
    NetworkView.HttpResult res;
    if (file.isEmpty()) {
      String body = "<!doctype html><html><head><title>404 Not Found</title>" + CSS + "</head><body><h1>Not Found</h1>"
          + "<p>The requested resource <code class=\"url\">" + path + "</code> was not found on this server.</p></body></html>";
      res = new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, 404, "Not Found",
          body.getBytes(StandardCharsets.UTF_8), headers(r, "Content-Type: text/html; charset=UTF-8"));
      log(client + " [404]: " + r.method() + " " + uri + " - No such file or directory");
    } else if (file.get().endsWith(".php")) {
      StringBuilder out = new StringBuilder();
      Optional<String> error = PhpScript.render(p, version, Scripts.read(p, file.get()).orElse(""), out, file.get());
      error.ifPresent(e -> Scripts.unsupported(p, "php", e));
      res = new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, 200, "OK",
          out.toString().getBytes(StandardCharsets.UTF_8),
          headers(r, "X-Powered-By: PHP/" + version, "Content-type: text/html; charset=UTF-8"));
      log(client + " [200]: " + r.method() + " " + uri);
    } else {
      byte[] body = Scripts.read(p, file.get()).orElse("").getBytes(StandardCharsets.UTF_8);
      res = new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, 200, "OK", body,
          headers(r, "Content-Type: " + mime(file.get()), "Content-Length: " + body.length));
      log(client + " [200]: " + r.method() + " " + uri);
    }
    log(client + " Closing");
    return res;
  }

  /** The file a path names: itself, or a folder's index.php, then index.html. */
  private Optional<String> resolve(String path) {
    String f = docroot + path;
    if (p.fs().exists(f) && !p.fs().stat(f).isDirectory()) {
      return Optional.of(f);
    }
    String dir = f.endsWith("/") ? f : f + "/";
    return List.of("index.php", "index.html").stream().map(i -> dir + i).filter(i -> p.fs().exists(i)).findFirst();
  }

  private List<String> headers(NetworkView.Request r, String... more) {
    List<String> h = new ArrayList<>();
    h.add("Host: " + r.host());
    h.add("Date: " + HTTP_DATE.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC)) + " GMT");
    h.add("Connection: close");
    h.addAll(List.of(more));
    return h;
  }

  /** A few entries of the server's mime table (php_cli_server_mime_type_ctor). */
  private static String mime(String file) {
    String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "html", "htm" -> "text/html; charset=UTF-8";
      case "css" -> "text/css; charset=UTF-8";
      case "js" -> "text/javascript; charset=UTF-8";
      case "json" -> "application/json";
      case "txt" -> "text/plain; charset=UTF-8";
      case "png" -> "image/png";
      case "jpg", "jpeg" -> "image/jpeg";
      default -> "application/octet-stream";
    };
  }
}
