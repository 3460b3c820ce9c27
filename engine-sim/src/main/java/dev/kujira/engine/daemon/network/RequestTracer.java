package dev.kujira.engine.daemon.network;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.ProcessEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Traces one request through the simulated network, step by step, the way a learner should
 * reason about it: who asks, how the name is resolved, which network carries the packet, which
 * port is asked and who listens there. Each step says why it succeeds or where it fails.
 * Everything comes from the daemon's model, the same one {@code wget} and {@code ping} use.
 */
public final class RequestTracer {
  private final NetworkDaemon state;
  private final List<String> steps = new ArrayList<>();

  public RequestTracer(NetworkDaemon state) {
    this.state = state;
  }

  /** Traces a request from container {@code from} (or "host") to {@code target} (a URL or HOST:PORT). */
  public List<String> trace(String from, String target) {
    Target t = Target.parse(target);
    if (t == null) {
      say("target", "'" + target + "' is not a URL or HOST:PORT with a host and a port from 1 to 65535"
          + " (such as http://localhost:8080 or web:80)");
      return steps;
    }
    if (from.equals("host")) {
      fromHost(t);
    } else {
      fromContainer(from, t);
    }
    return steps;
  }

  /** A parsed destination: host name or address and port. */
  private record Target(String scheme, String host, int port) {
    /**
     * Returns the destination, or null when {@code text} names no host ("http://", ":80") or a
     * port out of range. Parsed by hand: container names may hold "_", which java.net.URI's host
     * does not accept.
     */
    public static Target parse(String text) {
      int sep = text.indexOf("://");
      String scheme = sep < 0 ? "tcp" : text.substring(0, sep).toLowerCase(java.util.Locale.ROOT);
      String rest = sep < 0 ? text : text.substring(sep + 3);
      int slash = rest.indexOf('/');
      String authority = slash < 0 ? rest : rest.substring(0, slash);
      authority = authority.substring(authority.lastIndexOf('@') + 1);
      String host = authority;
      int port = -1;
      int colon = authority.lastIndexOf(':');
      if (colon >= 0 && !authority.endsWith("]")) {
        host = authority.substring(0, colon);
        String p = authority.substring(colon + 1);
        if (!p.matches("[0-9]{1,5}") || Integer.parseInt(p) > 65535 || Integer.parseInt(p) == 0) {
          return null;
        }
        port = Integer.parseInt(p);
      }
      if (host.isEmpty()) {
        return null;
      }
      if (port < 0) {
        port = switch (scheme) {
          case "https" -> 443;
          case "mysql" -> 3306;
          case "postgres", "postgresql" -> 5432;
          case "redis" -> 6379;
          default -> 80;
        };
      }
      return new Target(scheme, host, port);
    }
  }

  private void say(String step, String text) {
    steps.add((steps.size() + 1) + " " + step + ": " + text);
  }

  private void fromContainer(String from, Target t) {
    Container c = state.containers().find(from);
    if (c == null) {
      say("source", "there is no container named '" + from + "'");
      return;
    }
    if (!c.isRunning()) {
      say("source", "container " + c.name + " is " + c.status.name().toLowerCase(java.util.Locale.ROOT)
          + ": only a running container can send requests");
      return;
    }
    List<String> nets = new ArrayList<>();
    for (String id : c.networks.keySet()) {
      Network n = state.networks().get(id);
      Network.Endpoint e = n == null ? null : n.endpoints.get(c.id);
      nets.add(n == null ? id : n.name + (e == null ? "" : " (" + Ipv4.text(e.ip()) + ")"));
    }
    say("source", "container " + c.name + " is running on " + (nets.isEmpty() ? "no network"
        : String.join(", ", nets)) + (c.networkMode.equals("host") ? " (host mode: it uses the host's network)" : ""));
    if (c.networkMode.equals("host")) {
      fromHost(t);
      return;
    }
    String ip = resolve(c, t.host());
    if (ip == null) {
      return;
    }
    Container peer = route(c, ip);
    if (peer == null) {
      return;
    }
    listener(peer, t.port(), true);
  }

  private String resolve(Container c, String host) {
    if (host.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
      say("name", host + " is an address already: no DNS lookup");
      return host;
    }
    Optional<String> ip = new ContainerNetwork(state, c).resolve(host);
    boolean userNet = c.networks.keySet().stream().map(state.networks()::get).anyMatch(n -> n != null && n.custom);
    if (ip.isPresent()) {
      say("name", host + " resolves to " + ip.get() + (userNet
          ? " (from /etc/hosts or the embedded DNS server 127.0.0.11 of a user-defined network)"
          : " (from /etc/hosts: a --link or the container's own name)"));
      return ip.get();
    }
    Container named = state.containers().find(host);
    if (named == null) {
      named = aliasOwner(host);
    }
    if (named == null) {
      say("name", "nothing answers the name '" + host + "': no container, alias or /etc/hosts entry has it"
          + " (wget says: bad address '" + host + "')");
    } else if (!named.isRunning()) {
      say("name", "container " + named.name + " exists but is not running, so DNS does not answer for it"
          + " (wget says: bad address '" + host + "')");
    } else if (!userNet) {
      Container other = named;
      boolean shared = c.networks.keySet().stream().anyMatch(other.networks::containsKey);
      say("name", c.name + " is only on the default bridge, which has no DNS for container names: put both"
          + " containers on a user-defined network (docker network create)" + (shared ? " or use the address "
          + new ContainerNetwork(state, named).interfaces().stream().filter(i -> !i.name().equals("lo"))
              .map(NetworkView.Iface::address).findFirst().orElse("?") : "; they share no network at all"));
    } else {
      say("name", "container " + named.name + " is running but shares no user-defined network with " + c.name
          + "; the embedded DNS only answers for containers on the same network (docker network connect)");
    }
    return null;
  }

  private Container aliasOwner(String alias) {
    for (Network n : state.networks().values()) {
      for (Map.Entry<String, Network.Endpoint> e : n.endpoints.entrySet()) {
        if (e.getValue().aliases().contains(alias)) {
          return state.containers().get(e.getKey());
        }
      }
    }
    return null;
  }

  private Container route(Container c, String ip) {
    if (ip.startsWith("127.")) {
      say("route", ip + " is the loopback address: the request stays inside " + c.name);
      return c;
    }
    for (String id : c.networks.keySet()) {
      Network n = state.networks().get(id);
      if (n == null || !n.endpoints.containsKey(c.id)) {
        continue;
      }
      for (Map.Entry<String, Network.Endpoint> e : n.endpoints.entrySet()) {
        Container peer = state.containers().get(e.getKey());
        if (peer != null && Ipv4.text(e.getValue().ip()).equals(ip)) {
          say("route", "network " + n.name + " (" + n.subnet() + ") connects " + c.name + " to " + peer.name
              + " at " + ip);
          return peer;
        }
      }
    }
    say("route", "no network of " + c.name + " has " + ip + ": the packets go nowhere"
        + " (ping loses them, wget times out)");
    return null;
  }

  private void listener(Container peer, int port, boolean inside) {
    Map<Integer, NetworkView.HttpHandler> l = state.networks().listeners(peer.id);
    if (l != null && l.containsKey(port)) {
      String program = peer.machine == null ? "a program" : peer.machine.processes().stream()
          .map(ProcessEntry::comm).findFirst().orElse("a program");
      say("port", program + " in " + peer.name + " listens on port " + port + ": the request is answered");
      return;
    }
    StringBuilder why = new StringBuilder("nothing in " + peer.name + " listens on port " + port
        + ": the connection is refused");
    if (l != null && !l.isEmpty()) {
      why.append(" (it listens on ").append(l.keySet()).append(")");
    }
    if (inside && peer.exposedPorts.contains(port + "/tcp")) {
      why.append("; the image EXPOSEs it, but EXPOSE only documents a port, a program must open it");
    }
    say("port", why.toString());
  }

  private void fromHost(Target t) {
    say("source", "the host (your machine)");
    String host = t.host();
    if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("0.0.0.0")) {
      for (Network n : state.networks().values()) {
        for (Map.Entry<String, Network.Endpoint> e : n.endpoints.entrySet()) {
          if (Ipv4.text(e.getValue().ip()).equals(host)) {
            Container peer = state.containers().get(e.getKey());
            say("route", "the host reaches bridge address " + host + " of " + peer.name + " directly (on Linux)");
            listener(peer, t.port(), false);
            return;
          }
        }
      }
      say("name", "the host cannot resolve container names such as '" + host + "': publish a port with -p and"
          + " use localhost:PORT");
      return;
    }
    for (Container c : state.containers().values()) {
      if (!c.isRunning()) {
        continue;
      }
      for (Map.Entry<String, List<String[]>> e : c.publishedPorts.entrySet()) {
        for (String[] h : e.getValue()) {
          if (h[1].equals(String.valueOf(t.port())) && !h[0].equals("::")) {
            int inner = Integer.parseInt(e.getKey().split("/")[0]);
            say("port", "host port " + t.port() + " is published by " + c.name + " (-p " + t.port() + ":" + inner
                + "): docker forwards it to port " + inner + " of the container");
            listener(c, inner, false);
            return;
          }
        }
      }
    }
    say("port", "no running container publishes host port " + t.port() + " (docker ps shows the PORTS;"
        + " publish with -p " + t.port() + ":CONTAINER_PORT): the connection is refused");
  }
}
