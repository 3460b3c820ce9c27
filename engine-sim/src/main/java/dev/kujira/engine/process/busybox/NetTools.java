package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network inspection applets: ip (addr, link, route; -4, -o), ifconfig, route -n and
 * nslookup, printed as busybox 1.35 prints them from the interfaces the daemon gives a process.
 */
final class NetTools {
  private NetTools() {
  }

  /**
   * Returns the learner's host {@code ifconfig}: net-tools wording (the seed's docker0 block), not
   * busybox's, since the host is an ordinary Linux machine.
   */
  static Applet hostIfconfig() {
    return SysApplets.simple("ifconfig", (p, a) -> {
      List<NetworkView.Iface> all = new ArrayList<>(p.network().interfaces());
      all.sort(java.util.Comparator.comparing(NetworkView.Iface::name));
      for (NetworkView.Iface i : all) {
        if (a.size() > 1 && !a.get(1).equals(i.name())) {
          continue;
        }
        boolean lo = i.name().equals("lo");
        p.stdout().println(i.name() + ": flags=" + (lo ? "73<UP,LOOPBACK,RUNNING>" : "4163<UP,BROADCAST,RUNNING,MULTICAST>")
            + "  mtu " + (lo ? 65536 : 1500));
        if (!i.address().isEmpty()) {
          p.stdout().println("        inet " + i.address() + "  netmask " + mask(i.prefix())
              + (lo ? "" : "  broadcast " + broadcast(i.address(), i.prefix())));
        }
        p.stdout().println(lo ? "        loop  txqueuelen 1000  (Local Loopback)"
            : "        ether " + i.mac() + "  txqueuelen 0  (Ethernet)");
        p.stdout().println("        RX packets 0  bytes 0 (0.0 B)");
        p.stdout().println("        RX errors 0  dropped 0  overruns 0  frame 0");
        p.stdout().println("        TX packets 0  bytes 0 (0.0 B)");
        p.stdout().println("        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0");
        p.stdout().println();
      }
      return 0;
    });
  }

  static Map<String, Applet> all() {
    Map<String, Applet> m = new LinkedHashMap<>();
    m.put("ip", SysApplets.simple("ip", NetTools::ip));
    m.put("ifconfig", SysApplets.simple("ifconfig", NetTools::ifconfig));
    m.put("route", SysApplets.simple("route", NetTools::route));
    m.put("nslookup", SysApplets.simple("nslookup", NetTools::nslookup));
    m.put("nc", new NcProgram());
    return m;
  }

  private static int ip(Proc p, List<String> argv) {
    List<String> args = new ArrayList<>();
    boolean oneLine = false;
    boolean v4 = false;
    for (String a : argv.subList(1, argv.size())) {
      if (a.startsWith("-")) {
        oneLine |= a.contains("o");
        v4 |= a.contains("4");
      } else {
        args.add(a);
      }
    }
    String object = args.isEmpty() ? "" : args.get(0);
    String verb = args.size() > 1 ? args.get(1) : "";
    if (!object.isEmpty() && ("link".startsWith(object) || "address".startsWith(object) || "route".startsWith(object))
        && List.of("add", "del", "delete", "set", "change", "replace", "flush").contains(verb)) {
      // Changing the network needs CAP_NET_ADMIN, which Docker's default set leaves out; with it, the
      // recording machine's kernel has no module for new link types (dummy, bridge…).
      if (!p.capable(12)) {
        // busybox sets a link up or down with the SIOCSIFFLAGS ioctl, the rest through netlink.
        boolean flags = "link".startsWith(object) && verb.equals("set") && (args.contains("up") || args.contains("down"));
        p.stderr().println(flags ? "ip: SIOCSIFFLAGS: Operation not permitted" : "ip: RTNETLINK answers: Operation not permitted");
        return 2;
      }
      if ("link".startsWith(object) && verb.equals("add")) {
        p.stderr().println("ip: RTNETLINK answers: Operation not supported");
        return 2;
      }
    }
    String only = args.size() > 2 && (args.get(1).equals("show") || args.get(1).equals("list")) ? args.get(2)
        : args.size() > 2 && args.get(1).equals("dev") ? args.get(2) : null;
    if ("address".startsWith(object) && !object.isEmpty()) {
      return addr(p, only, oneLine, true, v4);
    }
    if ("link".startsWith(object) && !object.isEmpty()) {
      return addr(p, only, oneLine, false, v4);
    }
    if ("route".startsWith(object) && !object.isEmpty()) {
      return route(p);
    }
    return Banner.show(p, "ip", 1);
  }

  private static int addr(Proc p, String only, boolean oneLine, boolean withAddresses, boolean v4) {
    boolean found = only == null;
    for (NetworkView.Iface i : p.network().interfaces()) {
      if (only != null && !only.equals(i.name())) {
        continue;
      }
      found = true;
      // `ip -4 addr` lists only interfaces with an IPv4 address, without their link line (recorded).
      boolean family = v4 && withAddresses;
      if (family && i.address().isEmpty()) {
        continue;
      }
      boolean lo = i.name().equals("lo");
      String name = i.peer() > 0 ? i.name() + "@if" + i.peer() : i.name();
      if (oneLine && !withAddresses) {
        // `ip -o link`: the link's two lines joined by a backslash, as ip's one-line mode prints them.
        p.stdout().println(i.index() + ": " + name + ": <" + (lo ? "LOOPBACK,UP,LOWER_UP"
            : "BROADCAST,MULTICAST,UP,LOWER_UP" + (i.peer() > 0 ? ",M-DOWN" : "")) + "> mtu " + (lo ? 65536 : 1500)
            + " qdisc noqueue " + (lo || i.peer() == 0 ? "qlen 1000" : "") + "\\    link/" + (lo ? "loopback " : "ether ")
            + i.mac() + " brd " + (lo ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff"));
        continue;
      }
      if (oneLine) {
        p.stdout().println(i.index() + ": " + i.name() + "    inet " + i.address() + "/" + i.prefix() + " "
            + scope(i) + " " + i.name() + "\\       valid_lft forever preferred_lft forever");
        continue;
      }
      p.stdout().println(i.index() + ": " + name + ": <" + (lo ? "LOOPBACK,UP,LOWER_UP"
          : "BROADCAST,MULTICAST,UP,LOWER_UP" + (i.peer() > 0 ? ",M-DOWN" : "")) + "> mtu " + (lo ? 65536 : 1500)
          + " qdisc noqueue " + (lo || i.peer() == 0 ? "qlen 1000" : ""));
      if (!family) {
        p.stdout().println("    link/" + (lo ? "loopback " : "ether ") + i.mac() + " brd "
            + (lo ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff"));
      }
      if (!withAddresses || i.address().isEmpty()) {
        continue;
      }
      p.stdout().println("    inet " + i.address() + "/" + i.prefix() + " " + scope(i) + " " + i.name());
      p.stdout().println("       valid_lft forever preferred_lft forever");
      if (lo && !v4) {
        p.stdout().println("    inet6 ::1/128 scope host ");
        p.stdout().println("       valid_lft forever preferred_lft forever");
      }
    }
    if (!found) {
      p.stderr().println("ip: can't find device '" + only + "'");
      return 1;
    }
    return 0;
  }

  private static String scope(NetworkView.Iface i) {
    return i.name().equals("lo") ? "scope host" : "brd " + broadcast(i.address(), i.prefix()) + " scope global";
  }

  private static int route(Proc p) {
    List<NetworkView.Iface> links = links(p);
    if (!links.isEmpty() && !links.get(0).gateway().isEmpty()) {
      p.stdout().println("default via " + links.get(0).gateway() + " dev " + links.get(0).name() + " ");
    }
    for (NetworkView.Iface i : links) {
      p.stdout().println(network(i.address(), i.prefix()) + "/" + i.prefix() + " dev " + i.name()
          + " scope link  src " + i.address() + " ");
    }
    return 0;
  }

  private static List<NetworkView.Iface> links(Proc p) {
    List<NetworkView.Iface> out = new ArrayList<>();
    for (NetworkView.Iface i : p.network().interfaces()) {
      if (!i.name().equals("lo") && !i.address().isEmpty()) {
        out.add(i);
      }
    }
    return out;
  }

  private static int routeTable(Proc p) {
    p.stdout().println("Kernel IP routing table");
    p.stdout().println("Destination     Gateway         Genmask         Flags Metric Ref    Use Iface");
    List<NetworkView.Iface> links = links(p);
    if (!links.isEmpty() && !links.get(0).gateway().isEmpty()) {
      p.stdout().printf("%-15s %-15s %-15s %-5s %-6s %-6s %3s %s%n", "0.0.0.0", links.get(0).gateway(), "0.0.0.0",
          "UG", "0", "0", "0", links.get(0).name());
    }
    for (NetworkView.Iface i : links) {
      p.stdout().printf("%-15s %-15s %-15s %-5s %-6s %-6s %3s %s%n", network(i.address(), i.prefix()), "0.0.0.0",
          mask(i.prefix()), "U", "0", "0", "0", i.name());
    }
    return 0;
  }

  private static int route(Proc p, List<String> argv) {
    return routeTable(p);
  }

  private static int ifconfig(Proc p, List<String> argv) {
    List<NetworkView.Iface> all = new ArrayList<>(links(p));
    all.addAll(p.network().interfaces().stream().filter(i -> i.name().equals("lo")).toList());
    String only = argv.size() > 1 && !argv.get(1).startsWith("-") ? argv.get(1) : null;
    boolean found = false;
    for (NetworkView.Iface i : all) {
      if (only != null && !only.equals(i.name())) {
        continue;
      }
      found = true;
      boolean lo = i.name().equals("lo");
      p.stdout().printf("%-10s%s%n", i.name(), lo ? "Link encap:Local Loopback  "
          : "Link encap:Ethernet  HWaddr " + i.mac().toUpperCase(java.util.Locale.ROOT) + "  ");
      if (!i.address().isEmpty()) {
        p.stdout().println("          inet addr:" + i.address() + (lo ? "" : "  Bcast:" + broadcast(i.address(), i.prefix()))
            + "  Mask:" + mask(i.prefix()));
      }
      if (lo) {
        p.stdout().println("          inet6 addr: ::1/128 Scope:Host");
      }
      p.stdout().println("          UP " + (lo ? "LOOPBACK" : "BROADCAST") + " RUNNING " + (lo ? "" : "MULTICAST ")
          + " MTU:" + (lo ? 65536 : 1500) + "  Metric:1");
      long rx = lo ? 0 : 2;
      p.stdout().println("          RX packets:" + rx + " errors:0 dropped:0 overruns:0 frame:0");
      p.stdout().println("          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0");
      p.stdout().println("          collisions:0 txqueuelen:" + (lo ? 1000 : 0) + " ");
      p.stdout().println("          RX bytes:" + rx * 100 + " (" + rx * 100 + ".0 B)  TX bytes:0 (0.0 B)");
      p.stdout().println();
    }
    if (!found) {
      p.stderr().println("ifconfig: " + only + ": error fetching interface information: Device not found");
      return 1;
    }
    return 0;
  }

  /**
   * nslookup NAME [SERVER]: asks the first nameserver of /etc/resolv.conf (Docker's embedded
   * DNS 127.0.0.11 on user networks) for A and AAAA records; containers have no AAAA record.
   */
  private static int nslookup(Proc p, List<String> argv) {
    List<String> ops = new ArrayList<>();
    for (String a : argv.subList(1, argv.size())) {
      if (!a.startsWith("-")) {
        ops.add(a);
      }
    }
    if (ops.isEmpty()) {
      return Banner.show(p, "nslookup", 1);
    }
    String name = ops.get(0);
    String server = ops.size() > 1 ? ops.get(1) : nameserver(p);
    if (server.matches("\\d+\\.\\d+\\.\\d+\\.\\d+") && !p.network().routable(server)) {
      p.stderr().println("nslookup: can't connect to remote host (" + server + "): Network is unreachable");
      return 1;
    }
    p.stdout().println("Server:\t\t" + server);
    p.stdout().println("Address:\t" + server + ":53");
    p.stdout().println();
    Optional<String> ip = server.equals("127.0.0.11") ? p.network().resolve(name).filter(x -> !name.equals("localhost"))
        : Optional.empty();
    if (ip.isEmpty()) {
      p.stdout().println("** server can't find " + name + ": NXDOMAIN");
      p.stdout().println();
      p.stdout().println("** server can't find " + name + ": NXDOMAIN");
      p.stdout().println();
      return 1;
    }
    p.stdout().println("Non-authoritative answer:");
    p.stdout().println("Name:\t" + name);
    p.stdout().println("Address: " + ip.get());
    p.stdout().println();
    p.stdout().println("Non-authoritative answer:");
    p.stdout().println();
    return 0;
  }

  private static String nameserver(Proc p) {
    try {
      for (String l : new String(p.fs().read("/etc/resolv.conf"), StandardCharsets.UTF_8).split("\n")) {
        if (l.startsWith("nameserver ")) {
          return l.substring(11).trim();
        }
      }
    } catch (FsException e) {
      // no resolv.conf: the resolver's default
    }
    return "127.0.0.1";
  }

  static String broadcast(String address, int prefix) {
    long ip = toLong(address);
    long m = maskBits(prefix);
    return text((ip & m) | (~m & 0xffffffffL));
  }

  private static String network(String address, int prefix) {
    return text(toLong(address) & maskBits(prefix));
  }

  private static String mask(int prefix) {
    return text(maskBits(prefix));
  }

  private static long maskBits(int prefix) {
    return prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
  }

  private static long toLong(String address) {
    long ip = 0;
    for (String s : address.split("\\.")) {
      ip = (ip << 8) | Integer.parseInt(s);
    }
    return ip;
  }

  private static String text(long b) {
    return ((b >> 24) & 0xff) + "." + ((b >> 16) & 0xff) + "." + ((b >> 8) & 0xff) + "." + (b & 0xff);
  }
}
