package dev.kujira.engine.daemon.network;

import dev.kujira.engine.container.Container;
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
public final class ContainerNetwork implements NetworkView {
  private final NetworkDaemon state;
  private final Container c;

  public ContainerNetwork(NetworkDaemon state, Container c) {
    this.state = state;
    this.c = c;
  }

  @Override
  public List<Iface> interfaces() {
    List<Iface> out = new ArrayList<>();
    out.add(new Iface(1, "lo", "127.0.0.1", 8));
    List<Iface> links = new ArrayList<>();
    for (String id : c.networks.keySet()) {
      Network n = state.networks().get(id);
      Network.Endpoint e = n == null ? null : n.endpoints.get(c.id);
      if (e != null) {
        // Interface indexes count every veth the host made so far; each container gets the next pair.
        int index = 2 * Math.floorMod(e.ip(), 997) + 40;
        // An --internal network gives no default route (no gateway out).
        links.add(new Iface(index, e.iface(), Ipv4.text(e.ip()), n.prefix, n.internal ? "" : n.gatewayText(), index + 1,
            macAddress(c, id)));
      }
    }
    links.sort(java.util.Comparator.comparing(Iface::name));
    out.addAll(links);
    return out;
  }

  /** --mac-address: the MAC of the endpoint on the network the container was created on (moby 25+). */
  public static String macAddress(Container c, String networkId) {
    Object mac = c.settings.get("Config.MacAddress");
    boolean first = !c.networks.isEmpty() && c.networks.keySet().iterator().next().equals(networkId);
    return first && mac instanceof String m ? m : "";
  }

  @Override
  public Optional<String> resolve(String name) {
    Optional<String> fromHosts = hostsFile(name);
    if (fromHosts.isPresent()) {
      return fromHosts;
    }
    for (String id : c.networks.keySet()) {
      Network n = state.networks().get(id);
      if (n == null || !n.custom || !n.endpoints.containsKey(c.id)) {
        continue;
      }
      for (Map.Entry<String, Network.Endpoint> e : n.endpoints.entrySet()) {
        Container peer = state.containers().get(e.getKey());
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
      String hosts = new String(state.files(c).read("/etc/hosts"), StandardCharsets.UTF_8);
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
    state.networks().listenersOf(c.id).put(port, handler);
  }

  @Override
  public void unlisten(int port) {
    Map<Integer, HttpHandler> l = state.networks().listeners(c.id);
    if (l != null) {
      l.remove(port);
    }
  }

  @Override
  public HttpResult http(String ip, int port, String path) {
    String id = peer(ip);
    return id == null ? HttpResult.failed(HttpResult.Kind.UNREACHABLE) : answer(state, id, port, path);
  }

  @Override
  public HttpResult http(String ip, int port, Request request) {
    String id = peer(ip);
    return id == null ? HttpResult.failed(HttpResult.Kind.UNREACHABLE)
        : answer(state, id, port, request.from(ip.startsWith("127.") ? "127.0.0.1" : sourceTo(ip)));
  }

  /** Returns this container's address on the network that holds {@code ip}. */
  private String sourceTo(String ip) {
    for (String id : c.networks.keySet()) {
      Network n = state.networks().get(id);
      Network.Endpoint mine = n == null ? null : n.endpoints.get(c.id);
      if (mine != null && n.endpoints.values().stream().anyMatch(e -> Ipv4.text(e.ip()).equals(ip))) {
        return Ipv4.text(mine.ip());
      }
    }
    return "127.0.0.1";
  }

  @Override
  public HttpResult tcp(String ip, int port, byte[] data) {
    String id = peer(ip);
    return id == null ? HttpResult.failed(HttpResult.Kind.UNREACHABLE) : answerRaw(state, id, port, data);
  }

  /** Returns the running container that has {@code ip} on a network shared with this one (itself for 127.x). */
  private String peer(String ip) {
    if (ip.startsWith("127.")) {
      return c.id;
    }
    for (String id : c.networks.keySet()) {
      Network n = state.networks().get(id);
      if (n == null || !n.endpoints.containsKey(c.id)) {
        continue;
      }
      for (Map.Entry<String, Network.Endpoint> e : n.endpoints.entrySet()) {
        Container peer = state.containers().get(e.getKey());
        if (Ipv4.text(e.getValue().ip()).equals(ip) && peer != null
            && peer.status == dev.kujira.engine.container.ContainerStatus.RUNNING) {
          return peer.id;
        }
      }
    }
    return null;
  }

  /** Asks the program listening on {@code port} of container {@code id}, or reports the port closed. */
  public static HttpResult answer(NetworkDaemon state, String id, int port, String path) {
    HttpHandler h = listener(state, id, port);
    return h == null ? HttpResult.failed(HttpResult.Kind.REFUSED) : h.get(path);
  }

  /** Hands {@code request} to the program listening on {@code port} of container {@code id}. */
  public static HttpResult answer(NetworkDaemon state, String id, int port, Request request) {
    HttpHandler h = listener(state, id, port);
    return h == null ? HttpResult.failed(HttpResult.Kind.REFUSED) : h.handle(request);
  }

  /** Returns the program listening on {@code port} of container {@code id}, or null. */
  private static HttpHandler listener(NetworkDaemon state, String id, int port) {
    Map<Integer, HttpHandler> l = state.networks().listeners(id);
    return l == null ? null : l.get(port);
  }

  /**
   * Sends raw bytes to the listener on {@code port} of container {@code id}: a raw listener
   * answers them; an HTTP one reads the request line and replies with a whole HTTP/1.1 response.
   */
  public static HttpResult answerRaw(NetworkDaemon state, String id, int port, byte[] data) {
    HttpHandler h = listener(state, id, port);
    if (h == null) {
      return HttpResult.failed(HttpResult.Kind.REFUSED);
    }
    if (h instanceof RawHandler) {
      return new HttpResult(HttpResult.Kind.ANSWERED, 0, "", ((RawHandler) h).exchange(data));
    }
    String request = new String(data, StandardCharsets.UTF_8);
    String[] line = request.split("\r?\n", 2)[0].split(" ");
    if (line.length < 2 || !line[0].matches("[A-Z]+")) {
      return new HttpResult(HttpResult.Kind.ANSWERED, 0, "", new byte[0]);
    }
    HttpResult r = h.get(line[1]);
    String head = "HTTP/1.1 " + r.status() + " " + r.reason() + "\r\nContent-Length: " + r.body().length
        + "\r\n\r\n";
    byte[] h2 = head.getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(h2, h2.length + r.body().length);
    System.arraycopy(r.body(), 0, all, h2.length, r.body().length);
    return new HttpResult(HttpResult.Kind.ANSWERED, r.status(), r.reason(), all);
  }

  @Override
  public boolean reachable(String ip) {
    if (peer(ip) != null) {
      return true;
    }
    // The gateway of a network this container is on answers too.
    for (String id : c.networks.keySet()) {
      Network n = state.networks().get(id);
      if (n != null && n.endpoints.containsKey(c.id) && n.gatewayText().equals(ip)) {
        return true;
      }
    }
    return false;
  }
}
