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

  /** {@code --ipv6}: endpoints get an address of {@link #subnet6} too. */
  public boolean ipv6;
  /** The IPv6 subnet given ("" for none: Docker 26 has no default IPv6 pool), its range and gateway. */
  public String subnet6 = "";
  public String ipRange6 = "";
  public java.math.BigInteger gateway6;
  /** Whether the IPv6 gateway was given (the IPAM config shows it then only). */
  public boolean configGateway6;
  /** Whether the IPv4 subnet was given: the IPAM config lists the given subnets first, then the pools picked. */
  public boolean givenSubnet;
  /** The IPv6 address of each endpoint, by container id. */
  public final Map<String, java.math.BigInteger> ip6 = new LinkedHashMap<>();

  /** network create's rarer options as given (IPAM driver and options, aux addresses, scope, config-only/from). */
  public dev.kujira.engine.api.NetworkCreateRequest.More more = dev.kujira.engine.api.NetworkCreateRequest.More.NONE;

  /** Whether endpoints get IPv6 addresses. */
  public boolean hasIpv6() {
    return ipv6 && !subnet6.isEmpty();
  }

  /** Returns the prefix length of the IPv6 subnet. */
  public int prefix6() {
    return Integer.parseInt(subnet6.substring(subnet6.indexOf('/') + 1));
  }

  /** Returns whether {@code ip} lies in the IPv6 subnet (and its ip-range when {@code inRange}). */
  public boolean contains6(java.math.BigInteger ip, boolean inRange) {
    String cidr = inRange && !ipRange6.isEmpty() ? ipRange6 : subnet6;
    int slash = cidr.indexOf('/');
    java.math.BigInteger mask = dev.kujira.engine.util.Ipv6.mask(Integer.parseInt(cidr.substring(slash + 1)));
    return ip.and(mask).equals(dev.kujira.engine.util.Ipv6.parse(cidr.substring(0, slash)).and(mask));
  }

  /** The lowest free IPv6 address of the range, skipping the subnet-router anycast address and the gateway. */
  public java.math.BigInteger allocate6(java.math.BigInteger wanted) {
    if (wanted != null && !ip6.containsValue(wanted)) {
      return wanted;
    }
    String cidr = ipRange6.isEmpty() ? subnet6 : ipRange6;
    java.math.BigInteger base = dev.kujira.engine.util.Ipv6.parse(cidr.substring(0, cidr.indexOf('/')))
        .and(dev.kujira.engine.util.Ipv6.mask(prefix6()));
    for (java.math.BigInteger ip = base.add(java.math.BigInteger.ONE); contains6(ip, true);
        ip = ip.add(java.math.BigInteger.ONE)) {
      if (!ip.equals(gateway6) && !ip6.containsValue(ip)) {
        return ip;
      }
    }
    throw new IllegalStateException("no available IPv6 addresses on this network's address pools: " + name);
  }

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
    n.ipv6 = ipv6;
    n.subnet6 = subnet6;
    n.ipRange6 = ipRange6;
    n.gateway6 = gateway6;
    n.configGateway6 = configGateway6;
    n.givenSubnet = givenSubnet;
    n.attachable = attachable;
    n.options = options;
    n.ip6.putAll(ip6);
    n.more = more;
    n.used.addAll(used);
    n.endpoints.putAll(endpoints);
    return n;
  }
}
