package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.NetworkView.HttpResult;
import dev.kujira.engine.process.Proc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * curl 7.88.1 as Debian 12 ships it (the host's and the one apt installs; apk's is 8.x but prints
 * the same for these options): -s, -S, -o FILE, -w '%{http_code}', -i/--include, -I/--head,
 * -v/--verbose, -L/--location, -f/--fail, --version. Response headers are the status line, the
 * server's own (Server, Location…) and Content-Length (Date, ETag and the like are not modelled).
 */
final class Curl {
  private static final Map<String, String> LONG = Map.ofEntries(Map.entry("--silent", "-s"),
      Map.entry("--show-error", "-S"), Map.entry("--output", "-o"), Map.entry("--write-out", "-w"),
      Map.entry("--include", "-i"), Map.entry("--head", "-I"), Map.entry("--verbose", "-v"),
      Map.entry("--location", "-L"), Map.entry("--fail", "-f"), Map.entry("--request", "-X"),
      Map.entry("--header", "-H"), Map.entry("--data", "-d"), Map.entry("--version", "-V"));
  static final String VERSION = "curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 OpenSSL/3.0.15 zlib/1.2.13 "
      + "brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 "
      + "librtmp/2.3 OpenLDAP/2.5.13\nRelease-Date: 2023-02-20, security patched: 7.88.1-10+deb12u8\n"
      + "Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtsp "
      + "scp sftp smb smbs smtp smtps telnet tftp\nFeatures: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy "
      + "IDN IPv6 Kerberos Largefile libz NTLM NTLM_WB PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd\n";

  private Curl() {
  }

  static int run(Proc p, List<String> argv) {
    List<String> args = new ArrayList<>();
    args.add(argv.get(0));
    for (String a : argv.subList(1, argv.size())) {
      String key = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
      if (a.startsWith("--") && !LONG.containsKey(key)) {
        p.stderr().println("curl: option " + a + ": is unknown");
        p.stderr().println("curl: try 'curl --help' or 'curl --manual' for more information");
        return 2;
      }
      args.add(LONG.getOrDefault(key, a));
      if (!key.equals(a)) {
        args.add(a.substring(a.indexOf('=') + 1));
      }
    }
    Applet.Opts o = Applet.parse(args, "owXHd");
    if (o.has('V')) {
      p.stdout().print(VERSION);
      return 0;
    }
    if (o.operands.isEmpty()) {
      p.stderr().println("curl: try 'curl --help' or 'curl --manual' for more information");
      return 2;
    }
    boolean quiet = o.has('s') && !o.has('S');
    String out = o.get('o', null);
    boolean tty = p.stdoutColumns() > 0;
    // The body goes to the terminal only without -o and with a terminal as standard output.
    boolean bodyOnTerminal = tty && (out == null || out.equals("-"));
    CurlTrace trace = new CurlTrace(p.stderr(), o.has('v'), !o.has('s') && !bodyOnTerminal);
    String target = o.operands.get(0);
    String connected = null;
    int connections = 0;
    trace.start();
    for (int hops = 0; ; hops++) {
      Url url = Url.parse(target);
      if (url.scheme().equals("file")) {
        trace.end(-1, 0);
        return file(p, o, quiet, target.replaceFirst("^[A-Za-z]+://[^/]*", ""));
      }
      if (!url.scheme().matches("https?")) {
        trace.end(-1, 0);
        return error(p, quiet, 1, "Protocol \"" + url.scheme() + "\" not supported or disabled in libcurl");
      }
      if (url.port() < 0) {
        trace.end(-1, 0);
        return error(p, quiet, 3, "URL using bad/illegal format or missing URL");
      }
      Optional<String> ip = url.host().matches("\\d+\\.\\d+\\.\\d+\\.\\d+") ? Optional.of(url.host())
          : p.network().resolve(url.host());
      if (ip.isEmpty()) {
        trace.info("Could not resolve host: " + url.host());
        trace.end(-1, 0);
        trace.info("Closing connection " + connections);
        return error(p, quiet, 6, "Could not resolve host: " + url.host());
      }
      String hostPort = url.host() + ":" + url.port();
      String hostHeader = url.host() + (url.port() == 80 ? "" : ":" + url.port());
      String method = o.has('I') ? "HEAD" : o.get('X', o.has('d') ? "POST" : "GET");
      if (hostPort.equals(connected)) {
        trace.info("Found bundle for host: 0x55d0c7a3b2f0 [serially]");
        trace.info("Can not multiplex, even if we wanted to");
        trace.info("Re-using existing connection #" + (connections - 1) + " with host " + url.host());
      } else {
        trace.info("  Trying " + ip.get() + ":" + url.port() + "...");
      }
      HttpResult r = p.network().http(ip.get(), url.port(), new NetworkView.Request(method, url.path(),
          hostHeader, "", "curl/7.88.1"));
      if (r.kind() != HttpResult.Kind.ANSWERED && r.kind() != HttpResult.Kind.RESET) {
        // curl resolves localhost itself to 127.0.0.1 and ::1 (since 7.78) and tries both in turn.
        trace.info("connect to " + ip.get() + " port " + url.port() + " failed: Connection refused");
        if (url.host().equals("localhost")) {
          trace.info("  Trying [::1]:" + url.port() + "...");
          trace.info("connect to ::1 port " + url.port() + " failed: Connection refused");
        }
        trace.info("Failed to connect to " + url.host() + " port " + url.port() + " after 0 ms: Couldn't connect to server");
        trace.end(-1, 0);
        trace.info("Closing connection " + connections);
        return error(p, quiet, 7, "Failed to connect to " + url.host() + " port " + url.port()
            + " after 0 ms: Couldn't connect to server");
      }
      if (!hostPort.equals(connected)) {
        trace.info("Connected to " + url.host() + " (" + ip.get() + ") port " + url.port() + " (#" + connections + ")");
        connected = hostPort;
        connections++;
      }
      trace.request(List.of(method + " " + url.path() + " HTTP/1.1", "Host: " + hostHeader, "User-Agent: curl/7.88.1",
          "Accept: */*"));
      if (r.kind() == HttpResult.Kind.RESET) {
        // Through docker-proxy to a port nothing in the container accepts, recorded on Docker 26.1:
        // "(56) Recv failure: Connection reset by peer" or, as the race goes, "(52) Empty reply from server".
        trace.info("Recv failure: Connection reset by peer");
        trace.end(-1, 0);
        trace.info("Closing connection " + (connections - 1));
        return error(p, quiet, 56, "Recv failure: Connection reset by peer");
      }
      boolean head = o.has('I');
      List<String> headers = new ArrayList<>();
      headers.add("HTTP/1.1 " + r.status() + " " + r.reason());
      headers.addAll(r.headers());
      if (r.headers().stream().noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))) {
        headers.add("Content-Length: " + r.body().length); // a server that names its own keeps its place in the order
      }
      trace.response(headers);
      if (head || o.has('i')) {
        printHeaders(p, headers, tty);
      }
      boolean close = r.headers().stream().anyMatch(h -> h.equalsIgnoreCase("Connection: close"));
      Optional<String> location = r.headers().stream().filter(h -> h.regionMatches(true, 0, "Location: ", 0, 10))
          .map(h -> h.substring(10)).findFirst();
      if (o.has('L') && r.status() / 100 == 3 && location.isPresent()) {
        trace.info("Connection #" + (connections - 1) + " to host " + url.host() + " left intact");
        if (hops >= 50) {
          trace.end(-1, 0);
          return error(p, quiet, 47, "Maximum (50) redirects followed");
        }
        String next = location.get();
        target = next.matches("https?://.*") ? next : url.scheme() + "://" + url.host() + ":" + url.port()
            + (next.startsWith("/") ? next : "/" + next);
        trace.info("Issue another request to this URL: '" + target.replace(":80/", "/") + "'");
        continue;
      }
      if (o.has('f') && r.status() >= 400) {
        trace.info("The requested URL returned error: " + r.status());
        trace.end(-1, 0);
        trace.info("Closing connection " + (connections - 1));
        return error(p, quiet, 22, "The requested URL returned error: " + r.status());
      }
      if (!head) {
        if (!bodyOnTerminal) {
          trace.data(r.body().length);
        }
        if (out == null || out.equals("-")) {
          p.stdout().write(r.body(), 0, r.body().length);
        } else if (!out.equals("/dev/null")) {
          p.fs().write(out, r.body(), false);
        }
      }
      p.stdout().flush();
      long total = headers.stream().filter(h -> h.regionMatches(true, 0, "Content-Length: ", 0, 16))
          .map(h -> h.substring(16).trim()).filter(v -> v.matches("\\d{1,18}"))
          .map(Long::parseLong).findFirst().orElse((long) r.body().length);
      trace.end(total, head ? 0 : r.body().length);
      trace.info(close ? "Closing connection " + (connections - 1)
          : "Connection #" + (connections - 1) + " to host " + url.host() + " left intact");
      String w = o.get('w', null);
      if (w != null) {
        p.stdout().print(dev.kujira.engine.shell.Printf.escapes(w.replace("%{http_code}",
            String.valueOf(r.status()))));
      }
      p.stdout().flush();
      return 0;
    }
  }

  /**
   * Prints the response's header block ({@code -i}, {@code -I}) with the wire's CRLF; on a
   * terminal curl 7.88 shows each header's name in bold (its styled output, tool_cb_hdr.c).
   */
  private static void printHeaders(Proc p, List<String> headers, boolean tty) {
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      int colon = h.indexOf(':');
      if (tty && i > 0 && colon > 0) {
        h = "\u001b[1m" + h.substring(0, colon) + "\u001b[0m" + h.substring(colon);
      }
      p.stdout().print(h + "\r\n");
    }
    p.stdout().print("\r\n");
  }

  /** curl's file:// scheme reads the (simulated) file; a missing one is error 37, as curl 7.88 prints it. */
  private static int file(Proc p, Applet.Opts o, boolean quiet, String path) {
    byte[] body;
    try {
      body = p.fs().read(path.isEmpty() ? "/" : path);
    } catch (RuntimeException e) {
      return error(p, quiet, 37, "Couldn't open file " + path);
    }
    String out = o.get('o', null);
    if (out == null || out.equals("-")) {
      p.stdout().write(body, 0, body.length);
      p.stdout().flush();
    } else if (!out.equals("/dev/null")) {
      p.fs().write(out, body, false);
    }
    return 0;
  }

  /** Prints curl's "curl: (N) message" unless silenced, and returns N. */
  private static int error(Proc p, boolean quiet, int code, String message) {
    if (!quiet) {
      p.stderr().println("curl: (" + code + ") " + message);
    }
    return code;
  }
}
