package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Proc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The network applets: ping, ip (addr), hostname -i. Output as busybox 1.35 prints it. */
final class NetApplets {
  private NetApplets() {
  }

  static Map<String, Applet> all() {
    Map<String, Applet> m = new LinkedHashMap<>();
    m.put("ping", SysApplets.simple("ping", NetApplets::ping));
    m.put("httpd", SysApplets.simple("httpd", HttpApplets::httpd));
    m.put("wget", SysApplets.simple("wget", HttpApplets::wget));
    return m;
  }

  /** Returns the host-only tools (curl is not part of busybox). */
  static Map<String, Applet> hostOnly() {
    Map<String, Applet> m = new LinkedHashMap<>();
    m.put("curl", SysApplets.simple("curl", Curl::run));
    m.put("ifconfig", NetTools.hostIfconfig());
    return m;
  }

  private static int ping(Proc p, List<String> argv) {
    Applet.Opts o = Applet.parse(argv, "cWwis");
    if (o.operands.isEmpty()) {
      return Banner.show(p, "ping", 1);
    }
    String host = o.operands.get(0);
    Optional<String> ip = host.matches("\\d+\\.\\d+\\.\\d+\\.\\d+") ? Optional.of(host) : p.network().resolve(host);
    if (ip.isEmpty()) {
      p.stderr().println("ping: bad address '" + host + "'");
      return 1;
    }
    int count = Integer.parseInt(o.get('c', "4"));
    p.stdout().println("PING " + host + " (" + ip.get() + "): 56 data bytes");
    p.stdout().flush();
    if (!p.network().routable(ip.get())) {
      // No route (--network none, or off an --internal network's subnet): sendto fails at once.
      // (Through docker's two log streams this line lands before or after the PING line: both seen.)
      p.stderr().println("ping: sendto: Network is unreachable");
      return 1;
    }
    boolean up = p.network().reachable(ip.get());
    int received = 0;
    for (int seq = 0; seq < count; seq++) {
      if (up) {
        p.stdout().println("64 bytes from " + ip.get() + ": seq=" + seq + " ttl=64 time=0.080 ms");
        p.stdout().flush();
        received++;
      }
      if (seq < count - 1 || !up) {
        p.sleep(1000L * (up ? 1 : Math.max(1, Integer.parseInt(o.get('W', "1")))));
      }
    }
    p.stdout().println();
    p.stdout().println("--- " + host + " ping statistics ---");
    int loss = count == 0 ? 0 : (count - received) * 100 / count;
    p.stdout().println(count + " packets transmitted, " + received + " packets received, " + loss + "% packet loss");
    if (received > 0) {
      p.stdout().println("round-trip min/avg/max = 0.080/0.080/0.080 ms");
    }
    return received > 0 ? 0 : 1;
  }


}
