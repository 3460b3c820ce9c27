package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.WebRoot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The php:*-apache images' {@code apache2-foreground}: Apache 2.4 with mod_php serving
 * /var/www/html on port 80, {@code DirectoryIndex index.php index.html} and
 * {@code Options -Indexes} (the image's docker-php.conf, docker-library/php), .php files run by
 * {@link PhpScript}; its error log on stderr and its access log (Debian's combined format) on
 * stdout, as the image links them to /dev/stderr and /dev/stdout. Startup lines as the image
 * prints them (AH00558 twice: once for the config test, once for the start); SIGWINCH is the
 * image's STOPSIGNAL, a graceful stop. The byte count of an access-log line is the body plus
 * the header block kujira sends, which may differ from Apache's by a few bytes.
 */
final class PhpApache {
  private static final DateTimeFormatter ERROR_TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss.SSSSSS yyyy", Locale.ROOT);
  private static final DateTimeFormatter ACCESS_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
  private static final String DOCROOT = "/var/www/html";
  private static final String APACHE = "Apache/2.4.62 (Debian)";

  private PhpApache() {
  }

  /** Returns apache2-foreground for PHP {@code version}. */
  static Program program(String version) {
    return (p, argv) -> {
      String ip = Scripts.ownAddress(p);
      String fqdn = "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using "
          + ip + ". Set the 'ServerName' directive globally to suppress this message";
      p.stderr().println(fqdn);
      p.stderr().println(fqdn);
      notice(p, "mpm_prefork", "AH00163: " + APACHE + " PHP/" + version + " configured -- resuming normal operations");
      notice(p, "core", "AH00094: Command line: 'apache2 -D FOREGROUND'");
      p.stderr().flush();
      WebRoot files = new WebRoot(p.fs(), DOCROOT, WebRoot.APACHE_404);
      return Scripts.serve(p, 80, false, r -> {
        NetworkView.HttpResult res = answer(p, files, version, r);
        String time = ACCESS_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
        long sent = (r.method().equals("HEAD") ? 0 : res.body().length) + 150 + String.join("\r\n", res.headers()).length();
        p.stdout().println(r.client() + " - - [" + time + "] \"" + r.method() + " " + r.path() + " HTTP/1.1\" "
            + res.status() + " " + sent + " \"-\" \"" + r.userAgent() + "\"");
        p.stdout().flush();
        return res;
      }, Set.of(Signal.SIGWINCH, Signal.SIGTERM, Signal.SIGINT), () -> {
        // The stop signal that came decides the words: SIGWINCH is httpd's graceful stop.
        notice(p, "mpm_prefork", "AH00170: caught SIGWINCH, shutting down gracefully");
        return 0;
      });
    };
  }

  private static void notice(dev.kujira.engine.process.Proc p, String module, String text) {
    String time = ERROR_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
    p.stderr().println("[" + time + "] [" + module + ":notice] [pid 1] " + text);
  }

  private static NetworkView.HttpResult answer(dev.kujira.engine.process.Proc p, WebRoot files, String version,
      NetworkView.Request r) {
    String path = r.path().split("\\?")[0];
    String file = DOCROOT + path;
    if (path.endsWith("/")) {
      Optional<String> index = List.of("index.php", "index.html").stream()
          .filter(i -> Scripts.exists(p, file + i)).findFirst();
      if (index.isEmpty()) {
        return Scripts.answer(403, "Forbidden", forbidden(path, r.host()), List.of("Server: " + APACHE,
            "Content-Type: text/html; charset=iso-8859-1"));
      }
      path = path + index.get();
    }
    if (path.endsWith(".php") && Scripts.read(p, DOCROOT + path).isPresent()) {
      StringBuilder out = new StringBuilder();
      Optional<String> error = PhpScript.render(p, version, Scripts.read(p, DOCROOT + path).get(), out, DOCROOT + path);
      if (error.isPresent()) {
        p.stderr().println("kujira: php: " + error.get() + " is not simulated");
      }
      return new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, 200, "OK",
          out.toString().getBytes(StandardCharsets.UTF_8), List.of("Server: " + APACHE, "X-Powered-By: PHP/" + version,
              "Content-Type: text/html; charset=UTF-8"));
    }
    NetworkView.HttpResult res = files.get(path);
    List<String> headers = new java.util.ArrayList<>(res.headers());
    headers.add(0, "Server: " + APACHE);
    return new NetworkView.HttpResult(res.kind(), res.status(), res.reason(), res.body(), headers);
  }

  private static String forbidden(String path, String host) {
    return "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>403 Forbidden</title>\n"
        + "</head><body>\n<h1>Forbidden</h1>\n<p>You don't have permission to access this resource.</p>\n<hr>\n"
        + "<address>" + APACHE + " Server at " + host.replaceAll(":\\d+$", "") + " Port 80</address>\n</body></html>\n";
  }
}
