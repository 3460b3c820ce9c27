package dev.kujira.engine.daemon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Publishes a container's ports when it starts: {@code -p} bindings as given, {@code -P} every
 * exposed port on an ephemeral host port from 32768 up (conformance 23-publish-all-expose).
 * Docker binds both 0.0.0.0 and :: for an unspecified host address.
 */
final class Ports {
  private Ports() {
  }

  static void publish(DaemonState state, Container c) {
    c.publishedPorts.clear();
    for (Map.Entry<String, List<String[]>> e : c.portBindings.entrySet()) {
      List<String[]> hosts = new ArrayList<>();
      for (String[] b : e.getValue()) {
        String port = b[1].isEmpty() ? String.valueOf(state.nextEphemeralPort()) : b[1];
        if (b[0].isEmpty()) {
          hosts.add(new String[] {"0.0.0.0", port});
          hosts.add(new String[] {"::", port});
        } else {
          hosts.add(new String[] {b[0], port});
        }
      }
      c.publishedPorts.put(e.getKey(), hosts);
    }
    if (c.publishAll) {
      // The daemon allocates -P ports in an order where 9090/tcp comes before 80/tcp (conformance 23,
      // recorded twice): the port keys in descending string order.
      List<String> exposed = new ArrayList<>(c.exposedPorts);
      exposed.sort(java.util.Comparator.reverseOrder());
      for (String p : exposed) {
        if (!c.publishedPorts.containsKey(p)) {
          String port = String.valueOf(state.nextEphemeralPort());
          List<String[]> hosts = new ArrayList<>();
          hosts.add(new String[] {"0.0.0.0", port});
          hosts.add(new String[] {"::", port});
          c.publishedPorts.put(p, hosts);
        }
      }
    }
  }
}
