package dev.kujira.engine.daemon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Is one network: its driver, its IPv4 subnet and gateway, and the endpoints of the containers on
 * it (libnetwork's network, endpoint and default IPAM driver, for IPv4).
 */
final class Network {
  final String id;
  final String name;
  final String driver;
  final int base;
  final int prefix;
  final int gateway;
  final boolean custom;
  final boolean internal;
  final long created;
  final Map<String, String> labels;
  final TreeSet<Integer> used = new TreeSet<>();
  final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

  /**
   * Is a container's attachment to the network while it runs.
   *
   * @param ip the address
   * @param aliases the names it answers to besides its own
   * @param endpointId the endpoint id
   * @param iface the interface name in the container (eth0, eth1…), kept while connected
   */
  record Endpoint(int ip, List<String> aliases, String endpointId, String iface) {
  }

  Network(String id, String name, String driver, int base, int prefix, int gateway, boolean custom, boolean internal,
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
  String ipRange = "";
  /** {@code --attachable}, stored as given. */
  boolean attachable;
  /** {@code -o} driver options, stored as given. */
  Map<String, String> options = Map.of();
  /** Whether the IPAM config records the gateway: given with --gateway, or both picked by the daemon. */
  boolean configGateway = true;

  /** Returns whether {@code ip} lies in the subnet (and in the ip-range when one is set). */
  boolean contains(int ip, boolean inRange) {
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
  boolean take(int ip) {
    return used.add(ip);
  }

  boolean hasSubnet() {
    return driver.equals("bridge");
  }

  /** Returns the lowest free address of the subnet, skipping the network, gateway and broadcast addresses. */
  int allocate() {
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

  void release(int ip) {
    used.remove(ip);
  }

  String subnet() {
    return Ipv4.text(base) + "/" + prefix;
  }

  String gatewayText() {
    return Ipv4.text(gateway);
  }

  boolean overlaps(int otherBase, int otherPrefix) {
    int p = Math.min(prefix, otherPrefix);
    int mask = p == 0 ? 0 : -1 << (32 - p);
    return hasSubnet() && (base & mask) == (otherBase & mask);
  }

  Network copy() {
    Network n = new Network(id, name, driver, base, prefix, gateway, custom, internal, created, labels);
    n.ipRange = ipRange;
    n.configGateway = configGateway;
    n.used.addAll(used);
    n.endpoints.putAll(endpoints);
    return n;
  }
}
