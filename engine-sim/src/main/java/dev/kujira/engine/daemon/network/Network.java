package dev.kujira.engine.daemon.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Is one network: its driver, its IPv4 subnet and gateway, and the endpoints of the containers on
 * it (libnetwork's network, endpoint and default IPAM driver, for IPv4).
 */
public final class Network {
  public final String id;
  public final String name;
  public final String driver;
  public final int base;
  public final int prefix;
  public final int gateway;
  public final boolean custom;
  public final boolean internal;
  public final long created;
  public final Map<String, String> labels;
  public final TreeSet<Integer> used = new TreeSet<>();
  public final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

  /**
   * Is a container's attachment to the network while it runs.
   *
   * @param ip the address
   * @param aliases the names it answers to besides its own
   * @param endpointId the endpoint id
   * @param iface the interface name in the container (eth0, eth1…), kept while connected
   */
  public record Endpoint(int ip, List<String> aliases, String endpointId, String iface) {
  }

  public Network(String id, String name, String driver, int base, int prefix, int gateway, boolean custom, boolean internal,
      long created, Map<String, String> labels) {
    this.id = id;
    this.name = name;
    this.driver = driver;
    this.base = base;
    this.prefix = prefix;
    this.gateway = gateway;
    this.custom = custom;
    this.internal = internal;
    this.created = created;
    this.labels = labels;
  }

  /** --ip-range: containers get addresses from this sub-range only ("" = the whole subnet). */
  public String ipRange = "";
  /** {@code --attachable}, stored as given. */
  public boolean attachable;
  /** {@code -o} driver options, stored as given. */
  public Map<String, String> options = Map.of();
  /** Whether the IPAM config records the gateway: given with --gateway, or both picked by the daemon. */
  public boolean configGateway = true;

  /** Returns whether {@code ip} lies in the subnet (and in the ip-range when one is set). */
  public boolean contains(int ip, boolean inRange) {
    int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
    if ((ip & mask) != base) {
      return false;
    }
    if (inRange && !ipRange.isEmpty()) {
      String[] r = ipRange.split("/");
      int rp = Integer.parseInt(r[1]);
      int rm = rp == 0 ? 0 : -1 << (32 - rp);
      return (ip & rm) == (Ipv4.parse(r[0]) & rm);
    }
    return true;
  }

  /** Takes {@code ip} for an endpoint ({@code --ip}); false when another holds it. */
  public boolean take(int ip) {
    return used.add(ip);
  }

  public boolean hasSubnet() {
    return driver.equals("bridge");
  }

  /** Returns the lowest free address of the subnet, skipping the network, gateway and broadcast addresses. */
  public int allocate() {
    int size = 1 << (32 - prefix);
    for (int i = 1; i < size - 1; i++) {
      int ip = base + i;
      if (ip != gateway && !used.contains(ip) && contains(ip, true)) {
        used.add(ip);
        return ip;
      }
    }
    throw new IllegalStateException("no available IPv4 addresses on this network's address pools: " + name);
  }

  public void release(int ip) {
    used.remove(ip);
  }

  public String subnet() {
    return Ipv4.text(base) + "/" + prefix;
  }

  public String gatewayText() {
    return Ipv4.text(gateway);
  }

  public boolean overlaps(int otherBase, int otherPrefix) {
    int p = Math.min(prefix, otherPrefix);
    int mask = p == 0 ? 0 : -1 << (32 - p);
    return hasSubnet() && (base & mask) == (otherBase & mask);
  }

  public Network copy() {
    Network n = new Network(id, name, driver, base, prefix, gateway, custom, internal, created, labels);
    n.ipRange = ipRange;
    n.configGateway = configGateway;
    n.used.addAll(used);
    n.endpoints.putAll(endpoints);
    return n;
  }
}
