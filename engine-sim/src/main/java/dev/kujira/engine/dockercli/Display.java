package dev.kujira.engine.dockercli;

/** Shortens and quotes values for display as docker/cli does (stringutils.Ellipsis, strconv.Quote). */
public final class Display {
  private Display() {
  }

  /** Truncates to {@code max} runes, ending with "…" when cut (docker/cli stringutils.Ellipsis). */
  public static String ellipsis(String s, int max) {
    int n = s.codePointCount(0, s.length());
    if (n <= max) {
      return s;
    }
    int end = s.offsetByCodePoints(0, max - 1);
    return s.substring(0, end) + "…";
  }

  /** Quotes like Go's strconv.Quote (printable non-ASCII stays as is). */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\t': sb.append("\\t"); break;
        case '\r': sb.append("\\r"); break;
        default:
          if (cp < 0x20 || cp == 0x7f) {
            sb.append(String.format("\\x%02x", cp));
          } else {
            sb.appendCodePoint(cp);
          }
      }
    });
    return sb.append('"').toString();
  }

  /**
   * Returns docker/cli's DisplayablePorts, which docker ps and compose ps share: ports sorted by
   * container port, address, host port and protocol; exposed ports and ports published on the
   * same number grouped into ranges first ("3000/tcp", "8000-8001/tcp"), then the other
   * mappings ("0.0.0.0:8080->80/tcp, :::8080->80/tcp") (conformance c22).
   */
  public static String ports(java.util.List<dev.kujira.engine.api.PortMapping> ports) {
    java.util.List<dev.kujira.engine.api.PortMapping> sorted = new java.util.ArrayList<>(ports);
    sorted.sort(java.util.Comparator.comparingInt(dev.kujira.engine.api.PortMapping::privatePort)
        .thenComparing(dev.kujira.engine.api.PortMapping::ip)
        .thenComparingInt(dev.kujira.engine.api.PortMapping::publicPort)
        .thenComparing(dev.kujira.engine.api.PortMapping::type));
    java.util.Map<String, int[]> groups = new java.util.LinkedHashMap<>();
    java.util.List<String> result = new java.util.ArrayList<>();
    java.util.List<String> mappings = new java.util.ArrayList<>();
    for (dev.kujira.engine.api.PortMapping p : sorted) {
      int port = p.privatePort();
      String key = p.type();
      if (!p.ip().isEmpty()) {
        if (p.publicPort() != port) {
          mappings.add(p.ip() + ":" + p.publicPort() + "->" + port + "/" + p.type());
          continue;
        }
        key = p.ip() + "/" + p.type();
      }
      int[] g = groups.get(key);
      if (g == null) {
        groups.put(key, new int[] {port, port});
      } else if (port == g[1] + 1) {
        g[1] = port;
      } else {
        result.add(group(key, g));
        groups.put(key, new int[] {port, port});
      }
    }
    groups.forEach((key, g) -> result.add(group(key, g)));
    result.addAll(mappings);
    return String.join(", ", result);
  }

  private static String group(String key, int[] g) {
    int slash = key.lastIndexOf('/');
    String ip = slash >= 0 ? key.substring(0, slash) : "";
    String type = slash >= 0 ? key.substring(slash + 1) : key;
    String range = g[0] == g[1] ? String.valueOf(g[0]) : g[0] + "-" + g[1];
    return (ip.isEmpty() ? range : ip + ":" + range + "->" + range) + "/" + type;
  }
}
