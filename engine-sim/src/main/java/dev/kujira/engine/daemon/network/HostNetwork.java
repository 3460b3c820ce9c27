package dev.kujira.engine.daemon.network;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.container.ContainerStatus;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.NetworkView.HttpHandler;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Is the learner's host on the network: localhost reaches the containers' published ports (as
 * docker-proxy and iptables do), and the host reaches every bridge address directly.
 */
public final class HostNetwork implements NetworkView {
  private final NetworkDaemon state;
  /** The --network host container whose programs listen on the host's ports, or null for the host itself. */
  private final Container owner;

  /** Creates the host's view of {@code state}'s networks. */
  public HostNetwork(NetworkDaemon state) {
    this(state, null);
  }

  public HostNetwork(NetworkDaemon state, Container owner) {
    this.state = state;
    this.owner = owner;
  }

  @Override
  public void listen(int port, HttpHandler handler) {
    if (owner != null) {
      state.networks().listenersOf(owner.id).put(port, handler);
    }
  }

  @Override
  public void unlisten(int port) {
    Map<Integer, HttpHandler> l = owner == null ? null : state.networks().listeners(owner.id);
    if (l != null) {
      l.remove(port);
    }
  }

  @Override
  public List<Iface> interfaces() {
    // The host: its own link, docker0 for the default bridge, a br-ID bridge per user network and
    // one veth (no address) per container endpoint, as `ip link` shows on a Docker host.
    List<Iface> out = new java.util.ArrayList<>();
    out.add(new Iface(1, "lo", "127.0.0.1", 8));
    out.add(new Iface(2, "eth0", "10.0.2.15", 24, "10.0.2.2", 0));
    out.add(new Iface(3, "docker0", "172.17.0.1", 16));
    int index = 4;
    for (Network n : state.networks().values()) {
      if (n.custom && n.hasSubnet()) {
        out.add(new Iface(index++, "br-" + n.id.substring(0, 12), n.gatewayText(), n.prefix));
      }
    }
    for (Network n : state.networks().values()) {
      if (!n.hasSubnet()) {
        continue; // none and host: no veth pair (a none container has only lo; a host one shares the host's)
      }
      for (Network.Endpoint e : n.endpoints.values()) {
        // The host end is the container's eth0 index + 1 (ContainerNetwork), a port of the network's bridge.
        int veth = 2 * Math.floorMod(e.ip(), 997) + 41;
        String bridge = n.custom ? "br-" + n.id.substring(0, 12) : "docker0";
        out.add(new Iface(veth, "veth" + e.endpointId().substring(0, 7), "", 0, "", veth - 1, "", bridge));
      }
    }
    return out;
  }

  @Override
  public Optional<String> resolve(String name) {
    return name.equals("localhost") ? Optional.of("127.0.0.1") : Optional.empty();
  }

  @Override
  public boolean reachable(String ip) {
    return true;
  }

  /** Returns what answers on the host's TCP {@code port}: a running container's program published there, or null. */
  public HttpHandler listener(int port) {
    for (Container c : state.containers().values()) {
      if (c.status != ContainerStatus.RUNNING) {
        continue;
      }
      if (c.networkMode.equals("host")) {
        // A host-network container listens on the host's own ports (no proxy, no port table).
        Map<Integer, HttpHandler> l = state.networks().listeners(c.id);
        if (l != null && l.containsKey(port)) {
          return l.get(port);
        }
        continue;
      }
      for (Map.Entry<String, List<String[]>> e : c.publishedPorts.entrySet()) {
        for (String[] h : e.getValue()) {
          if (h[1].equals(String.valueOf(port)) && !e.getKey().endsWith("/udp")) {
            Map<Integer, HttpHandler> l = state.networks().listeners(c.id);
            return l == null ? null : l.get(Integer.parseInt(e.getKey().split("/")[0]));
          }
        }
      }
    }
    return null;
  }

  @Override
  public HttpResult http(String ip, int port, Request request) {
    if (ip.startsWith("127.") || ip.equals("0.0.0.0")) {
      HttpHandler h = listener(port);
      // docker-proxy connects from the container network's gateway; a host-network server sees loopback.
      return proxied(port, h == null ? HttpResult.failed(HttpResult.Kind.REFUSED) : h.handle(request.from(proxySource(port))));
    }
    for (Network n : state.networks().values()) {
      for (Map.Entry<String, Network.Endpoint> e : n.endpoints.entrySet()) {
        if (Ipv4.text(e.getValue().ip()).equals(ip)) {
          return ContainerNetwork.answer(state, e.getKey(), port, request.from(n.gatewayText()));
        }
      }
    }
    return HttpResult.failed(HttpResult.Kind.UNREACHABLE);
  }

  /**
   * A refusal behind a published port reaches the client as a reset: docker-proxy has accepted the
   * connection on the host before its own connect to the container fails (recorded on Docker 26.1
   * with busybox httpd bound to 127.0.0.1, and with nothing listening).
   */
  private HttpResult proxied(int port, HttpResult r) {
    return r.kind() == HttpResult.Kind.REFUSED && !proxySource(port).equals("127.0.0.1") && published(port)
        ? HttpResult.failed(HttpResult.Kind.RESET) : r;
  }

  private boolean published(int port) {
    for (Container c : state.containers().values()) {
      if (c.status == ContainerStatus.RUNNING && !c.networkMode.equals("host")) {
        for (Map.Entry<String, List<String[]>> e : c.publishedPorts.entrySet()) {
          for (String[] h : e.getValue()) {
            if (h[1].equals(String.valueOf(port)) && !e.getKey().endsWith("/udp")) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Returns the gateway of the network of the container published on {@code port} (loopback for host networking). */
  private String proxySource(int port) {
    for (Container c : state.containers().values()) {
      if (c.status != ContainerStatus.RUNNING) {
        continue;
      }
      for (Map.Entry<String, List<String[]>> e : c.publishedPorts.entrySet()) {
        for (String[] h : e.getValue()) {
          if (h[1].equals(String.valueOf(port))) {
            for (String id : c.networks.keySet()) {
              Network n = state.networks().get(id);
              if (n != null && n.hasSubnet()) {
                return n.gatewayText();
              }
            }
          }
        }
      }
    }
    return "127.0.0.1";
  }

  @Override
  public HttpResult http(String ip, int port, String path) {
    if (ip.startsWith("127.") || ip.equals("0.0.0.0")) {
      HttpHandler h = listener(port);
      return proxied(port, h == null ? HttpResult.failed(HttpResult.Kind.REFUSED) : h.get(path));
    }
    for (Network n : state.networks().values()) {
      for (Map.Entry<String, Network.Endpoint> e : n.endpoints.entrySet()) {
        if (Ipv4.text(e.getValue().ip()).equals(ip)) {
          return ContainerNetwork.answer(state, e.getKey(), port, path);
        }
      }
    }
    return HttpResult.failed(HttpResult.Kind.UNREACHABLE);
  }
}
