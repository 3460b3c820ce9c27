package dev.kujira.engine.daemon.network;

import java.util.TreeSet;

/**
 * Hands out addresses on the default bridge, 172.17.0.0/16 with gateway .1: the lowest free
 * address from .2, returned when a container stops (conformance 50-default-bridge-ips: a freed
 * .2 is reused).
 */
public final class BridgeIpam {
  public static final String GATEWAY = "172.17.0.1";
  public static final int PREFIX = 16;
  private final TreeSet<Integer> used = new TreeSet<>();

  public BridgeIpam copy() {
    BridgeIpam b = new BridgeIpam();
    b.used.addAll(used);
    return b;
  }

  public void restoreFrom(BridgeIpam other) {
    used.clear();
    used.addAll(other.used);
  }

  public String allocate() {
    int n = 2;
    while (used.contains(n)) {
      n++;
    }
    used.add(n);
    return "172.17." + (n >> 8) + "." + (n & 0xff);
  }

  public void release(String ip) {
    if (ip.startsWith("172.17.")) {
      String[] p = ip.split("\\.");
      used.remove(Integer.parseInt(p[2]) * 256 + Integer.parseInt(p[3]));
    }
  }

  /** Returns the MAC Docker derives from an IPv4 address: 02:42 then the four octets. */
  public static String mac(String ip) {
    String[] p = ip.split("\\.");
    StringBuilder sb = new StringBuilder("02:42");
    for (String o : p) {
      sb.append(':').append(String.format("%02x", Integer.parseInt(o)));
    }
    return sb.toString();
  }
}
