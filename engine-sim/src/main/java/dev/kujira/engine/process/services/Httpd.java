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
          List<String> headers = new ArrayList<>(res.headers());
          headers.add(0, "Server: Apache/" + version + " (Unix)");
          return new NetworkView.HttpResult(res.kind(), res.status(), res.reason(), res.body(), headers);
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

  private static void notice(Proc p, String module, String text) {
    String time = ERROR_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
    p.stderr().println("[" + time + "] [" + module + ":notice] [pid " + p.pid() + ":tid " + TID + "] " + text);
  }
}
