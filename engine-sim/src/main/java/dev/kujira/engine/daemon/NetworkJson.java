package dev.kujira.engine.daemon;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.GoNil;
import dev.kujira.engine.util.Ids;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds {@code .NetworkSettings} of a container's inspect document (default bridge only, for now). */
final class NetworkJson {
  static final String BRIDGE_NETWORK_ID = Ids.sha256Hex("network:bridge");

  private NetworkJson() {
  }

  static ApiObject settings(DaemonState state, Container c) {
    boolean up = c.isRunning() && !c.ipAddress.isEmpty();
    String endpoint = up ? Ids.sha256Hex("endpoint:" + c.id + ":" + c.startedAt) : "";
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Bridge", "");
    f.put("SandboxID", up ? Ids.sha256Hex("sandbox:" + c.id + ":" + c.startedAt) : "");
    f.put("SandboxKey", up ? "/var/run/docker/netns/" + Ids.sha256Hex("sandbox:" + c.id + ":" + c.startedAt).substring(0, 12) : "");
    Map<String, Object> ports = new TreeMap<>();
    if (up) {
      c.exposedPorts.forEach(p -> ports.put(p, null));
      ports.putAll(castMap(HostConfigJson.portBindings(c.publishedPorts, false)));
    }
    f.put("Ports", ports);
    f.put("HairpinMode", false);
    f.put("LinkLocalIPv6Address", "");
    f.put("LinkLocalIPv6PrefixLen", 0L);
    f.put("SecondaryIPAddresses", GoNil.SLICE);
    f.put("SecondaryIPv6Addresses", GoNil.SLICE);
    f.put("EndpointID", endpoint);
    f.put("Gateway", up ? BridgeIpam.GATEWAY : "");
    f.put("GlobalIPv6Address", "");
    f.put("GlobalIPv6PrefixLen", 0L);
    f.put("IPAddress", up ? c.ipAddress : "");
    f.put("IPPrefixLen", up ? (long) BridgeIpam.PREFIX : 0L);
    f.put("IPv6Gateway", "");
    f.put("MacAddress", up ? BridgeIpam.mac(c.ipAddress) : "");
    Map<String, Object> networks = new TreeMap<>();
    if (c.networkMode.equals("bridge")) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("IPAMConfig", null);
      n.put("Links", GoNil.SLICE);
      n.put("Aliases", GoNil.SLICE);
      n.put("MacAddress", up ? BridgeIpam.mac(c.ipAddress) : "");
      n.put("NetworkID", up ? BRIDGE_NETWORK_ID : "");
      n.put("EndpointID", endpoint);
      n.put("Gateway", up ? BridgeIpam.GATEWAY : "");
      n.put("IPAddress", up ? c.ipAddress : "");
      n.put("IPPrefixLen", up ? (long) BridgeIpam.PREFIX : 0L);
      n.put("IPv6Gateway", "");
      n.put("GlobalIPv6Address", "");
      n.put("GlobalIPv6PrefixLen", 0L);
      n.put("DriverOpts", GoNil.MAP);
      n.put("DNSNames", GoNil.SLICE);
      networks.put("bridge", new ApiObject("network.EndpointSettings", n));
    }
    f.put("Networks", networks);
    return new ApiObject("types.NetworkSettings", f);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return o instanceof Map ? (Map<String, Object>) o : Map.of();
  }
}
