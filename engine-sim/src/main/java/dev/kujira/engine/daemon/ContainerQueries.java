package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.filters.Filters;
import dev.kujira.engine.daemon.network.Network;
import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.PortMapping;
import dev.kujira.engine.container.ContainerStatus;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.util.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Answers container listings and {@code top} (moby daemon/list.go, daemon/top_unix.go). */
public final class ContainerQueries {
  private final DaemonState state;

  public ContainerQueries(DaemonState state) {
    this.state = state;
  }

  public List<ContainerSummary> list(boolean all, Map<String, List<String>> filters) {
    List<ContainerSummary> out = new ArrayList<>();
    long now = state.clock().now();
    Container before = filterContainer(filters, "before");
    Container since = filterContainer(filters, "since");
    boolean seenBefore = before == null;
    for (Container c : state.newestFirst()) {
      if (since != null && c == since) {
        break;
      }
      if (!seenBefore) {
        seenBefore = c == before;
        continue;
      }
      // status= lists stopped containers without -a (moby's foldFilter sets All), exited= does not
      // (recorded: `ps --filter exited=0` empty, `ps --all --filter exited=0` the container; difftest 5216:24)
      boolean explicitStatus = filters.containsKey("status");
      if (!all && !explicitStatus && !c.isRunning()) {
        continue;
      }
      if (matches(c, filters)) {
        out.add(summary(c, now));
      }
    }
    return out;
  }

  private Container filterContainer(Map<String, List<String>> filters, String key) {
    List<String> v = filters.get(key);
    if (v == null || v.isEmpty()) {
      return null;
    }
    Container c = state.findContainer(v.get(0));
    if (c == null) {
      throw Errors.noSuchContainer(v.get(0));
    }
    return c;
  }

  private boolean matches(Container c, Map<String, List<String>> f) {
    if (f.containsKey("name") && !Filters.matchesName(c.name, f.get("name"))) {
      return false;
    }
    if (f.containsKey("id") && f.get("id").stream().noneMatch(c.id::startsWith)) {
      return false;
    }
    if (f.containsKey("status")) {
      for (String s : f.get("status")) {
        if (ContainerStatus.fromWord(s) == null) {
          throw Errors.invalidStatusFilter(s);
        }
      }
      if (!f.get("status").contains(c.status.word())) {
        return false;
      }
    }
    if (f.containsKey("exited")
        && (c.status != ContainerStatus.EXITED || !f.get("exited").contains(String.valueOf(c.exitCode)))) {
      return false;
    }
    if (f.containsKey("health")) {
      for (String h : f.get("health")) {
        if (!List.of("starting", "healthy", "unhealthy", "none").contains(h)) {
          throw Errors.invalidHealthFilter(h);
        }
      }
      // a container without a check is "none" (conformance c33)
      String health = c.healthStatus.isEmpty() ? "none" : c.healthStatus;
      if (!f.get("health").contains(health)) {
        return false;
      }
    }
    if (f.containsKey("ancestor") && f.get("ancestor").stream().noneMatch(a -> isAncestor(c, a))) {
      return false;
    }
    // publish= matches a host port, expose= a container port (exposed or published), each as
    // PORT, PORT/PROTO or FIRST-LAST[/PROTO], tcp by default (recorded on Docker 26.1).
    if (f.containsKey("publish") && f.get("publish").stream().noneMatch(spec -> c.publishedPorts.entrySet().stream()
        .anyMatch(e -> e.getValue().stream().anyMatch(h -> portMatches(spec, "publish", Integer.parseInt(h[1]),
            e.getKey().split("/")[1]))))) {
      return false;
    }
    if (f.containsKey("expose")) {
      java.util.Set<String> ports = new java.util.LinkedHashSet<>(c.exposedPorts);
      ports.addAll(c.publishedPorts.keySet());
      if (f.get("expose").stream().noneMatch(spec -> ports.stream().anyMatch(p ->
          portMatches(spec, "expose", Integer.parseInt(p.split("/")[0]), p.split("/")[1])))) {
        return false;
      }
    }
    if (f.containsKey("network") && f.get("network").stream().noneMatch(v -> c.networks.keySet().stream().anyMatch(id ->
        id.startsWith(v) || state.networks().containsKey(id) && state.networks().get(id).name.equals(v)))) {
      return false;
    }
    // volume= names a mount by its destination, a bind's source or a volume's name.
    if (f.containsKey("volume") && f.get("volume").stream().noneMatch(v -> c.mounts.stream().anyMatch(m ->
        m.destination().equals(v) || m.source().equals(v) || m.name().equals(v)))) {
      return false;
    }
    return Filters.matchesLabels(c.labels, f);
  }

  private static boolean portMatches(String spec, String filter, int port, String proto) {
    String[] sp = spec.split("/", 2);
    String wantProto = sp.length > 1 ? sp[1] : "tcp";
    String[] range = sp[0].split("-", 2);
    int first;
    int last;
    try {
      first = Integer.parseInt(range[0]);
      last = range.length > 1 ? Integer.parseInt(range[1]) : first;
    } catch (NumberFormatException e) {
      String bad = range.length > 1 && range[0].matches("\\d+") ? range[1] : range[0];
      throw Errors.invalidPortFilter(filter, spec, bad);
    }
    return proto.equals(wantProto) && port >= first && port <= last;
  }

  // moby's ancestor= takes the named image and every image below it by Parent (list.go's
  // populateImageFilterByParents): a container of an image committed or classic-built FROM the
  // named one matches too (difftest 5179:22).
  private boolean isAncestor(Container c, String ref) {
    return state.images().lookup(ref).map(img -> {
      var at = state.images().byId(c.image.id()).orElse(null);
      if (at == null) {
        return img.id().equals(c.image.id());
      }
      for (int hops = 0; at != null && hops < 1000; hops++) {
        if (at.id().equals(img.id())) {
          return true;
        }
        at = at.parent().isEmpty() ? null : state.images().byId(at.parent()).orElse(null);
      }
      return false;
    }).orElse(false);
  }

  public ContainerSummary summary(Container c, long now) {
    List<PortMapping> ports = new ArrayList<>();
    if (c.status == ContainerStatus.CREATED && c.staleListPorts != null) {
      ports.addAll(c.staleListPorts);
    }
    // The host and none networks have no port table: ps shows nothing even for an EXPOSEd port (recorded).
    // A restarting container released its network between two runs: no ports either (seen on Docker
    // 26.1: "Restarting (1) … ago" with an empty PORTS column between runs of `-p 80 --restart always`).
    if (c.isRunning() && c.status != ContainerStatus.RESTARTING && !c.networkMode.equals("host")
        && !c.networkMode.equals("none")) {
      c.publishedPorts.forEach((port, hosts) -> {
        String[] pp = port.split("/");
        for (String[] h : hosts) {
          ports.add(new PortMapping(h[0], Integer.parseInt(pp[0]), Integer.parseInt(h[1]), pp[1]));
        }
      });
      for (String p : c.exposedPorts) {
        if (!c.publishedPorts.containsKey(p)) {
          // an exposed port may come without its protocol (compose's expose: "3000", conformance c22)
          String[] pp = p.split("/");
          ports.add(new PortMapping("", Integer.parseInt(pp[0]), 0, pp.length > 1 ? pp[1] : "tcp"));
        }
      }
    }
    List<String> mounts = new ArrayList<>();
    c.mounts.forEach(m -> mounts.add(m.name().isEmpty() ? m.source() : m.name()));
    return new ContainerSummary(c.id, List.of(c.slashName()), imageName(c), c.image.id(), command(c), c.created,
        c.status.word(), StatusText.of(c, now), ports, c.labels, mounts,
        networkNames(c), Rootfs.sizeRw(state, c), Rootfs.sizeRw(state, c) + c.image.size());
  }

  private List<String> networkNames(Container c) {
    List<String> out = new ArrayList<>();
    for (String id : c.networks.keySet()) {
      Network n = state.networks().get(id);
      if (n != null) {
        out.add(n.name);
      }
    }
    return out;
  }

  /**
   * Returns the image as the user named it, or its full id ("sha256:…") once that name no longer points at
   * it: moby list.go refreshImage hands the ImageID on and docker/cli truncates it only without --no-trunc
   * (recorded: conformance d15).
   */
  private String imageName(Container c) {
    if (state.images().byId(c.image.id()).isEmpty()) {
      return c.image.id();
    }
    Reference ref = Reference.tryParse(c.imageRef).orElse(null);
    if (ref != null && state.images().byTag(ref).map(i -> i.id().equals(c.image.id())).orElse(false)) {
      return c.imageRef;
    }
    if (c.imageRef.startsWith("sha256:") || c.image.id().substring(7).startsWith(c.imageRef)) {
      return c.imageRef;
    }
    return c.image.id();
  }

  /** Path and args joined; an argument with a space is wrapped in single quotes (seen on the real engine). */
  public static String command(Container c) {
    StringBuilder sb = new StringBuilder();
    for (String a : c.path) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(a.contains(" ") ? "'" + a + "'" : a);
    }
    return sb.toString();
  }

  public List<List<String>> top(Container c, List<String> psArgs) {
    if (!c.isRunning()) {
      throw Errors.notRunning(c.id);
    }
    return TopTable.of(c, c.machine.processes(), psArgs);
  }
}
