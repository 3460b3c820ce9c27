package dev.kujira.engine.daemon.network;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.GoNil;
import dev.kujira.engine.container.Container;
import dev.kujira.engine.format.Times;
import dev.kujira.engine.util.Ids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * network inspect's document (moby api/types/network Inspect): the IPAM config with the given subnets
 * first and the pools picked after, the endpoints with their IPv4 and IPv6 addresses, the options.
 */
final class NetworkDocument {
  private NetworkDocument() {
  }

  private static ApiObject ipamConfig(String subnet, String range, String gateway, Map<String, String> aux) {
    // network.IPAMConfig: every field omitempty in JSON, all four printed by a template
    // ({{.IPAM.Config}} gives "[{172.19.0.0/16  172.19.0.1 map[]}]" on Docker 26.1).
    Map<String, Object> cfg = new LinkedHashMap<>();
    cfg.put("Subnet", subnet);
    cfg.put("IPRange", range);
    cfg.put("Gateway", gateway);
    cfg.put("AuxiliaryAddresses", aux.isEmpty() ? GoNil.MAP : new TreeMap<String, Object>(aux));
    return new ApiObject("network.IPAMConfig", cfg, java.util.Set.of("Subnet", "IPRange", "Gateway", "AuxiliaryAddresses"));
  }

  static ApiObject of(NetworkDaemon state, Network n) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Name", n.name);
    f.put("Id", n.id);
    f.put("Created", Times.rfc3339Nano(n.created));
    f.put("Scope", n.more.scope().isEmpty() ? "local" : n.more.scope());
    f.put("Driver", n.driver);
    f.put("EnableIPv6", n.ipv6);
    Map<String, Object> ipam = new LinkedHashMap<>();
    ipam.put("Driver", n.more.ipamDriver().isEmpty() ? "default" : n.more.ipamDriver());
    if (n.hasSubnet() || n.more.configOnly()) {
      ipam.put("Options", n.custom ? new TreeMap<String, Object>(n.more.ipamOptions()) : GoNil.MAP);
      // network.IPAMConfig: every field omitempty in JSON, all four printed by a template
      // ({{.IPAM.Config}} gives "[{172.19.0.0/16  172.19.0.1 map[]}]" on Docker 26.1).
      // The subnets given come first (IPv4, then IPv6), then the IPv4 pool the daemon picked (recorded on 26.1).
      ApiObject v4 = ipamConfig(n.subnet(), n.ipRange, n.configGateway ? n.gatewayText() : "", n.more.auxAddresses());
      List<ApiObject> config = new ArrayList<>();
      if (n.givenSubnet) {
        config.add(v4);
      }
      if (!n.subnet6.isEmpty()) {
        config.add(ipamConfig(n.subnet6, n.ipRange6, n.configGateway6 ? dev.kujira.engine.util.Ipv6.text(n.gateway6) : "",
            Map.of()));
      }
      if (!n.givenSubnet && !n.more.configOnly()) {
        config.add(v4);
      }
      ipam.put("Config", config);
    } else {
      ipam.put("Options", GoNil.MAP);
      ipam.put("Config", GoNil.SLICE);
    }
    f.put("IPAM", new ApiObject("network.IPAM", ipam));
    f.put("Internal", n.internal);
    f.put("Attachable", n.attachable);
    f.put("Ingress", false);
    f.put("ConfigFrom", new ApiObject("network.ConfigReference", Map.of("Network", n.more.configFrom())));
    f.put("ConfigOnly", n.more.configOnly());
    Map<String, Object> containers = new TreeMap<>();
    n.endpoints.forEach((cid, e) -> {
      Container c = state.containers().get(cid);
      Map<String, Object> ep = new LinkedHashMap<>();
      ep.put("Name", c == null ? "" : c.name);
      ep.put("EndpointID", e.endpointId());
      ep.put("MacAddress", Ipv4.mac(e.ip()));
      ep.put("IPv4Address", Ipv4.text(e.ip()) + "/" + n.prefix);
      java.math.BigInteger v6 = n.ip6.get(cid);
      ep.put("IPv6Address", v6 == null ? "" : dev.kujira.engine.util.Ipv6.text(v6) + "/" + n.prefix6());
      containers.put(cid, new ApiObject("network.EndpointResource", ep));
    });
    if (n.driver.equals("null") || n.driver.equals("host")) {
      // A running container on none or host has an endpoint without addresses (recorded on Docker 26.1:
      // network inspect none lists it with IPv4Address "").
      for (Container c : state.containers().values()) {
        if (c.isRunning() && c.networkMode.equals(n.name)) {
          Map<String, Object> ep = new LinkedHashMap<>();
          ep.put("Name", c.name);
          ep.put("EndpointID", Ids.sha256Hex("endpoint:" + c.id + ":" + n.id));
          ep.put("MacAddress", "");
          ep.put("IPv4Address", "");
          ep.put("IPv6Address", "");
          containers.put(c.id, new ApiObject("network.EndpointResource", ep));
        }
      }
    }
    f.put("Containers", containers);
    Map<String, Object> options = new TreeMap<>();
    if (n.name.equals("bridge")) {
      options.put("com.docker.network.bridge.default_bridge", "true");
      options.put("com.docker.network.bridge.enable_icc", "true");
      options.put("com.docker.network.bridge.enable_ip_masquerade", "true");
      options.put("com.docker.network.bridge.host_binding_ipv4", "0.0.0.0");
      options.put("com.docker.network.bridge.name", "docker0");
      options.put("com.docker.network.driver.mtu", "1500");
    }
    options.putAll(n.options);
    f.put("Options", options);
    f.put("Labels", new TreeMap<String, Object>(n.labels));
    return new ApiObject("network.Inspect", f);
  }
}
