package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.WebRoot;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The httpd image's server (docker-library/httpd 2.4, mpm_event): httpd-foreground runs
 * {@code httpd -DFOREGROUND}; the image's httpd.conf sends ErrorLog to /proc/self/fd/2 and
 * CustomLog (the {@code common} format: no referer or user agent) to /proc/self/fd/1. At start
 * the AH00558 line comes twice (the config is read twice, once to check it and once to run it),
 * then AH00489 and AH00094; the image's STOPSIGNAL SIGWINCH is the graceful stop (AH00492),
 * SIGTERM/SIGINT the hard one (AH00491). Workers are not processes here, so the thread id in
 * the error log is one fixed number.
 */
final class Httpd {
  private static final DateTimeFormatter ERROR_TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss.SSSSSS yyyy", Locale.ROOT);
  private static final DateTimeFormatter ACCESS_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
  private static final String ROOT = "/usr/local/apache2/htdocs";
  /** The main thread's id as glibc shows it (pthread_self), fixed here as threads are not simulated. */
  private static final String TID = "140089425819528";
  private static final Set<Signal> STOP = Set.of(Signal.SIGWINCH, Signal.SIGTERM, Signal.SIGINT);

  private Httpd() {
  }

  /** Returns httpd; its version is the image's HTTPD_VERSION, else {@code fallback}. */
  static Program program(String fallback) {
    return (p, argv) -> {
      String version = p.env().getOrDefault("HTTPD_VERSION", fallback);
      if (argv.size() > 1 && (argv.get(1).equals("-v") || argv.get(1).equals("-V"))) {
        p.stdout().println("Server version: Apache/" + version + " (Unix)");
        p.stdout().println("Server built:   Nov 12 2024 01:02:03");
        return 0;
      }
      String fqdn = "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using "
          + Scripts.ownAddress(p) + ". Set the 'ServerName' directive globally to suppress this message";
      p.stderr().println(fqdn);
      p.stderr().println(fqdn);
      notice(p, "mpm_event", "AH00489: Apache/" + version + " (Unix) configured -- resuming normal operations");
      notice(p, "core", "AH00094: Command line: 'httpd -D FOREGROUND'");
      p.stderr().flush();
      for (Signal s : STOP) {
        p.handle(s, true);
      }
      WebRoot files = new WebRoot(p.fs(), ROOT, WebRoot.APACHE_404);
      p.network().listen(80, new NetworkView.HttpHandler() {
        @Override
        public NetworkView.HttpResult get(String path) {
          return files.get(path);
        }

        @Override
        public NetworkView.HttpResult handle(NetworkView.Request r) {
          NetworkView.HttpResult res = files.get(r.path());
          String time = ACCESS_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
          long sent = r.method().equals("HEAD") ? 0 : res.body().length;
          // The common format's %b: "-" for no body.
          p.stdout().println(r.client() + " - - [" + time + "] \"" + r.method() + " " + r.path() + " HTTP/1.1\" "
              + res.status() + " " + (sent == 0 ? "-" : String.valueOf(sent)));
          p.stdout().flush();
          return new NetworkView.HttpResult(res.kind(), res.status(), res.reason(), res.body(),
              headers(p, version, r.path(), res));
        }
      });
      return ServeUntil.signal(p, 80, STOP::contains, s -> {
        notice(p, "mpm_event", s == Signal.SIGWINCH ? "AH00492: caught SIGWINCH, shutting down gracefully"
            : "AH00491: caught " + s.name() + ", shutting down");
        p.stderr().flush();
        return 0;
      });
    };
  }

  /**
   * Apache's response headers in the order httpd writes them (ap_basic_http_header, then the
   * default handler's): Date, Server, then for a file Last-Modified, ETag (FileETag's default
   * MTime Size: the size, then the mtime in microseconds, both in hex, as in the well-known
   * {@code "2d-432a5e4a73a80"} of the image's index.html), Accept-Ranges, Content-Length and
   * Content-Type from mime.types; an error page carries Content-Length and
   * {@code text/html; charset=iso-8859-1}.
   */
  static List<String> headers(Proc p, String version, String path, NetworkView.HttpResult res) {
    DateTimeFormatter http = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT);
    List<String> h = new ArrayList<>();
    h.add("Date: " + http.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC)));
    h.add("Server: Apache/" + version + " (Unix)");
    if (res.status() != 200) {
      h.add("Content-Length: " + res.body().length);
      h.add("Content-Type: text/html; charset=iso-8859-1");
      return h;
    }
    String file = ROOT + (path.isEmpty() ? "/" : path.split("\\?")[0]);
    long mtimeMillis;
    try {
      if (p.fs().stat(file).isDirectory()) {
        file = file.replaceAll("/+$", "") + "/index.html";
      }
      mtimeMillis = p.fs().stat(file).mtime();
    } catch (dev.kujira.engine.fs.FsException e) {
      mtimeMillis = p.now();
    }
    h.add("Last-Modified: " + http.format(Instant.ofEpochMilli(mtimeMillis).atOffset(ZoneOffset.UTC)));
    h.add("ETag: \"" + Integer.toHexString(res.body().length) + "-" + Long.toHexString(mtimeMillis * 1000) + "\"");
    h.add("Accept-Ranges: bytes");
    h.add("Content-Length: " + res.body().length);
    String ext = file.substring(file.lastIndexOf('.') + 1);
    String type = switch (ext) {
      case "html", "htm" -> "text/html";
      case "css" -> "text/css";
      case "txt" -> "text/plain";
      case "json" -> "application/json";
      case "png" -> "image/png";
      case "jpg", "jpeg" -> "image/jpeg";
      case "js" -> "application/javascript";
      default -> null; // no mime.types entry: Apache sends no Content-Type
    };
    if (type != null) {
      h.add("Content-Type: " + type);
    }
    return h;
  }

  private static void notice(Proc p, String module, String text) {
    String time = ERROR_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
    p.stderr().println("[" + time + "] [" + module + ":notice] [pid " + p.pid() + ":tid " + TID + "] " + text);
  }
}
