package dev.kujira.engine.daemon;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.NetworkView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Is a container's view of the network, computed from the daemon's networks at each question:
 * names resolve through /etc/hosts, then through the embedded DNS (127.0.0.11) on user networks
 * only; the default bridge resolves no container names (conformance 50: "bad address 'beta'").
 */
final class ContainerNetwork implements NetworkView {
  private final DaemonState state;
  private final Container c;

  ContainerNetwork(DaemonState state, Container c) {
    this.state = state;
    this.c = c;
  }

  @Override
  public List<Iface> interfaces() {
    List<Iface> out = new ArrayList<>();
    out.add(new Iface(1, "lo", "127.0.0.1", 8));
    int eth = 0;
    for (String id : c.networks.keySet()) {
      Network n = state.networks.get(id);
      Network.Endpoint e = n == null ? null : n.endpoints.get(c.id);
      if (e != null) {
        out.add(new Iface(40 + eth * 2, "eth" + eth, Ipv4.text(e.ip()), n.prefix));
        eth++;
      }
    }
    return out;
  }

  @Override
  public Optional<String> resolve(String name) {
    Optional<String> fromHosts = hostsFile(name);
    if (fromHosts.isPresent()) {
      return fromHosts;
    }
    for (String id : c.networks.keySet()) {
      Network n = state.networks.get(id);
      if (n == null || !n.custom || !n.endpoints.containsKey(c.id)) {
        continue;
      }
      for (Map.Entry<String, Network.Endpoint> e : n.endpoints.entrySet()) {
        Container peer = state.containers.get(e.getKey());
        if (peer != null && (peer.name.equals(name) || peer.id.startsWith(name) && name.length() >= 12
            || e.getValue().aliases().contains(name))) {
          return Optional.of(Ipv4.text(e.getValue().ip()));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> hostsFile(String name) {
    try {
      String hosts = new String(Rootfs.view(state, c).read("/etc/hosts"), StandardCharsets.UTF_8);
      for (String line : hosts.split("\n")) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length > 1 && !parts[0].startsWith("#") && parts[0].contains(".")) {
          for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals(name)) {
              return Optional.of(parts[0]);
            }
          }
        }
      }
    } catch (FsException e) {
      // no /etc/hosts: nothing from it
    }
    return Optional.empty();
  }

  @Override
  public void listen(int port, HttpHandler handler) {
    state.httpListeners.computeIfAbsent(c.id, k -> new java.util.LinkedHashMap<>()).put(port, handler);
  }

  @Override
  public void unlisten(int port) {
    Map<Integer, HttpHandler> l = state.httpListeners.get(c.id);
    if (l != null) {
      l.remove(port);
    }
  }

  @Override
  public HttpResult http(String ip, int port, String path) {
    if (ip.startsWith("127.")) {
      return answer(state, c.id, port, path);
    }
    for (String id : c.networks.keySet()) {
      Network n = state.networks.get(id);
      if (n == null || !n.endpoints.containsKey(c.id)) {
        continue;
      }
      for (Map.Entry<String, Network.Endpoint> e : n.endpoints.entrySet()) {
        Container peer = state.containers.get(e.getKey());
        if (Ipv4.text(e.getValue().ip()).equals(ip) && peer != null
            && peer.status == dev.kujira.engine.container.ContainerStatus.RUNNING) {
          return answer(state, peer.id, port, path);
        }
      }
    }
    return HttpResult.failed(HttpResult.Kind.UNREACHABLE);
  }

  /** Asks the program listening on {@code port} of container {@code id}, or reports the port closed. */
  static HttpResult answer(DaemonState state, String id, int port, String path) {
    Map<Integer, HttpHandler> l = state.httpListeners.get(id);
    HttpHandler h = l == null ? null : l.get(port);
    return h == null ? HttpResult.failed(HttpResult.Kind.REFUSED) : h.get(path);
  }

  @Override
  public boolean reachable(String ip) {
    if (ip.startsWith("127.")) {
      return true;
    }
    for (String id : c.networks.keySet()) {
      Network n = state.networks.get(id);
      if (n == null || !n.endpoints.containsKey(c.id)) {
        continue;
      }
      for (Map.Entry<String, Network.Endpoint> e : n.endpoints.entrySet()) {
        Container peer = state.containers.get(e.getKey());
        if (Ipv4.text(e.getValue().ip()).equals(ip) && peer != null
            && peer.status == dev.kujira.engine.container.ContainerStatus.RUNNING) {
          return true;
        }
      }
      if (n.gatewayText().equals(ip)) {
        return true;
      }
    }
    return false;
  }
}
