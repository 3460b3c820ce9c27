package dev.kujira.engine.daemon.network;

/** Converts IPv4 addresses between text and int, and derives Docker's MAC addresses from them. */
public final class Ipv4 {
  private Ipv4() {
  }

  public static int parse(String text) {
    String[] p = text.split("\\.");
    if (p.length != 4) {
      throw new IllegalArgumentException(text);
    }
    int v = 0;
    for (String s : p) {
      int o = Integer.parseInt(s);
      if (o < 0 || o > 255) {
        throw new IllegalArgumentException(text);
      }
      v = (v << 8) | o;
    }
    return v;
  }

  /** Go's netip.ParsePrefix for IPv4: whether {@code text} is ADDRESS/BITS with BITS at most 32. */
  public static boolean isPrefix(String text) {
    int slash = text.indexOf('/');
    return slash > 0 && text.substring(slash + 1).matches("\\d{1,2}") && Integer.parseInt(text.substring(slash + 1)) <= 32
        && isAddress(text.substring(0, slash));
  }

  /** Go's netip.ParseAddr for IPv4: four decimal octets 0-255 without leading zeros. */
  public static boolean isAddress(String text) {
    if (!text.matches("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}")) {
      return false;
    }
    for (String o : text.split("\\.")) {
      if (Integer.parseInt(o) > 255) {
        return false;
      }
    }
    return true;
  }

  public static String text(int ip) {
    return ((ip >>> 24) & 0xff) + "." + ((ip >>> 16) & 0xff) + "." + ((ip >>> 8) & 0xff) + "." + (ip & 0xff);
  }

  /** Docker derives a container's MAC from its IPv4 address: 02:42 then the four octets. */
  public static String mac(int ip) {
    return String.format("02:42:%02x:%02x:%02x:%02x", (ip >>> 24) & 0xff, (ip >>> 16) & 0xff, (ip >>> 8) & 0xff,
        ip & 0xff);
  }
}
