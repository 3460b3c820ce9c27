package dev.kujira.engine.daemon.network;

import dev.kujira.engine.process.NetworkView.HttpHandler;
import dev.kujira.engine.util.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds a daemon's networks by id in creation order, the pool counter user networks take their
 * subnets from, the default bridge's IPAM, the host-port allocator (libnetwork's portallocator:
 * tcp and udp count apart from 32768 up) and the programs listening in each container. It owns
 * that data and its snapshot: a {@link Saved} holds copies, and the listeners never go into one
 * (they come back when the restored containers' processes start again).
 */
public final class NetworkStore extends Registry<Network> {
  private final BridgeIpam bridge = new BridgeIpam();
  private int nextPool;
  private int lastEphemeralPort = 32767;
  private int lastEphemeralUdpPort = 32767;
  /** Listening programs: container id → port → handler. */
  private final Map<String, Map<Integer, HttpHandler>> httpListeners = new LinkedHashMap<>();

  /** Returns the next user network pool's index and counts it as taken. */
  int takePool() {
    return nextPool++;
  }

  /** Returns the next ephemeral host port for {@code proto} (tcp and udp count apart, as libnetwork's portallocator). */
  public int nextEphemeralPort(String proto) {
    return proto.equals("udp") ? ++lastEphemeralUdpPort : ++lastEphemeralPort;
  }

  /** Returns the next tcp host port of the ephemeral range (32768 up, as dockerd's port allocator). */
  public int nextEphemeralPort() {
    return ++lastEphemeralPort;
  }

  /** Returns the programs listening in container {@code id} by port, or null when none ever listened. */
  public Map<Integer, HttpHandler> listeners(String id) {
    return httpListeners.get(id);
  }

  /** Returns the listeners of container {@code id}, making the table on first use. */
  public Map<Integer, HttpHandler> listenersOf(String id) {
    return httpListeners.computeIfAbsent(id, k -> new LinkedHashMap<>());
  }

  /** Returns a frozen copy of the networks, the pool counter, the bridge's IPAM and the port allocator. */
  public Saved snapshot() {
    List<Network> copies = new ArrayList<>();
    entries.values().forEach(n -> copies.add(n.copy()));
    return new Saved(copies, nextPool, bridge.copy(), lastEphemeralPort, lastEphemeralUdpPort);
  }

  /** Puts back {@code saved}; the networks come back without endpoints (no container runs yet). */
  public void restore(Saved saved) {
    entries.clear();
    saved.networks.forEach(n -> {
      Network copy = n.copy();
      copy.endpoints.clear();
      copy.used.clear();
      entries.put(copy.id, copy);
    });
    nextPool = saved.nextPool;
    bridge.restoreFrom(saved.bridge);
    lastEphemeralPort = saved.lastEphemeralPort;
    lastEphemeralUdpPort = saved.lastEphemeralUdpPort;
  }

  /** Is a frozen copy of a network store. */
  public static final class Saved {
    private final List<Network> networks;
    private final int nextPool;
    private final BridgeIpam bridge;
    private final int lastEphemeralPort;
    private final int lastEphemeralUdpPort;

    private Saved(List<Network> networks, int nextPool, BridgeIpam bridge, int lastEphemeralPort, int lastEphemeralUdpPort) {
      this.networks = networks;
      this.nextPool = nextPool;
      this.bridge = bridge;
      this.lastEphemeralPort = lastEphemeralPort;
      this.lastEphemeralUdpPort = lastEphemeralUdpPort;
    }
  }
}
