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
   * Refuses a fixed host port another running container already holds for the same protocol. moby's
   * port allocator keeps each host address apart: the same address and port is "Bind for 0.0.0.0:8080
   * failed: port is already allocated"; 0.0.0.0 against a specific address (either way round) passes the
   * allocator and fails in the kernel when docker-proxy listens: "Error starting userland proxy: listen
   * tcp4 127.0.0.1:8081: bind: address already in use"; two specific addresses do not meet (conformance d17).
   */
  public static void checkFree(NetworkDaemon state, Container c, String endpointId) {
    for (Map.Entry<String, List<String[]>> e : c.portBindings.entrySet()) {
      // docker-proxy speaks tcp and udp only; publishing sctp fails at start (recorded on Docker 26.1).
      if (proto(e.getKey()).equals("sctp")) {
        throw refused(c, endpointId, "Error starting userland proxy: protocol not supported");
      }
      for (String[] b : e.getValue()) {
        if (b[1].isEmpty()) {
          continue;
        }
        String ip = b[0].isEmpty() ? "0.0.0.0" : b[0];
        List<String> held = heldAddresses(state, c, proto(e.getKey()), b[1]);
        if (held.contains(ip)) {
          throw refused(c, endpointId, "Bind for " + ip + ":" + b[1] + " failed: port is already allocated");
        }
        boolean v4 = !ip.contains(":");
        boolean clash = held.stream().anyMatch(h -> !h.contains(":") && v4 && (h.equals("0.0.0.0") || ip.equals("0.0.0.0")));
        if (clash) {
          throw refused(c, endpointId, "Error starting userland proxy: listen " + proto(e.getKey()) + (v4 ? "4 " : "6 ")
              + ip + ":" + b[1] + ": bind: address already in use");
        }
      }
    }
  }

  /** The host addresses other running containers hold {@code port} on for {@code proto}. */
  private static List<String> heldAddresses(NetworkDaemon state, Container c, String proto, String port) {
    List<String> held = new ArrayList<>();
    for (Container other : state.containers().values()) {
      if (other == c || !other.isRunning()) {
        continue;
      }
      for (Map.Entry<String, List<String[]>> oe : other.publishedPorts.entrySet()) {
        if (proto(oe.getKey()).equals(proto)) {
          for (String[] h : oe.getValue()) {
            if (h[1].equals(port)) {
              held.add(h[0]);
            }
          }
        }
      }
    }
    return held;
  }

  private static dev.kujira.engine.api.EngineException refused(Container c, String endpointId, String why) {
    return new dev.kujira.engine.api.EngineException(dev.kujira.engine.api.ErrorKind.SYSTEM,
        "driver failed programming external connectivity on endpoint " + c.name + " (" + endpointId + "): " + why);
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
