package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.network.Ipv4;
import dev.kujira.engine.daemon.network.Network;
import java.util.List;

/** The environment legacy links ({@code --link}) give a container's processes. */
public final class LinkEnv {
  private LinkEnv() {
  }

  /**
   * The variables legacy links give (moby daemon/links/links.go ToEnv): the target's lowest port
   * as ALIAS_PORT, each port's _ADDR/_PORT/_PROTO, ALIAS_NAME=/self/alias, and the target's
   * environment as ALIAS_ENV_* but HOME and PATH.
   */
  public static List<String> of(DaemonState state, Container c) {
    List<String> out = new java.util.ArrayList<>();
    String bridge = dev.kujira.engine.util.Ids.sha256Hex("kujira-network:bridge");
    for (String link : c.links) {
      String target = link.substring(1, link.indexOf(':'));
      String name = link.substring(link.indexOf(':') + 1);
      Container t = state.containers().values().stream().filter(x -> x.name.equals(target)).findFirst().orElse(null);
      Network n = state.networks().get(bridge);
      Network.Endpoint ep = t == null || n == null ? null : n.endpoints.get(t.id);
      if (t == null) {
        continue;
      }
      String ip = ep == null ? "" : Ipv4.text(ep.ip());
      String alias = name.substring(name.lastIndexOf('/') + 1).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      List<String> ports = new java.util.ArrayList<>(t.exposedPorts);
      ports.sort(java.util.Comparator.comparingInt((String p) -> Integer.parseInt(p.substring(0, p.indexOf('/'))))
          .thenComparing(p -> !p.endsWith("/tcp")));
      if (!ports.isEmpty()) {
        String p = ports.get(0);
        out.add(alias + "_PORT=" + p.substring(p.indexOf('/') + 1) + "://" + ip + ":" + p.substring(0, p.indexOf('/')));
      }
      for (String p : ports) {
        String port = p.substring(0, p.indexOf('/'));
        String proto = p.substring(p.indexOf('/') + 1);
        String key = alias + "_PORT_" + port + "_" + proto.toUpperCase(java.util.Locale.ROOT);
        out.add(key + "=" + proto + "://" + ip + ":" + port);
        out.add(key + "_ADDR=" + ip);
        out.add(key + "_PORT=" + port);
        out.add(key + "_PROTO=" + proto);
      }
      out.add(alias + "_NAME=" + name);
      for (String e : t.env) {
        int eq = e.indexOf('=');
        if (eq > 0 && !e.startsWith("HOME=") && !e.startsWith("PATH=")) {
          out.add(alias + "_ENV_" + e);
        }
      }
    }
    return out;
  }
}
