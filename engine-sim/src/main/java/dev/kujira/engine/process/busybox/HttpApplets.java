package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.NetworkView.HttpResult;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.WebRoot;
import java.util.List;
import java.util.Optional;

/** busybox httpd (-f -p PORT -h DIR) and wget (-q -O FILE|-), (curl is in Curl). */
final class HttpApplets {

  private HttpApplets() {
  }

  /** busybox httpd: without -f it goes to the background, so PID 1 ends at once (as on the real engine). */
  static int httpd(Proc p, List<String> argv) {
    Applet.Opts o = Applet.parse(argv, "phcrmeduP");
    if (!o.has('f')) {
      return 0;
    }
    String port = o.get('p', "80");
    int portNumber = Integer.parseInt(port.contains(":") ? port.substring(port.lastIndexOf(':') + 1) : port);
    String home = o.get('h', ".");
    p.network().listen(portNumber, new WebRoot(p.fs(), p.fs().absolute(home), WebRoot.BUSYBOX_404));
    // Any handled signal ends it; detached, it waits holding no thread.
    return dev.kujira.engine.process.Suspend.call(() -> p.awaitStop(s -> true), done -> {
      try {
        return done.get();
      } finally {
        p.network().unlisten(portNumber);
      }
    });
  }

  static int wget(Proc p, List<String> argv) {
    Applet.Opts o = Applet.parse(argv, "OTU");
    if (o.operands.isEmpty()) {
      return Banner.show(p, "wget", 1);
    }
    Url url = Url.parse(o.operands.get(0));
    // Busybox wget's own checks (networking/wget.c parse_url): http(s) and ftp only, a numeric port.
    if (!url.scheme().matches("https?|ftp")) {
      p.stderr().println("wget: not an http or ftp url: " + o.operands.get(0));
      return 1;
    }
    if (url.port() < 0) {
      p.stderr().println("wget: bad port '" + url.portText() + "'");
      return 1;
    }
    NetworkView net = p.network();
    Optional<String> ip = url.host().matches("\\d+\\.\\d+\\.\\d+\\.\\d+") ? Optional.of(url.host())
        : net.resolve(url.host());
    if (ip.isEmpty()) {
      p.stderr().println("wget: bad address '" + url.host() + "'");
      return 1;
    }
    boolean quiet = o.has('q');
    if (!quiet) {
      p.stderr().println("Connecting to " + url.host() + " (" + ip.get() + ":" + url.port() + ")");
    }
    HttpResult r = net.http(ip.get(), url.port(), new NetworkView.Request("GET", url.path(),
        url.host() + (url.port() == 80 ? "" : ":" + url.port()), "", "Wget"));
    if (r.kind() == HttpResult.Kind.RESET) {
      // busybox wget.c: bb_perror_msg_and_die("error getting response") when the status line read fails.
      p.stderr().println("wget: error getting response: Connection reset by peer");
      return 1;
    }
    if (r.kind() == HttpResult.Kind.REFUSED) {
      p.stderr().println("wget: can't connect to remote host (" + ip.get() + "): Connection refused");
      return 1;
    }
    if (r.kind() == HttpResult.Kind.UNREACHABLE && !net.routable(ip.get())) {
      // Without a route (no interface but loopback, or an --internal network) the connect fails at once.
      p.stderr().println("wget: can't connect to remote host (" + ip.get() + "): Network is unreachable");
      return 1;
    }
    if (r.kind() == HttpResult.Kind.UNREACHABLE) {
      p.sleep(10_000);
      p.stderr().println("wget: download timed out");
      return 1;
    }
    if (r.status() >= 400) {
      p.stderr().println("wget: server returned error: HTTP/1.1 " + r.status() + " " + r.reason());
      return 1;
    }
    String out = o.get('O', null);
    String name = url.path().substring(url.path().lastIndexOf('/') + 1);
    if (out == null) {
      out = name.isEmpty() ? "index.html" : name;
    }
    if (out.equals("-")) {
      p.stdout().write(r.body(), 0, r.body().length);
      p.stdout().flush();
    } else {
      p.fs().write(out, r.body(), false);
      if (!quiet) {
        p.stderr().println("saving to '" + out + "'");
        p.stderr().println(out + "               100% |********************************|    " + r.body().length
            + "  0:00:00 ETA");
        p.stderr().println("'" + out + "' saved");
      }
    }
    return 0;
  }
}
