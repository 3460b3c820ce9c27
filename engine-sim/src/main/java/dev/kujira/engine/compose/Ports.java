package dev.kujira.engine.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a service's {@code ports}: the short syntax {@code [[HOST_IP:]HOST:]CONTAINER[/PROTOCOL]}
 * (docker's nat.ParsePortSpec, which compose uses) and the long syntax's target, published,
 * host_ip and protocol.
 */
final class Ports {
  private Ports() {
  }

  @SuppressWarnings("unchecked")
  static List<Service.Port> parse(Object o) {
    List<Service.Port> out = new ArrayList<>();
    if (!(o instanceof List)) {
      return out;
    }
    for (Object item : (List<Object>) o) {
      if (item instanceof Map) {
        Map<String, Object> m = (Map<String, Object>) item;
        out.add(new Service.Port(Values.text(m.get("host_ip")), Values.text(m.get("published")),
            ((Number) m.get("target")).intValue(), m.containsKey("protocol") ? Values.text(m.get("protocol")) : "tcp"));
      } else {
        out.add(shortSyntax(Values.text(item)));
      }
    }
    return out;
  }

  private static Service.Port shortSyntax(String spec) {
    String proto = "tcp";
    String rest = spec;
    int slash = spec.lastIndexOf('/');
    if (slash >= 0) {
      proto = spec.substring(slash + 1);
      rest = spec.substring(0, slash);
    }
    int last = rest.lastIndexOf(':');
    String container = rest.substring(last + 1);
    String host = "";
    String ip = "";
    if (last >= 0) {
      String front = rest.substring(0, last);
      int colon = front.lastIndexOf(':');
      host = front.substring(colon + 1);
      ip = colon >= 0 ? front.substring(0, colon) : "";
      if (ip.startsWith("[") && ip.endsWith("]")) {
        ip = ip.substring(1, ip.length() - 1);
      }
    }
    if (!container.matches("\\d{1,5}")) {
      throw new ComposeException(Errors.invalidContainerPort(container), ComposeException.INVALID);
    }
    return new Service.Port(ip, host, Integer.parseInt(container), proto);
  }
}
