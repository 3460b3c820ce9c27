package dev.kujira.engine.daemon.network;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.filters.Filters;
import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.NetworkCreateRequest;
import dev.kujira.engine.util.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Creates, lists, removes and connects networks (moby daemon/network.go with libnetwork's default
 * IPAM): user networks take 172.18.0.0/16, 172.19.0.0/16, … in turn, and an address is the lowest
 * free one of the subnet.
 */
public final class NetworkService {
  private final NetworkDaemon state;

  public NetworkService(NetworkDaemon state) {
    this.state = state;
  }

  /** Adds the three predefined networks of a new daemon. */
  public static void defaults(NetworkDaemon state) {
    int bridge = Ipv4.parse("172.17.0.0");
    state.networks().put(Ids.sha256Hex("kujira-network:bridge"), new Network(Ids.sha256Hex("kujira-network:bridge"),
        "bridge", "bridge", bridge, 16, bridge + 1, false, false, state.clock().now(), Map.of()));
    state.networks().put(Ids.sha256Hex("kujira-network:host"), new Network(Ids.sha256Hex("kujira-network:host"), "host",
        "host", 0, 0, 0, false, false, state.clock().now(), Map.of()));
    state.networks().put(Ids.sha256Hex("kujira-network:none"), new Network(Ids.sha256Hex("kujira-network:none"), "none",
        "null", 0, 0, 0, false, false, state.clock().now(), Map.of()));
  }

  /** Whether {@code ref} names a network (id, name, or id prefix), as {@link #find} would find it. */
  public boolean exists(String ref) {
    return state.networks().containsKey(ref)
        || state.networks().values().stream().anyMatch(n -> n.name.equals(ref) || n.id.startsWith(ref));
  }

  /** Returns the network {@code ref} names (id, name, or id prefix), or throws "network X not found". */
  public Network find(String ref) {
    Network byId = state.networks().get(ref);
    if (byId != null) {
      return byId;
    }
    for (Network n : state.networks().values()) {
      if (n.name.equals(ref)) {
        return n;
      }
    }
    for (Network n : state.networks().values()) {
      if (n.id.startsWith(ref)) {
        return n;
      }
    }
    throw NetworkErrors.notFound(ref);
  }

  /** The daemon's IPAMConfig validation (moby api/types/network ipam.go): every fault, joined under one heading. */
  private static void validate(String subnet, String range, String gateway) {
    List<String> faults = new java.util.ArrayList<>();
    if (!subnet.isEmpty() && !Ipv4.isPrefix(subnet)) {
      faults.add("invalid subnet " + subnet + ": invalid CIDR block notation");
    }
    if (!range.isEmpty() && !Ipv4.isPrefix(range)) {
      faults.add("invalid ip-range " + range + ": invalid CIDR block notation");
    }
    if (!gateway.isEmpty() && !Ipv4.isAddress(gateway)) {
      faults.add("invalid gateway " + gateway + ": invalid address");
    }
    if (!faults.isEmpty()) {
      throw NetworkErrors.invalidConfig(faults);
    }
  }

  public String create(dev.kujira.engine.api.NetworkCreateRequest r) {
    String name = r.name();
    String driver = r.driver();
    String subnet = r.subnet();
    String gateway = r.gateway();
    boolean internal = r.internal();
    Map<String, String> labels = r.labels();
    for (Network n : state.networks().values()) {
      if (n.name.equals(name)) {
        throw NetworkErrors.nameInUse(name);
      }
    }
    if (state.networks().size() >= dev.kujira.engine.process.Limits.NETWORKS) {
      throw NetworkErrors.tooMany(dev.kujira.engine.process.Limits.NETWORKS);
    }
    if (driver.equals("overlay")) {
      // Overlay networks live in a swarm; this daemon never joined one (recorded on Docker 26.1).
      throw NetworkErrors.notSwarmManager();
    }
    NetworkCreateRequest.More more = r.more();
    if (!more.ipamDriver().isEmpty() && !more.ipamDriver().equals("default")) {
      throw NetworkErrors.ipamPlugin(more.ipamDriver());
    }
    if (more.scope().equals("swarm")) {
      throw NetworkErrors.swarmScope();
    }
    if (more.ingress()) {
      throw NetworkErrors.ingressScope();
    }
    if (!more.configFrom().isEmpty()) {
      // --config-from: the network takes the configuration-only network's subnet, range and gateway.
      Network src = find(more.configFrom());
      r = new NetworkCreateRequest(name, driver, src.givenSubnet ? src.subnet() : "", src.ipRange,
          src.givenSubnet && src.configGateway ? src.gatewayText() : "", internal, labels, r.attachable(), r.options(),
          r.ipv6(), src.subnet6, src.ipRange6, src.configGateway6 ? dev.kujira.engine.util.Ipv6.text(src.gateway6) : "",
          false, more);
      subnet = r.subnet();
      gateway = r.gateway();
    }
    validate(subnet, r.ipRange(), gateway);
    int base;
    int prefix;
    if (!subnet.isEmpty()) {
      String[] p = subnet.split("/");
      prefix = Integer.parseInt(p[1]);
      base = Ipv4.parse(p[0]) & (prefix == 0 ? 0 : -1 << (32 - prefix));
      for (Network n : state.networks().values()) {
        if (!more.configOnly() && !n.more.configOnly() && n.overlaps(base, prefix)) {
          throw NetworkErrors.poolOverlaps();
        }
      }
    } else if (more.configOnly()) {
      prefix = 0;
      base = 0;
    } else {
      prefix = 16;
      base = nextPool();
    }
    // Without --gateway libnetwork takes the first address it may hand out: the ip-range's first
    // one when a range is set (10.20.0.128 for 10.20.0.128/25; recorded), else the subnet's .1.
    int first = base + 1;
    if (!r.ipRange().isEmpty()) {
      int rangeBase = Ipv4.parse(r.ipRange().split("/")[0]);
      first = rangeBase == base ? base + 1 : rangeBase;
    }
    int gw = gateway.isEmpty() ? first : Ipv4.parse(gateway);
    java.math.BigInteger gw6 = ipv6Gateway(r);
    String id = state.ids().next();
    // A configuration-only network has the null driver: no endpoints, only its configuration (recorded).
    Network created = new Network(id, name, more.configOnly() ? "null" : driver.isEmpty() ? "bridge" : driver, base,
        prefix, gw, true, internal, state.clock().now(), new TreeMap<>(labels));
    created.more = more;
    if (!r.ipRange().isEmpty()) {
      created.ipRange = r.ipRange();
    }
    created.attachable = r.attachable();
    created.options = new TreeMap<>(r.options());
    // A --subnet without --gateway keeps the config as given: no Gateway in IPAM.Config (recorded).
    created.configGateway = subnet.isEmpty() || !gateway.isEmpty();
    created.givenSubnet = !subnet.isEmpty();
    created.ipv6 = r.ipv6();
    created.subnet6 = r.subnet6();
    created.ipRange6 = r.ipRange6();
    created.gateway6 = gw6;
    created.configGateway6 = !r.gateway6().isEmpty();
    state.networks().put(id, created);
    state.emit("network", "create", id, Map.of("name", name, "type", "bridge"));
    return id;
  }

  /**
   * The IPv6 half of a bridge network, checked once its IPv4 pool is taken (a refused network has used up
   * its pool all the same, recorded on Docker 26.1): one subnet per family, no default IPv6 pool, no
   * overlap; the gateway is the one given or the subnet's first address.
   */
  private java.math.BigInteger ipv6Gateway(dev.kujira.engine.api.NetworkCreateRequest r) {
    if (r.manySubnets()) {
      throw NetworkErrors.multipleSubnets();
    }
    if (r.subnet6().isEmpty()) {
      if (r.ipv6()) {
        throw NetworkErrors.noIpv6Pool();
      }
      return null;
    }
    String s6 = r.subnet6();
    int prefix = Integer.parseInt(s6.substring(s6.indexOf('/') + 1));
    java.math.BigInteger base = dev.kujira.engine.util.Ipv6.parse(s6.substring(0, s6.indexOf('/')))
        .and(dev.kujira.engine.util.Ipv6.mask(prefix));
    for (Network n : state.networks().values()) {
      if (!n.subnet6.isEmpty()) {
        int p = Math.min(prefix, n.prefix6());
        java.math.BigInteger m = dev.kujira.engine.util.Ipv6.mask(p);
        if (dev.kujira.engine.util.Ipv6.parse(n.subnet6.substring(0, n.subnet6.indexOf('/'))).and(m).equals(base.and(m))) {
          throw NetworkErrors.poolOverlaps();
        }
      }
    }
    return r.gateway6().isEmpty() ? base.add(java.math.BigInteger.ONE) : dev.kujira.engine.util.Ipv6.parse(r.gateway6());
  }

  /** libnetwork hands out its default pools round-robin: a removed network's pool is not reused at once. */
  private int nextPool() {
    for (int tries = 0; tries < 14; tries++) {
      int second = 18 + (state.networks().takePool() % 14);
      int base = Ipv4.parse("172." + second + ".0.0");
      boolean taken = state.networks().values().stream().anyMatch(n -> n.overlaps(base, 16));
      if (!taken) {
        return base;
      }
    }
    throw NetworkErrors.poolsExhausted();
  }

  public void remove(String ref) {
    Network n = find(ref);
    if (!n.custom) {
      throw NetworkErrors.predefined(n.name);
    }
    if (!n.endpoints.isEmpty()) {
      throw NetworkErrors.activeEndpoints(n.name, n.id);
    }
    state.networks().remove(n.id);
    state.emit("network", "destroy", n.id, Map.of("name", n.name, "type", n.driver));
  }

  public List<String> prune(Map<String, List<String>> filters) {
    List<String> removed = new ArrayList<>();
    for (Network n : new ArrayList<>(state.networks().values())) {
      // moby's localNetworksPrune keeps only networks with endpoints: a stopped container holds
      // none, so its network goes (difftest, conformance d07)
      if (n.custom && n.endpoints.isEmpty() && Filters.matchesLabels(n.labels, filters)
          && Filters.createdBefore(n.created, filters, state.clock().now())) {
        state.networks().remove(n.id);
        removed.add(n.name);
      }
    }
    state.emit("network", "prune", "", Map.of("reclaimed", "0"));
    return removed;
  }

  public void connect(String ref, Container c, List<String> aliases, String ip, String ip6) {
    if (!c.isRunning() && state.networks().values().stream().noneMatch(x -> x.name.equals(ref) || x.id.startsWith(ref))) {
      // moby's ConnectToNetwork keeps a network it cannot find by the name given for a container
      // that is not running; its start then fails with "network … not found" (difftest, d09)
      if (c.pendingNetwork == null) {
        c.pendingNetwork = ref;
      }
      return;
    }
    Network n = find(ref);
    if (!n.custom && !aliases.isEmpty()) {
      throw NetworkErrors.aliasOnDefault();
    }
    int wanted = ip.isEmpty() ? 0 : requested(n, ip);
    if (!ip6.isEmpty() && !ip6Faults(n, ip6).isEmpty()) {
      throw NetworkErrors.invalidEndpoint(ip6Faults(n, ip6));
    }
    if (c.networks.containsKey(n.id)) {
      // moby's updateNetworkSettings keeps the config it has ("Avoid duplicate config") for a container
      // that is not running; a running one fails in libnetwork's CreateEndpoint (conformance d16)
      if (!c.isRunning()) {
        return;
      }
      throw NetworkErrors.endpointExists(c.name, n.name);
    }
    // moby's updateNetworkSettings: host mode shares its namespace, none takes no second network
    // (runconfig.ErrConflictSharedNetwork, ErrConflictNoNetwork; difftest)
    for (String id : c.networks.keySet()) {
      Network sn = state.networks().get(id);
      if (sn != null && sn.driver.equals("host")) {
        throw NetworkErrors.sharedNamespace();
      }
      if (sn != null && (sn.name.equals("none") || n.name.equals("none"))) {
        throw NetworkErrors.noneMode();
      }
    }
    if (wanted != 0 && c.isRunning() && (wanted == n.gateway
        || n.endpoints.values().stream().anyMatch(e -> e.ip() == wanted))) {
      throw NetworkErrors.addressInUse();
    }
    c.networks.put(n.id, List.copyOf(aliases));
    if (!c.isRunning()) {
      // moby keeps a stopped container's new endpoint under the network's name without its NetworkID
      // until a start joins it: a start after the network went says "network NAME not found" (d20)
      c.settings.put(BY_NAME + n.id, n.name);
    }
    if (wanted != 0) {
      // Kept as the endpoint's IPAMConfig.IPv4Address (inspect shows it, recorded on Docker 26.1.5).
      c.settings.put(IPV4 + n.id, ip);
    }
    if (!ip6.isEmpty()) {
      c.settings.put(IPV6 + n.id, ip6);
    }
    if (c.isRunning()) {
      join(n, c);
    }
  }

  /**
   * moby's endpoint settings validation of {@code --ip6}, with its faults in its order: user networks only,
   * with configured subnets, a valid address inside the IPv6 subnet (or its ip-range).
   */
  public static List<String> ip6Faults(Network n, String ip) {
    List<String> faults = new ArrayList<>();
    if (!n.custom) {
      faults.add("user specified IP address is supported on user defined networks only");
    }
    boolean configured = n.givenSubnet || !n.subnet6.isEmpty();
    if (!configured) {
      faults.add("user specified IP address is supported only when connecting to networks with user configured subnets");
    }
    java.math.BigInteger v6 = dev.kujira.engine.util.Ipv6.parse(ip);
    if (v6 == null) {
      faults.add("invalid IPv6 address: " + ip);
    }
    if (configured && (v6 == null || n.subnet6.isEmpty() || !n.contains6(v6, true))) {
      faults.add("no configured subnet or ip-range contain the IP address " + ip);
    }
    return faults;
  }

  /** The settings key of the name a stopped container was connected to a network by (no part of inspect). */
  static final String BY_NAME = "Kujira.ConnectedByName.";
  /** The settings key of the address {@code network connect --ip} asked for on a network. */
  public static final String IPV4 = "Endpoint.IPv4Address.";
  /** The settings key of the IPv6 address {@code --ip6} asked for on a network. */
  public static final String IPV6 = "Endpoint.IPv6Address.";

  /** moby's endpoint settings validation of {@code --ip}, with its faults in its order. */
  private static int requested(Network n, String ip) {
    List<String> faults = new java.util.ArrayList<>();
    if (!n.custom) {
      faults.add("user specified IP address is supported on user defined networks only");
    }
    int addr = 0;
    try {
      addr = Ipv4.parse(ip);
    } catch (IllegalArgumentException e) {
      faults.add("invalid IPv4 address: " + ip);
    }
    if (n.custom && (addr == 0 || !n.contains(addr, false))) {
      faults.add("no configured subnet or ip-range contain the IP address " + ip);
    }
    if (!faults.isEmpty()) {
      throw NetworkErrors.invalidEndpoint(faults);
    }
    return addr;
  }

  public void disconnect(String ref, Container c) {
    Network n;
    if (!c.isRunning()) {
      // moby's DisconnectFromNetwork: for a container that is not running it only looks for the
      // name given among the container's networks, keyed by network name, so a missing network or
      // an id says "is not connected to the network" (difftest, conformance d09)
      n = c.networks.keySet().stream().map(id -> state.networks().get(id))
          .filter(x -> x != null && x.name.equals(ref)).findFirst()
          .orElseThrow(() -> NetworkErrors.notConnectedStopped(c.id, ref));
    } else {
      n = find(ref);
    }
    if (!c.networks.containsKey(n.id)) {
      throw NetworkErrors.notConnected(c.id, n.name);
    }
    c.networks.remove(n.id);
    c.settings.remove(IPV4 + n.id);
    c.settings.remove(IPV6 + n.id);
    leave(n, c);
  }

  /** Gives a starting container an endpoint on each of its networks; a removed network fails the start. */
  public void attach(Container c) {
    for (String id : c.networks.keySet()) {
      if (!state.networks().containsKey(id)) {
        throw NetworkErrors.notFound(String.valueOf(c.settings.getOrDefault(BY_NAME + id, id)));
      }
    }
    c.settings.keySet().removeIf(k -> k.startsWith(BY_NAME));
    for (String id : c.networks.keySet()) {
      if (state.networks().get(id).more.configOnly()) {
        throw NetworkErrors.configOnlyEndpoint();
      }
    }
    for (String id : c.networks.keySet()) {
      join(state.networks().get(id), c);
    }
  }

  private void join(Network n, Container c) {
    if (!n.hasSubnet() || n.endpoints.containsKey(c.id)) {
      return;
    }
    Object asked = c.settings.get(IPV4 + n.id);
    int want = asked instanceof String s ? Ipv4.parse(s) : c.requestedIp;
    int ip = want != 0 && n.contains(want, false) && n.take(want) ? want : n.allocate();
    // The interface takes the lowest ethN the container does not use (a disconnect frees its name).
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (Network other : state.networks().values()) {
      Network.Endpoint e = other.endpoints.get(c.id);
      if (e != null) {
        taken.add(e.iface());
      }
    }
    int k = 0;
    while (taken.contains("eth" + k)) {
      k++;
    }
    String iface = "eth" + k;
    if (n.hasIpv6()) {
      Object asked6 = c.settings.get(IPV6 + n.id);
      n.ip6.put(c.id, n.allocate6(asked6 instanceof String s6 ? dev.kujira.engine.util.Ipv6.parse(s6) : null));
    }
    n.endpoints.put(c.id, new Network.Endpoint(ip, c.networks.get(n.id), Ids.sha256Hex("endpoint:" + c.id + ":" + n.id
        + ":" + state.clock().now()), iface));
    state.emit("network", "connect", n.id, Map.of("container", c.id, "name", n.name, "type", n.driver));
  }

  public void detachAll(Container c) {
    for (Network n : state.networks().values()) {
      leave(n, c);
    }
  }

  private void leave(Network n, Container c) {
    Network.Endpoint e = n.endpoints.remove(c.id);
    if (e != null) {
      n.release(e.ip());
      n.ip6.remove(c.id);
      state.emit("network", "disconnect", n.id, Map.of("container", c.id, "name", n.name, "type", n.driver));
    }
  }

  /** Returns network inspect's document of {@code n}. */
  public ApiObject inspect(Network n) {
    return NetworkDocument.of(state, n);
  }
}
