package dev.kujira.engine.host;

import dev.kujira.engine.process.NetworkView.Iface;
import dev.kujira.engine.process.Proc;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Debian host's {@code ip} (iproute2 6.1, Debian 12), not busybox's: {@code ip address},
 * {@code ip link} and {@code ip route} in iproute2's layout (measured with {@code ip a},
 * {@code ip link}, {@code ip route} on a Debian 12 Docker host): each link's state and group,
 * {@code mode DEFAULT} in {@code ip link}, a host-side veth as {@code vethX@ifN} with
 * {@code master BRIDGE} and {@code link-netnsid 0}, a bridge without ports {@code NO-CARRIER}
 * and {@code state DOWN}, and route lines with {@code proto kernel scope link src}.
 * Containers keep busybox's {@code ip}. Changing the host's links or routes is not simulated.
 */
final class HostIp {
  private HostIp() {
  }

  static int run(Proc p, List<String> argv) {
    List<String> args = new ArrayList<>();
    boolean v4 = false;
    for (String a : argv.subList(1, argv.size())) {
      if (a.equals("-4")) {
        v4 = true;
      } else if (a.startsWith("-")) {
        p.stderr().println("Option \"" + a + "\" is unknown, try \"ip -help\".");
        return 255;
      } else {
        args.add(a);
      }
    }
    String object = args.isEmpty() ? "" : args.get(0);
    List<String> rest = args.size() > 1 ? args.subList(1, args.size()) : List.of();
    String verb = rest.isEmpty() ? "show" : rest.get(0);
    if (object.isEmpty()) {
      p.stderr().println("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }");
      return 255;
    }
    boolean addr = prefix(object, "address", 1);
    boolean link = prefix(object, "link", 1);
    boolean route = prefix(object, "route", 1);
    if (!addr && !link && !route) {
      p.stderr().println("Object \"" + object + "\" is unknown, try \"ip help\".");
      return 255;
    }
    if (!prefix(verb, "show", 1) && !prefix(verb, "list", 1) && !verb.equals("dev")) {
      p.stderr().println("ip: changing the host's network (ip " + object + " " + verb + ") is not simulated");
      return 2;
    }
    List<Iface> links = p.network().interfaces();
    if (route) {
      return route(p.stdout(), links);
    }
    String only = null;
    for (int i = 0; i < rest.size(); i++) {
      String w = rest.get(i);
      if (w.equals("dev") && i + 1 < rest.size()) {
        only = rest.get(++i);
      } else if (!prefix(w, "show", 1) && !prefix(w, "list", 1)) {
        only = w;
      }
    }
    boolean found = only == null;
    for (Iface i : links) {
      if (only == null || only.equals(i.name())) {
        found = true;
        if (!(v4 && addr && i.address().isEmpty())) {
          print(p.stdout(), i, links, addr, v4);
        }
      }
    }
    if (!found) {
      p.stderr().println("Device \"" + only + "\" does not exist.");
      return 1;
    }
    return 0;
  }

  private static boolean prefix(String word, String full, int min) {
    return word.length() >= min && full.startsWith(word);
  }

  private static void print(PrintStream out, Iface i, List<Iface> links, boolean addr, boolean v4) {
    boolean lo = i.name().equals("lo");
    boolean bridge = i.name().equals("docker0") || i.name().startsWith("br-");
    boolean carrier = !bridge || links.stream().anyMatch(l -> l.master().equals(i.name()));
    String flags = lo ? "LOOPBACK,UP,LOWER_UP" : carrier ? "BROADCAST,MULTICAST,UP,LOWER_UP" : "NO-CARRIER,BROADCAST,MULTICAST,UP";
    // Debian 12's kernel gives a physical link pfifo_fast (measured); virtual links have no queue.
    String qdisc = i.name().equals("eth0") ? "pfifo_fast" : "noqueue";
    String state = lo ? "UNKNOWN" : carrier ? "UP" : "DOWN";
    String master = i.master().isEmpty() ? "" : "master " + i.master() + " ";
    // Bridges and veths have no tx queue length, so the line ends "group default " (iproute2's trailing space).
    String qlen = lo || i.name().equals("eth0") ? "qlen 1000" : "";
    String name = i.peer() > 0 ? i.name() + "@if" + i.peer() : i.name();
    out.println(i.index() + ": " + name + ": <" + flags + "> mtu " + (lo ? 65536 : 1500) + " qdisc " + qdisc + " "
        + master + "state " + state + " " + (addr ? "" : "mode DEFAULT ") + "group default " + qlen);
    if (addr && v4) {
      inet(out, i, lo);
      return;
    }
    out.println("    link/" + (lo ? "loopback " : "ether ") + i.mac() + " brd "
        + (lo ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff") + (i.peer() > 0 ? " link-netnsid 0" : ""));
    if (!addr) {
      return;
    }
    inet(out, i, lo);
    if (lo) {
      out.println("    inet6 ::1/128 scope host ");
      out.println("       valid_lft forever preferred_lft forever");
    } else if (carrier) {
      // A link that is up gets its EUI-64 link-local address (a bridge only once a port gives it carrier).
      out.println("    inet6 " + linkLocal(i.mac()) + "/64 scope link ");
      out.println("       valid_lft forever preferred_lft forever");
    }
  }

  private static void inet(PrintStream out, Iface i, boolean lo) {
    if (i.address().isEmpty()) {
      return;
    }
    out.println("    inet " + i.address() + "/" + i.prefix() + " "
        + (lo ? "scope host" : "brd " + broadcast(i) + " scope global") + " " + i.name());
    out.println("       valid_lft forever preferred_lft forever");
  }

  /** fe80:: plus the MAC's EUI-64 (universal/local bit flipped, ff:fe in the middle), as the kernel derives it. */
  static String linkLocal(String mac) {
    String[] b = mac.split(":");
    int[] x = new int[6];
    for (int k = 0; k < 6; k++) {
      x[k] = Integer.parseInt(b[k], 16);
    }
    int[] groups = {((x[0] ^ 2) << 8) | x[1], (x[2] << 8) | 0xff, 0xfe00 | x[3], (x[4] << 8) | x[5]};
    StringBuilder sb = new StringBuilder("fe80:");
    int start = groups[0] == 0 ? 1 : 0;
    for (int k = start; k < 4; k++) {
      sb.append(':').append(Integer.toHexString(groups[k]));
    }
    return sb.toString();
  }

  private static long ipv4(String a) {
    long v = 0;
    for (String o : a.split("\\.")) {
      v = (v << 8) | Long.parseLong(o);
    }
    return v;
  }

  private static String text(long v) {
    return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
  }

  private static long mask(int prefix) {
    return prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
  }

  private static String broadcast(Iface i) {
    return text(ipv4(i.address()) | (~mask(i.prefix()) & 0xffffffffL));
  }

  private static int route(PrintStream out, List<Iface> links) {
    List<Iface> nets = new ArrayList<>(links.stream().filter(l -> !l.name().equals("lo") && !l.address().isEmpty()).toList());
    for (Iface i : nets) {
      if (!i.gateway().isEmpty()) {
        out.println("default via " + i.gateway() + " dev " + i.name() + " ");
        break;
      }
    }
    nets.sort(Comparator.comparingLong(i -> ipv4(i.address()) & mask(i.prefix())));
    for (Iface i : nets) {
      boolean bridge = i.name().equals("docker0") || i.name().startsWith("br-");
      boolean carrier = !bridge || links.stream().anyMatch(l -> l.master().equals(i.name()));
      out.println(text(ipv4(i.address()) & mask(i.prefix())) + "/" + i.prefix() + " dev " + i.name()
          + " proto kernel scope link src " + i.address() + " " + (carrier ? "" : "linkdown "));
    }
    return 0;
  }
}
