package dev.kujira.engine.process.services;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Resolution;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.WebRoot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The nginx image (nginxinc/docker-nginx, 1.27.3 on bookworm): its docker-entrypoint.sh, which
 * runs /docker-entrypoint.d/ in order and reports each step on stdout unless
 * NGINX_ENTRYPOINT_QUIET_LOGS is set; its 10-listen-on-ipv6-by-default.sh, which adds
 * {@code listen [::]:80;} to default.conf; and nginx itself: the master's [notice] lines on
 * stderr (error_log is /dev/stderr), one access-log line per request on stdout in the
 * {@code main} format, and the shutdown lines on SIGQUIT (graceful) or SIGTERM/SIGINT (fast).
 * Two workers are shown, as on the two-CPU machine of the notes; the workers are not processes here.
 */
final class Nginx {
  private static final String SELF = "/docker-entrypoint.sh";
  private static final DateTimeFormatter ERROR_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
  private static final DateTimeFormatter ACCESS_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z",
      Locale.ROOT);
  private static final int[] WORKERS = {29, 30};

  private Nginx() {
  }

  static void addTo(Map<String, Program> m) {
    m.put("nginx", Nginx::server);
    m.put("nginx-entrypoint", Nginx::entrypoint);
    m.put("nginx-listen-ipv6", Nginx::listenIpv6);
    m.put("nginx-entrypoint-quiet", (p, argv) -> 0);
  }

  /** docker-entrypoint.sh: configures only when the command is nginx or nginx-debug, then execs it. */
  private static int entrypoint(Proc p, List<String> argv) {
    List<String> cmd = argv.subList(1, argv.size());
    boolean quiet = !p.env().getOrDefault("NGINX_ENTRYPOINT_QUIET_LOGS", "").isEmpty();
    java.io.PrintStream log = quiet ? new java.io.PrintStream(java.io.OutputStream.nullOutputStream()) : p.stdout();
    if (!cmd.isEmpty() && (cmd.get(0).equals("nginx") || cmd.get(0).equals("nginx-debug"))) {
      List<String> files = scripts(p);
      if (files.isEmpty()) {
        log.println(SELF + ": No files found in /docker-entrypoint.d/, skipping configuration");
      } else {
        log.println(SELF + ": /docker-entrypoint.d/ is not empty, will attempt to perform configuration");
        log.println(SELF + ": Looking for shell scripts in /docker-entrypoint.d/");
        for (String f : files) {
          boolean exec = executable(p, f);
          if (f.endsWith(".envsh") || f.endsWith(".sh")) {
            if (!exec) {
              log.println(SELF + ": Ignoring " + f + ", not executable");
              continue;
            }
            log.println(SELF + ": " + (f.endsWith(".sh") ? "Launching " : "Sourcing ") + f);
            log.flush();
            int status = run(p, f);
            if (status != 0) {
              return status; // set -e
            }
          } else {
            log.println(SELF + ": Ignoring " + f);
          }
        }
        log.println(SELF + ": Configuration complete; ready for start up");
      }
      log.flush();
    }
    if (cmd.isEmpty()) {
      return 0;
    }
    Resolution r = p.resolve(cmd.get(0));
    if (!r.isFound()) {
      p.stderr().println(SELF + ": exec: line 47: " + cmd.get(0) + ": not found");
      return 127;
    }
    // The script ends in exec "$@": nothing of it runs after nginx, so nginx may wait holding no thread.
    return p.exec(r.program(), new ArrayList<>(cmd), null, true);
  }

  private static List<String> scripts(Proc p) {
    List<String> out = new ArrayList<>();
    try {
      for (String name : p.fs().list("/docker-entrypoint.d")) {
        if (p.fs().stat("/docker-entrypoint.d/" + name).isFile()) {
          out.add("/docker-entrypoint.d/" + name);
        }
      }
    } catch (FsException e) {
      return out;
    }
    out.sort(null);
    return out;
  }

  private static boolean executable(Proc p, String path) {
    Stat s = p.fs().stat(path);
    return (s.mode() & 0111) != 0;
  }

  private static int run(Proc p, String path) {
    Resolution r = p.resolve(path);
    if (!r.isFound()) {
      return 0;
    }
    try {
      return p.child(p.env(), p.stdin(), p.stdout(), p.stderr()).exec(r.program(), List.of(path), null);
    } catch (ProcessKilled k) {
      return k.exitStatus();
    }
  }

  /** 10-listen-on-ipv6-by-default.sh: adds an IPv6 listen line to an unmodified default.conf. */
  private static int listenIpv6(Proc p, List<String> argv) {
    String me = "10-listen-on-ipv6-by-default.sh";
    // Its entrypoint_log is silent under NGINX_ENTRYPOINT_QUIET_LOGS too.
    java.io.PrintStream log = p.env().getOrDefault("NGINX_ENTRYPOINT_QUIET_LOGS", "").isEmpty() ? p.stdout()
        : new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    String conf = "/etc/nginx/conf.d/default.conf";
    String text;
    try {
      text = new String(p.fs().read(conf), StandardCharsets.UTF_8);
    } catch (FsException e) {
      log.println(me + ": info: " + conf + " is not a file or does not exist");
      return 0;
    }
    log.println(me + ": info: Getting the checksum of " + conf);
    // The script compares the file's checksum with the package's; here: the packaged listen line, unchanged.
    if (!text.contains("    listen       80;\n") || text.contains("[::]:80")) {
      log.println(me + ": info: " + conf + " differs from the packaged version");
      return 0;
    }
    p.fs().write(conf, text.replace("    listen       80;\n", "    listen       80;\n    listen  [::]:80;\n")
        .getBytes(StandardCharsets.UTF_8), false);
    log.println(me + ": info: Enabled listen on IPv6 in " + conf);
    return 0;
  }

  /** nginx -g 'daemon off;': serves /usr/share/nginx/html on port 80 and logs as the image does. */
  private static int server(Proc p, List<String> argv) {
    if (argv.size() > 1 && (argv.get(1).equals("-v") || argv.get(1).equals("-V"))) {
      p.stderr().println("nginx version: nginx/1.27.3");
      return 0;
    }
    if (argv.size() > 1 && argv.get(1).equals("-t")) {
      p.stderr().println("nginx: the configuration file /etc/nginx/nginx.conf syntax is ok");
      p.stderr().println("nginx: configuration file /etc/nginx/nginx.conf test is successful");
      return 0;
    }
    for (Signal s : List.of(Signal.SIGQUIT, Signal.SIGTERM, Signal.SIGINT)) {
      p.handle(s, true);
    }
    notice(p, 1, "using the \"epoll\" event method");
    notice(p, 1, "nginx/1.27.3");
    notice(p, 1, "built by gcc 12.2.0 (Debian 12.2.0-14) ");
    notice(p, 1, "OS: Linux 6.8.0-kujira");
    notice(p, 1, "getrlimit(RLIMIT_NOFILE): 1048576:1048576");
    notice(p, 1, "start worker processes");
    for (int w : WORKERS) {
      notice(p, 1, "start worker process " + w);
    }
    WebRoot root = new WebRoot(p.fs(), "/usr/share/nginx/html", WebRoot.NGINX_404);
    int[] connections = {0};
    p.network().listen(80, new NetworkView.HttpHandler() {
      @Override
      public NetworkView.HttpResult get(String path) {
        return root.get(path);
      }

      @Override
      public NetworkView.HttpResult handle(NetworkView.Request r) {
        NetworkView.HttpResult res = root.get(r.path());
        connections[0]++;
        String time = ACCESS_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
        long sent = r.method().equals("HEAD") ? 0 : res.body().length;
        p.stdout().println(r.client() + " - - [" + time + "] \"" + r.method() + " " + r.path() + " HTTP/1.1\" "
            + res.status() + " " + sent + " \"-\" \"" + r.userAgent() + "\" \"-\"");
        if (res.status() == 404) {
          // nginx's error log (stderr) names the missing file for each 404.
          notice(p, WORKERS[0], "*" + connections[0] + " open() \"/usr/share/nginx/html" + r.path() + "\" failed (2: No such file or "
              + "directory), client: " + r.client() + ", server: localhost, request: \"" + r.method() + " " + r.path()
              + " HTTP/1.1\", host: \"" + r.host() + "\"", "error");
        }
        p.stdout().flush();
        return new NetworkView.HttpResult(res.kind(), res.status(), res.reason(), res.body(), headers(p, r.path(), res));
      }
    });
    // Any handled signal ends it.
    return ServeUntil.signal(p, 80, s -> true, s -> {
      shutdown(p, s);
      return 0;
    });
  }

  private static void shutdown(Proc p, Signal s) {
    boolean graceful = s == Signal.SIGQUIT;
    notice(p, 1, "signal " + s.number() + " (" + s.name() + ") received, " + (graceful ? "shutting down" : "exiting"));
    for (int w : WORKERS) {
      if (graceful) {
        notice(p, w, "gracefully shutting down");
      }
      notice(p, w, "exiting");
      notice(p, w, "exit");
    }
    for (int w : WORKERS) {
      notice(p, 1, "signal 17 (SIGCHLD) received from " + w);
      notice(p, 1, "worker process " + w + " exited with code 0");
    }
    notice(p, 1, "exit");
  }

  private static void notice(Proc p, int pid, String text) {
    notice(p, pid, text, "notice");
  }

  private static void notice(Proc p, int pid, String text, String level) {
    String time = ERROR_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
    p.stderr().println(time + " [" + level + "] " + pid + "#" + pid + ": " + text);
    p.stderr().flush();
  }

  /**
   * nginx's header filter order (ngx_http_header_filter_module): Server, Date, Content-Type, Content-Length,
   * then for a static file Last-Modified, Connection, ETag ("%xT-%xO": mtime and size in hex) and
   * Accept-Ranges; an error page carries Server, Date, Content-Type, Content-Length and Connection.
   */
  private static List<String> headers(Proc p, String path, NetworkView.HttpResult res) {
    DateTimeFormatter http = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ROOT);
    List<String> h = new ArrayList<>();
    h.add("Server: nginx/1.27.3");
    h.add("Date: " + http.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC)));
    String file = "/usr/share/nginx/html" + (path.isEmpty() ? "/" : path.split("\\?")[0]);
    if (file.endsWith("/")) {
      file += "index.html";
    }
    String ext = file.substring(file.lastIndexOf('.') + 1);
    h.add("Content-Type: " + (res.status() != 200 ? "text/html" : switch (ext) {
      case "html", "htm" -> "text/html";
      case "css" -> "text/css";
      case "js" -> "application/javascript";
      case "json" -> "application/json";
      case "txt" -> "text/plain";
      case "png" -> "image/png";
      case "jpg", "jpeg" -> "image/jpeg";
      default -> "application/octet-stream";
    }));
    h.add("Content-Length: " + res.body().length);
    if (res.status() == 200) {
      long mtime = 0;
      try {
        mtime = p.fs().stat(file).mtime() / 1000;
      } catch (dev.kujira.engine.fs.FsException e) {
        mtime = p.now() / 1000; // an index found through a folder the stat above did not name
      }
      h.add("Last-Modified: " + http.format(Instant.ofEpochSecond(mtime).atOffset(ZoneOffset.UTC)));
      h.add("Connection: keep-alive");
      h.add("ETag: \"" + Long.toHexString(mtime) + "-" + Integer.toHexString(res.body().length) + "\"");
      h.add("Accept-Ranges: bytes");
    } else {
      h.add("Connection: keep-alive");
    }
    return h;
  }
}
