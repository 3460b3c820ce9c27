package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.NetworkView;
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
    m.put("ip", SysApplets.simple("ip", NetApplets::ip));
    m.put("httpd", SysApplets.simple("httpd", HttpApplets::httpd));
    m.put("wget", SysApplets.simple("wget", HttpApplets::wget));
    return m;
  }

  /** Returns the host-only tools (curl is not part of busybox). */
  static Map<String, Applet> hostOnly() {
    Map<String, Applet> m = new LinkedHashMap<>();
    m.put("curl", SysApplets.simple("curl", HttpApplets::curl));
    return m;
  }

  private static int ping(Proc p, List<String> argv) {
    Applet.Opts o = Applet.parse(argv, "cWwis");
    if (o.operands.isEmpty()) {
      p.stderr().println("BusyBox v1.35.0 multi-call binary.\n\nUsage: ping [OPTIONS] HOST");
      return 1;
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

  private static int ip(Proc p, List<String> argv) {
    boolean oneLine = argv.contains("-o") || argv.contains("-4o") || argv.contains("-o4");
    String only = null;
    int show = argv.indexOf("show");
    if (show >= 0 && show + 1 < argv.size()) {
      only = argv.get(show + 1);
    }
    if (!argv.contains("addr") && !argv.contains("a") && !argv.contains("address")) {
      p.stderr().println("ip: only \"ip addr\" is simulated");
      return 1;
    }
    for (NetworkView.Iface i : p.network().interfaces()) {
      if (only != null && !only.equals(i.name())) {
        continue;
      }
      boolean lo = i.name().equals("lo");
      String scope = lo ? "scope host" : "brd " + broadcast(i.address(), i.prefix()) + " scope global";
      if (oneLine) {
        p.stdout().println(i.index() + ": " + i.name() + "    inet " + i.address() + "/" + i.prefix() + " " + scope + " "
            + i.name() + "\\       valid_lft forever preferred_lft forever");
      } else {
        p.stdout().println(i.index() + ": " + i.name() + ": <" + (lo ? "LOOPBACK,UP,LOWER_UP" : "BROADCAST,MULTICAST,UP,LOWER_UP")
            + "> mtu " + (lo ? 65536 : 1500) + " qdisc noqueue qlen 1000");
        p.stdout().println("    inet " + i.address() + "/" + i.prefix() + " " + scope + " " + i.name());
        p.stdout().println("       valid_lft forever preferred_lft forever");
      }
    }
    return 0;
  }

  private static String broadcast(String address, int prefix) {
    String[] o = address.split("\\.");
    long ip = 0;
    for (String s : o) {
      ip = (ip << 8) | Integer.parseInt(s);
    }
    long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    long b = (ip & mask) | (~mask & 0xffffffffL);
    return ((b >> 24) & 0xff) + "." + ((b >> 16) & 0xff) + "." + ((b >> 8) & 0xff) + "." + (b & 0xff);
  }
}
