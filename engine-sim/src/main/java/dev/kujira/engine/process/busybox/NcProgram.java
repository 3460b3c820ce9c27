package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Signal;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Is busybox {@code nc}: {@code nc -l -p PORT} serves one connection (sends its stdin, prints
 * what the client sent; {@code -ll} keeps serving), {@code nc [-w N] HOST PORT} connects, sends
 * its stdin and prints the reply. An HTTP server on the port answers a request line too.
 */
final class NcProgram extends Applet {
  private static final long FOREVER = Long.MAX_VALUE / 4;

  @Override
  String name() {
    return "nc";
  }

  @Override
  public int run(Proc p, List<String> argv) {
    Opts o = parse(argv, "pwie");
    for (String a : argv.subList(1, argv.size())) {
      if (a.startsWith("-") && a.length() > 1 && !a.substring(1).matches("[lpwie0-9]+")) {
        p.stderr().println("nc: invalid option -- '" + a.charAt(1) + "'");
        return Banner.show(p, "nc", 1);
      }
    }
    byte[] input;
    try {
      input = p.stdin().readAllBytes();
    } catch (IOException e) {
      input = new byte[0];
    }
    if (o.has('l')) {
      return listen(p, o, input, argv.contains("-ll") || argv.contains("-lk"));
    }
    if (o.operands.size() < 2) {
      return Banner.show(p, "nc", 1);
    }
    String host = o.operands.get(0);
    int port = Integer.parseInt(o.operands.get(1));
    Optional<String> ip = host.matches("\\d+\\.\\d+\\.\\d+\\.\\d+") ? Optional.of(host) : p.network().resolve(host);
    if (ip.isEmpty()) {
      p.stderr().println("nc: bad address '" + host + "'");
      return 1;
    }
    NetworkView.HttpResult r = p.network().tcp(ip.get(), port, input);
    if (r.kind() == NetworkView.HttpResult.Kind.REFUSED) {
      p.stderr().println("nc: can't connect to remote host (" + ip.get() + "): Connection refused");
      return 1;
    }
    if (r.kind() == NetworkView.HttpResult.Kind.UNREACHABLE) {
      p.sleep(o.has('w') ? Long.parseLong(o.get('w', "1")) * 1000 : 130_000);
      p.stderr().println("nc: timeout");
      return 1;
    }
    p.stdout().write(r.body(), 0, r.body().length);
    p.stdout().flush();
    return 0;
  }

  private static int listen(Proc p, Opts o, byte[] reply, boolean keep) {
    int port = Integer.parseInt(o.get('p', "0"));
    boolean[] served = {false};
    Runnable wake = p.waker();
    p.network().listen(port, (NetworkView.RawHandler) request -> {
      p.stdout().write(request, 0, request.length);
      p.stdout().flush();
      served[0] = true;
      wake.run();
      return reply;
    });
    try {
      while (!served[0] || keep) {
        // A client's visit runs on the client's thread, which wakes the server when it is done.
        Optional<Signal> s = p.awaitSignal(FOREVER);
        if (s.isPresent()) {
          return 128 + s.get().number();
        }
      }
      return 0;
    } finally {
      p.network().unlisten(port);
    }
  }
}
