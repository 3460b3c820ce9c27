package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.network.ContainerNetwork;
import dev.kujira.engine.daemon.network.Ipv4;
import dev.kujira.engine.daemon.network.Network;
import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.GoNil;
import dev.kujira.engine.util.Ids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@code .NetworkSettings} of a container's inspect document: one entry per attached
 * network, and the legacy top-level address fields for the default bridge only.
 */
public final class NetworkJson {
  private NetworkJson() {
  }

  public static ApiObject settings(DaemonState state, Container c) {
    boolean up = c.isRunning();
    Network.Endpoint bridgeEp = null;
    Network bridge = null;
    Map<String, Object> networks = new TreeMap<>();
    for (Map.Entry<String, List<String>> a : c.networks.entrySet()) {
      Network n = state.networks().get(a.getKey());
      if (n == null) {
        continue;
      }
      Network.Endpoint ep = up ? n.endpoints.get(c.id) : null;
      if (n.name.equals("bridge")) {
        bridgeEp = ep;
        bridge = n;
      }
      networks.put(n.name, endpoint(c, n, ep, a.getValue()));
    }
    String sandbox = up ? Ids.sha256Hex("sandbox:" + c.id + ":" + c.startedAt) : "";
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Bridge", "");
    f.put("SandboxID", sandbox);
    f.put("SandboxKey", up ? "/var/run/docker/netns/" + sandbox.substring(0, 12) : "");
    Map<String, Object> ports = new TreeMap<>();
    // A host-mode container has no port map of its own (recorded: "host {}").
    if (up && !c.networkMode.equals("host")) {
      c.exposedPorts.forEach(p -> ports.put(p, null));
      ports.putAll(castMap(HostConfigJson.portBindings(c.publishedPorts, false)));
    }
    f.put("Ports", ports);
    f.put("HairpinMode", false);
    f.put("LinkLocalIPv6Address", "");
    f.put("LinkLocalIPv6PrefixLen", 0L);
    f.put("SecondaryIPAddresses", GoNil.SLICE);
    f.put("SecondaryIPv6Addresses", GoNil.SLICE);
    f.put("EndpointID", bridgeEp == null ? "" : bridgeEp.endpointId());
    f.put("Gateway", bridgeEp == null ? "" : bridge.gatewayText());
    f.put("GlobalIPv6Address", "");
    f.put("GlobalIPv6PrefixLen", 0L);
    f.put("IPAddress", bridgeEp == null ? "" : Ipv4.text(bridgeEp.ip()));
    f.put("IPPrefixLen", bridgeEp == null ? 0L : (long) bridge.prefix);
    f.put("IPv6Gateway", "");
    f.put("MacAddress", bridgeEp == null ? "" : mac(c, bridge.id, bridgeEp));
    f.put("Networks", networks);
    return new ApiObject("types.NetworkSettings", f);
  }

  private static ApiObject endpoint(Container c, Network n, Network.Endpoint ep, List<String> aliases) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("IPAMConfig", ipamConfig(c, n));
    e.put("Links", GoNil.SLICE);
    e.put("Aliases", aliases.isEmpty() ? GoNil.SLICE : aliases);
    e.put("MacAddress", ep == null ? "" : mac(c, n.id, ep));
    e.put("NetworkID", ep == null && !n.custom ? "" : n.id);
    e.put("EndpointID", ep == null ? "" : ep.endpointId());
    e.put("Gateway", ep == null ? "" : n.gatewayText());
    e.put("IPAddress", ep == null ? "" : Ipv4.text(ep.ip()));
    e.put("IPPrefixLen", ep == null ? 0L : (long) n.prefix);
    java.math.BigInteger v6 = ep == null ? null : n.ip6.get(c.id);
    e.put("IPv6Gateway", v6 == null ? "" : dev.kujira.engine.util.Ipv6.text(n.gateway6));
    e.put("GlobalIPv6Address", v6 == null ? "" : dev.kujira.engine.util.Ipv6.text(v6));
    e.put("GlobalIPv6PrefixLen", v6 == null ? 0L : (long) n.prefix6());
    e.put("DriverOpts", GoNil.MAP);
    if (n.custom) {
      // The name, the aliases, then the short id (recorded on Docker 26.1).
      List<String> dns = new ArrayList<>(List.of(c.name));
      dns.addAll(aliases);
      dns.add(c.id.substring(0, 12));
      e.put("DNSNames", ep == null ? GoNil.SLICE : dns);
    } else {
      e.put("DNSNames", GoNil.SLICE);
    }
    return new ApiObject("network.EndpointSettings", e);
  }

  private static String mac(Container c, String networkId, Network.Endpoint ep) {
    String set = ContainerNetwork.macAddress(c, networkId);
    return set.isEmpty() ? Ipv4.mac(ep.ip()) : set;
  }

  /** The endpoint's IPAM settings: --link-local-ip on the network the container was created on, else nil. */
  private static Object ipamConfig(Container c, Network n) {
    Object lli = c.settings.get("Endpoint.LinkLocalIPs");
    Object ip = c.settings.get(dev.kujira.engine.daemon.network.NetworkService.IPV4 + n.id);
    Object ip6 = c.settings.get(dev.kujira.engine.daemon.network.NetworkService.IPV6 + n.id);
    boolean first = !c.networks.isEmpty() && c.networks.keySet().iterator().next().equals(n.id);
    if (ip == null && ip6 == null && (!(lli instanceof List<?>) || !first)) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    if (ip != null) {
      m.put("IPv4Address", ip);
    }
    if (ip6 != null) {
      m.put("IPv6Address", ip6);
    }
    if (lli instanceof List<?> && first) {
      m.put("LinkLocalIPs", lli);
    }
    return new ApiObject("network.EndpointIPAMConfig", m);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return o instanceof Map ? (Map<String, Object>) o : Map.of();
  }
}
