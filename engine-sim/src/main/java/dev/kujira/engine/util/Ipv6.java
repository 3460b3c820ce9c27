package dev.kujira.engine.util;

import java.math.BigInteger;

/**
 * IPv6 addresses as 128-bit numbers: Go's net.ParseIP and its text form (RFC 5952: lowercase, no
 * leading zeros, the longest run of two or more zero groups as "::", the first of equal runs).
 */
public final class Ipv6 {
  private static final BigInteger ALL = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

  private Ipv6() {
  }

  /** Returns the address {@code text} names, or null when it is no IPv6 address (a dotted tail is refused). */
  public static BigInteger parse(String text) {
    if (!text.contains(":") || !text.matches("[0-9a-fA-F:]+") || text.contains(":::")) {
      return null;
    }
    int dc = text.indexOf("::");
    if (dc >= 0 && text.indexOf("::", dc + 1) >= 0) {
      return null;
    }
    String[] head = dc < 0 ? text.split(":", -1) : text.substring(0, dc).split(":", -1);
    String[] tail = dc < 0 ? new String[0] : text.substring(dc + 2).split(":", -1);
    if (dc >= 0 && text.substring(0, dc).isEmpty()) {
      head = new String[0];
    }
    if (dc >= 0 && text.substring(dc + 2).isEmpty()) {
      tail = new String[0];
    }
    int groups = head.length + tail.length;
    if (dc < 0 ? groups != 8 : groups > 7) {
      return null;
    }
    BigInteger v = BigInteger.ZERO;
    for (String g : head) {
      if (g.isEmpty() || g.length() > 4) {
        return null;
      }
      v = v.shiftLeft(16).or(BigInteger.valueOf(Integer.parseInt(g, 16)));
    }
    v = v.shiftLeft(16 * (8 - groups));
    for (String g : tail) {
      if (g.isEmpty() || g.length() > 4) {
        return null;
      }
      v = v.shiftLeft(16).or(BigInteger.valueOf(Integer.parseInt(g, 16)));
    }
    return v;
  }

  /** Whether {@code text} is an IPv6 CIDR ("fd00:1::/64"). */
  public static boolean isPrefix(String text) {
    int slash = text.indexOf('/');
    return slash > 0 && parse(text.substring(0, slash)) != null && text.substring(slash + 1).matches("\\d{1,3}")
        && Integer.parseInt(text.substring(slash + 1)) <= 128;
  }

  /** The network mask of a prefix length. */
  public static BigInteger mask(int prefix) {
    return prefix == 0 ? BigInteger.ZERO : ALL.shiftRight(128 - prefix).shiftLeft(128 - prefix);
  }

  /** Returns Go's text form of the address. */
  public static String text(BigInteger v) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = v.shiftRight(16 * (7 - i)).intValue() & 0xffff;
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; i++) {
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = Math.max(i, j);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
