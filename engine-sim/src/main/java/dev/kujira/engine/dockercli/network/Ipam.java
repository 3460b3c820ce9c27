package dev.kujira.engine.dockercli.network;

import dev.kujira.engine.dockercli.CliException;
import java.util.List;

/**
 * The docker client's own check of {@code --subnet}, {@code --ip-range} and {@code --gateway}
 * before it asks the daemon (docker/cli network create: consolidateIpam and subnetMatches); its
 * errors are printed without "Error response from daemon".
 */
final class Ipam {
  private Ipam() {
  }

  /** Throws the client's error when the flags do not fit together. */
  static void check(List<String> subnets, List<String> ranges, List<String> gateways) {
    if (subnets.size() < ranges.size() || subnets.size() < gateways.size()) {
      throw new CliException("every ip-range or gateway must have a corresponding subnet", 1);
    }
    matchEach(subnets, ranges, "range");
    matchEach(subnets, gateways, "gateway");
  }

  private static void matchEach(List<String> subnets, List<String> values, String what) {
    for (String v : values) {
      boolean match = false;
      for (String s : subnets) {
        match |= matches(s, v);
      }
      if (!match) {
        throw new CliException("no matching subnet for " + what + " " + v, 1);
      }
    }
  }

  /** consolidateIpam: every --aux-address lies in one of the subnets ("no matching subnet" also when none is given). */
  static void checkAux(List<String> subnets, java.util.Collection<String> addresses) {
    for (String a : addresses) {
      if (subnets.stream().noneMatch(s -> matches(s, a))) {
        throw new CliException("no matching subnet for aux-address " + a, 1);
      }
    }
  }

  /** Returns the first of {@code values} that lies in {@code subnet}, or "". */
  static String within(String subnet, List<String> values) {
    for (String v : values) {
      if (matches(subnet, v)) {
        return v;
      }
    }
    return "";
  }

  /** subnetMatches: whether the address (or a CIDR's address) {@code data} lies in {@code subnet}. */
  private static boolean matches(String subnet, String data) {
    if (subnet.contains(":")) {
      return matches6(subnet, data);
    }
    long[] s = cidr(subnet);
    if (s == null) {
      throw new CliException("invalid subnet: invalid CIDR address: " + subnet, 1);
    }
    long ip;
    if (data.contains("/")) {
      if (data.contains(":")) {
        return false;
      }
      long[] d = cidr(data);
      if (d == null) {
        throw new CliException("invalid CIDR address: " + data, 1);
      }
      ip = d[0];
    } else {
      ip = address(data);
      if (ip < 0) {
        return false;
      }
    }
    long mask = s[1] == 0 ? 0 : (0xffffffffL << (32 - s[1])) & 0xffffffffL;
    return (ip & mask) == (s[0] & mask);
  }

  /** subnetMatches for an IPv6 subnet: an IPv4 value never matches it. */
  private static boolean matches6(String subnet, String data) {
    if (!dev.kujira.engine.util.Ipv6.isPrefix(subnet)) {
      throw new CliException("invalid subnet: invalid CIDR address: " + subnet, 1);
    }
    String addr = data.contains("/") ? data.substring(0, data.indexOf('/')) : data;
    if (data.contains("/") && data.contains(":") && !dev.kujira.engine.util.Ipv6.isPrefix(data)) {
      throw new CliException("invalid CIDR address: " + data, 1);
    }
    java.math.BigInteger ip = dev.kujira.engine.util.Ipv6.parse(addr);
    if (ip == null) {
      return false;
    }
    int slash = subnet.indexOf('/');
    java.math.BigInteger mask = dev.kujira.engine.util.Ipv6.mask(Integer.parseInt(subnet.substring(slash + 1)));
    return ip.and(mask).equals(dev.kujira.engine.util.Ipv6.parse(subnet.substring(0, slash)).and(mask));
  }

  /** Go's net.ParseCIDR for IPv4: the address and the prefix length, or null. */
  static long[] cidr(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || !text.substring(slash + 1).matches("\\d{1,2}")) {
      return null;
    }
    int prefix = Integer.parseInt(text.substring(slash + 1));
    long ip = address(text.substring(0, slash));
    return ip < 0 || prefix > 32 ? null : new long[] {ip, prefix};
  }

  /** Go's net.ParseIP for dotted IPv4 (octets 0-255, no leading zeros), or -1. */
  static long address(String text) {
    if (!text.matches("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}")) {
      return -1;
    }
    long v = 0;
    for (String o : text.split("\\.")) {
      int n = Integer.parseInt(o);
      if (n > 255) {
        return -1;
      }
      v = v << 8 | n;
    }
    return v;
  }
}
