package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.network.Ipv4;
import dev.kujira.engine.daemon.network.Network;
import dev.kujira.engine.api.ContainerInfo;
import dev.kujira.engine.api.ContainerStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the daemon's containers into the typed records of the state API. Reads only: no clock,
 * no event, no change (the same facts {@code docker inspect} prints, from the same fields).
 */
public final class ContainerRecords {
  public static final String PROJECT = "com.docker.compose.project";
  public static final String SERVICE = "com.docker.compose.service";

  private ContainerRecords() {
  }

  public static List<ContainerInfo> all(DaemonState state) {
    List<ContainerInfo> out = new ArrayList<>();
    state.containers().values().forEach(c -> out.add(of(state, c)));
    return out;
  }

  public static ContainerInfo of(DaemonState state, Container c) {
    List<String> args = c.path.size() > 1 ? c.path.subList(1, c.path.size()) : List.of();
    return new ContainerInfo(c.id, c.name, status(c.status), c.exitCode, c.oomKilled || c.machine != null && c.machine.oomKilled(), c.restartCount, health(c.healthStatus),
        c.path.isEmpty() ? "" : c.path.get(0), args, orEmpty(c.entrypoint), orEmpty(c.cmd), orEmpty(c.env),
        c.labels == null ? Map.of() : c.labels, nz(c.user), nz(c.workingDir), nz(c.hostname),
        c.restartPolicy.name(), c.restartPolicy.maximumRetryCount(), ports(c), mounts(c), networks(state, c),
        nz(c.imageRef), c.image.id(), c.created, c.startedAt, c.finishedAt,
        c.labels == null ? "" : c.labels.getOrDefault(PROJECT, ""),
        c.labels == null ? "" : c.labels.getOrDefault(SERVICE, ""));
  }

  /** The internal state machine's value as the API's (the same seven states, by name). */
  public static ContainerStatus status(dev.kujira.engine.container.ContainerStatus s) {
    return ContainerStatus.valueOf(s.name());
  }

  private static ContainerInfo.Health health(String word) {
    return word.isEmpty() ? ContainerInfo.Health.NONE
        : ContainerInfo.Health.valueOf(word.toUpperCase(java.util.Locale.ROOT));
  }

  private static List<ContainerInfo.Port> ports(Container c) {
    List<ContainerInfo.Port> out = new ArrayList<>();
    // Published ports exist while the container runs (docker port, ps); host mode has none.
    if (!c.isRunning() || c.networkMode.equals("host")) {
      return out;
    }
    for (Map.Entry<String, List<String[]>> e : c.publishedPorts.entrySet()) {
      String[] p = e.getKey().split("/");
      String proto = p.length > 1 ? p[1] : "tcp";
      for (String[] h : e.getValue()) {
        out.add(new ContainerInfo.Port(h[0], Integer.parseInt(h[1]), Integer.parseInt(p[0]), proto));
      }
    }
    return out;
  }

  private static List<ContainerInfo.MountInfo> mounts(Container c) {
    List<ContainerInfo.MountInfo> out = new ArrayList<>();
    for (Container.MountPoint m : c.mounts) {
      out.add(new ContainerInfo.MountInfo(m.type(), nz(m.source()), m.destination(), !m.rw(),
          m.type().equals("volume") ? nz(m.name()) : ""));
    }
    return out;
  }

  private static List<ContainerInfo.Attachment> networks(DaemonState state, Container c) {
    List<ContainerInfo.Attachment> out = new ArrayList<>();
    boolean up = c.isRunning();
    for (Map.Entry<String, List<String>> a : c.networks.entrySet()) {
      Network n = state.networks().get(a.getKey());
      if (n == null) {
        continue;
      }
      Network.Endpoint ep = up ? n.endpoints.get(c.id) : null;
      List<String> dns = new ArrayList<>();
      if (ep != null && n.custom) {
        // The name, the aliases, then the short id, as .NetworkSettings.Networks.*.DNSNames (recorded on 26.1).
        dns.add(c.name);
        dns.addAll(a.getValue());
        dns.add(c.id.substring(0, 12));
      }
      out.add(new ContainerInfo.Attachment(n.name, n.id, ep == null ? "" : Ipv4.text(ep.ip()),
          ep == null ? 0 : n.prefix, ep == null || !n.hasSubnet() ? "" : n.gatewayText(), a.getValue(), dns));
    }
    return out;
  }

  public static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  public static String nz(String s) {
    return s == null ? "" : s;
  }
}
