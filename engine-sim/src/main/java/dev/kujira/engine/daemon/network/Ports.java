package dev.kujira.engine.daemon.network;

import dev.kujira.engine.container.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Publishes a container's ports when it starts: {@code -p} bindings as given, {@code -P} every
 * exposed port on an ephemeral host port from 32768 up (conformance 23-publish-all-expose).
 * Docker binds both 0.0.0.0 and :: for an unspecified host address.
 */
public final class Ports {
  private Ports() {
  }

  private static String proto(String key) {
    return key.substring(key.indexOf('/') + 1);
  }

  /**
   * Refuses a fixed host port another running container already holds for the same protocol
   * (libnetwork's port mapper: "Bind for 0.0.0.0:8080 failed: port is already allocated").
   */
  public static void checkFree(NetworkDaemon state, Container c, String endpointId) {
    for (Map.Entry<String, List<String[]>> e : c.portBindings.entrySet()) {
      // docker-proxy speaks tcp and udp only; publishing sctp fails at start (recorded on Docker 26.1).
      if (proto(e.getKey()).equals("sctp")) {
        throw new dev.kujira.engine.api.EngineException(dev.kujira.engine.api.ErrorKind.SYSTEM,
            "driver failed programming external connectivity on endpoint " + c.name + " (" + endpointId
                + "): Error starting userland proxy: protocol not supported");
      }
      for (String[] b : e.getValue()) {
        if (b[1].isEmpty()) {
          continue;
        }
        for (Container other : state.containers().values()) {
          if (other == c || !other.isRunning()) {
            continue;
          }
          for (Map.Entry<String, List<String[]>> oe : other.publishedPorts.entrySet()) {
            if (!proto(oe.getKey()).equals(proto(e.getKey()))) {
              continue;
            }
            for (String[] h : oe.getValue()) {
              boolean sameIp = b[0].isEmpty() || h[0].equals("0.0.0.0") || h[0].equals(b[0]);
              if (h[1].equals(b[1]) && sameIp && !h[0].equals("::")) {
                throw new dev.kujira.engine.api.EngineException(dev.kujira.engine.api.ErrorKind.SYSTEM,
                    "driver failed programming external connectivity on endpoint " + c.name + " (" + endpointId
                        + "): Bind for " + (b[0].isEmpty() ? "0.0.0.0" : b[0]) + ":" + b[1]
                        + " failed: port is already allocated");
              }
            }
          }
        }
      }
    }
  }

  public static void publish(NetworkDaemon state, Container c) {
    c.publishedPorts.clear();
    for (Map.Entry<String, List<String[]>> e : c.portBindings.entrySet()) {
      List<String[]> hosts = new ArrayList<>();
      for (String[] b : e.getValue()) {
        String port = b[1].isEmpty() ? String.valueOf(state.networks().nextEphemeralPort(proto(e.getKey()))) : b[1];
        if (b[0].isEmpty()) {
          hosts.add(new String[] {"0.0.0.0", port});
          hosts.add(new String[] {"::", port});
        } else {
          hosts.add(new String[] {b[0], port});
        }
      }
      c.publishedPorts.put(e.getKey(), hosts);
    }
    if (c.publishAll) {
      // The daemon allocates -P ports in an order where 9090/tcp comes before 80/tcp (conformance 23,
      // recorded twice): the port keys in descending string order.
      List<String> exposed = new ArrayList<>(c.exposedPorts);
      exposed.sort(java.util.Comparator.reverseOrder());
      for (String p : exposed) {
        if (!c.publishedPorts.containsKey(p)) {
          String port = String.valueOf(state.networks().nextEphemeralPort(proto(p)));
          List<String[]> hosts = new ArrayList<>();
          hosts.add(new String[] {"0.0.0.0", port});
          hosts.add(new String[] {"::", port});
          c.publishedPorts.put(p, hosts);
        }
      }
    }
  }

  /**
   * Returns the ports a failed start leaves in {@code docker ps} (see Container#staleListPorts): the
   * bindings as they were published (ephemeral ports allocated), then the exposed ports left
   * unpublished, as the running container's row lists them; the container keeps no binding.
   */
  public static List<dev.kujira.engine.api.PortMapping> listedAfterFailedStart(NetworkDaemon state, Container c) {
    if (c.networkMode.equals("host") || c.networkMode.equals("none") || c.networkMode.startsWith("container:")) {
      return null;
    }
    publish(state, c);
    List<dev.kujira.engine.api.PortMapping> out = new ArrayList<>();
    c.publishedPorts.forEach((port, hosts) -> {
      String[] pp = port.split("/");
      for (String[] h : hosts) {
        out.add(new dev.kujira.engine.api.PortMapping(h[0], Integer.parseInt(pp[0]), Integer.parseInt(h[1]), pp[1]));
      }
    });
    for (String p : c.exposedPorts) {
      if (!c.publishedPorts.containsKey(p)) {
        String[] pp = p.split("/");
        out.add(new dev.kujira.engine.api.PortMapping("", Integer.parseInt(pp[0]), 0, pp.length > 1 ? pp[1] : "tcp"));
      }
    }
    c.publishedPorts.clear();
    return out.isEmpty() ? null : out;
  }
}
