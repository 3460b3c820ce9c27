package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.network.HostNetwork;
import dev.kujira.engine.daemon.network.Ipv4;
import dev.kujira.engine.daemon.network.Network;
import dev.kujira.engine.process.NetworkView;
import java.util.List;
import java.util.Optional;

/**
 * Is what a build's RUN step sees of the network. BuildKit runs each step in its own sandbox:
 * by default loopback plus an eth0 on the default bridge (172.17.0.x/16 through 172.17.0.1, so
 * package mirrors answer as they do for {@code docker run}); {@code --network none} leaves only
 * loopback and {@code --network host} the host's links (all recorded on Docker 26.1 with
 * {@code RUN ip addr}).
 */
final class BuildNetwork implements NetworkView {
  private final DaemonState state;
  private final String address;

  private BuildNetwork(DaemonState state, String address) {
    this.state = state;
    this.address = address;
  }

  /** Returns the view for network mode {@code mode}: default, none or host. */
  static NetworkView of(DaemonState state, String mode) {
    switch (mode == null ? "default" : mode) {
      case "none":
        return NetworkView.LOOPBACK;
      case "host":
        return new HostNetwork(state);
      default:
        return new BuildNetwork(state, freeBridgeAddress(state));
    }
  }

  /** Returns the first default-bridge address no container holds (the sandbox takes one while it runs). */
  private static String freeBridgeAddress(DaemonState state) {
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Network n : state.networks().values()) {
      if (n.name.equals("bridge")) {
        n.endpoints.values().forEach(e -> used.add(Ipv4.text(e.ip())));
      }
    }
    for (int i = 2; i < 255; i++) {
      String ip = "172.17.0." + i;
      if (!used.contains(ip)) {
        return ip;
      }
    }
    return "172.17.1.2";
  }

  @Override
  public List<Iface> interfaces() {
    return List.of(new Iface(1, "lo", "127.0.0.1", 8), new Iface(38, "eth0", address, 16, "172.17.0.1", 39));
  }

  @Override
  public Optional<String> resolve(String name) {
    return name.equals("localhost") || name.equals("buildkitsandbox") ? Optional.of("127.0.0.1") : Optional.empty();
  }

  @Override
  public boolean reachable(String ip) {
    if (ip.startsWith("127.") || ip.equals("172.17.0.1")) {
      return true;
    }
    for (Network n : state.networks().values()) {
      if (!n.name.equals("bridge")) {
        continue;
      }
      for (java.util.Map.Entry<String, Network.Endpoint> e : n.endpoints.entrySet()) {
        Container c = state.containers().get(e.getKey());
        if (c != null && c.status == dev.kujira.engine.container.ContainerStatus.RUNNING
            && Ipv4.text(e.getValue().ip()).equals(ip)) {
          return true;
        }
      }
    }
    return false;
  }
}
