package dev.kujira.engine.daemon;

import dev.kujira.engine.daemon.images.ImageErrors;
import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.network.Ipv4;
import dev.kujira.engine.daemon.network.Network;
import dev.kujira.engine.daemon.network.NetworkService;
import dev.kujira.engine.daemon.volume.VolumeService;
import dev.kujira.engine.api.ContainerCreateRequest;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.container.RestartPolicy;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageConfig;
import dev.kujira.engine.image.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Creates and renames containers (moby daemon/create.go, daemon/rename.go). */
public final class ContainerCreator {
  private final DaemonState state;
  private final VolumeService volumes;

  public ContainerCreator(DaemonState state, VolumeService volumes) {
    this.state = state;
    this.volumes = volumes;
  }

  public dev.kujira.engine.api.ContainerCreateResponse create(ContainerCreateRequest r) {
    // moby's verifyContainerSettings checks the host config (its restart policy) before the image is
    // looked up, so a bad policy is reported even for a missing image (recorded by tests/tools/difftest).
    // validateContainerConfig comes first of all: a relative working directory is refused even for
    // a missing image, which is then not pulled (difftest, conformance d09)
    if (!r.workingDir().isEmpty() && !r.workingDir().startsWith("/")) {
      throw Errors.invalidArgument("the working directory '" + r.workingDir() + "' is invalid, it needs to be an absolute path");
    }
    restartPolicy(r.restartPolicy(), r.restartMax());
    Image image = state.images().lookup(r.image()).orElseThrow(() -> ImageErrors.noSuchImage(familiar(r.image())));
    String name = r.name();
    if (!name.isEmpty()) {
      checkName(name);
    }
    ImageConfig ic = image.config();
    List<String> entrypoint;
    List<String> cmd;
    if (r.entrypoint() != null) {
      entrypoint = r.entrypoint().isEmpty() || r.entrypoint().get(0).isEmpty() ? null : r.entrypoint();
      cmd = r.cmd() == null || r.cmd().isEmpty() ? null : r.cmd();
    } else {
      entrypoint = ic.entrypoint();
      cmd = r.cmd() == null || r.cmd().isEmpty() ? ic.cmd() : r.cmd();
    }
    if ((entrypoint == null || entrypoint.isEmpty()) && (cmd == null || cmd.isEmpty())) {
      throw Errors.invalidArgument("no command specified");
    }
    if (state.containers().size() >= dev.kujira.engine.process.Limits.CONTAINERS) {
      throw Errors.sessionCap("containers", dev.kujira.engine.process.Limits.CONTAINERS,
          "remove some with docker rm or docker container prune");
    }
    String id = state.ids().next();
    if (name.isEmpty()) {
      for (int retry = 0; name.isEmpty() || state.byName(name) != null; retry++) {
        name = Names.generate(id, retry);
      }
    }
    Map<String, String> labels = new TreeMap<>();
    if (ic.labels() != null) {
      labels.putAll(ic.labels());
    }
    labels.putAll(r.labels());
    LinkedHashSet<String> exposed = new LinkedHashSet<>();
    if (ic.exposedPorts() != null) {
      exposed.addAll(ic.exposedPorts());
    }
    exposed.addAll(r.exposedPorts());
    Map<String, List<String[]>> bindings = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    boolean hostMode = r.networkMode().equals("host");
    // --network container:NAME joins another container's network namespace (and its host name).
    Container joined = null;
    if (r.networkMode().startsWith("container:")) {
      // A missing container is only noticed at start (moby resolves the namespace then).
      joined = state.containers().values().stream().filter(x -> x.name.equals(r.networkMode().substring(10))
          || x.id.startsWith(r.networkMode().substring(10))).findFirst().orElse(null);
    }
    if (hostMode && !r.portBindings().isEmpty()) {
      // moby daemon/create.go: host networking has no port mapping.
      warnings.add("Published ports are discarded when using host network mode");
    }
    List<String> links = links(r, name);
    (hostMode ? Map.<String, List<ContainerCreateRequest.HostPort>>of() : r.portBindings()).forEach((port, hosts) -> {
      List<String[]> list = new ArrayList<>();
      hosts.forEach(h -> list.add(new String[] {h.hostIp(), h.hostPort()}));
      bindings.put(port, list);
    });
    RestartPolicy policy = r.restartPolicy().isEmpty() ? RestartPolicy.NO : new RestartPolicy(r.restartPolicy(), r.restartMax());
    Container c = new Container(id, name, state.clock().now(), image, r.image(), entrypoint, cmd, mergeEnv(ic.env(), r.env()),
        r.workingDir().isEmpty() ? ic.workingDir() : r.workingDir(), r.user().isEmpty() ? ic.user() : r.user(),
        !r.hostname().isEmpty() ? r.hostname() : hostMode || "host".equals(r.settings().get("HostConfig.UTSMode"))
            ? state.hostName() : joined != null ? joined.hostname
            : id.substring(0, 12), r.tty(), r.openStdin(), labels,
        List.copyOf(exposed), bindings, r.publishAll(), List.copyOf(r.binds()), policy, r.autoRemove(),
        r.networkMode().isEmpty() ? "bridge" : joined != null ? "container:" + joined.id : r.networkMode(),

        r.stopSignal().isEmpty() ? ic.stopSignal() : r.stopSignal(),
        r.stopTimeout(), new FsTree(state.images().rootfs(image)));
    c.health = HealthMonitor.merge(r.healthcheck(), HealthMonitor.fromImage(ic.healthcheck()));
    String mode = r.networkMode().isEmpty() || r.networkMode().equals("default") ? "bridge" : r.networkMode();
    boolean missing = !mode.startsWith("container:") && !mode.equals("host") && !mode.equals("none")
        && state.networks().values().stream().noneMatch(n -> n.name.equals(mode) || n.id.startsWith(mode));
    if (missing) {
      // moby resolves a named network at start: create succeeds, start fails (recorded).
      c.pendingNetwork = mode;
    } else if (!mode.startsWith("container:")) {
      Network net = new NetworkService(state).find(mode);
      c.networks.put(net.id, List.copyOf(r.networkAliases()));
      if (r.ipv4Address() != null && !r.ipv4Address().isEmpty()) {
        c.requestedIp = requestedIp(net, r.ipv4Address());
      }
    }
    if (r.tmpfs() != null) {
      c.hostTmpfs.putAll(r.tmpfs());
    }
    volumes.mountAll(c, r, ic);
    c.readonlyRootfs = r.readOnly();
    c.links = links;
    if (r.resources() != null) {
      Resources.apply(c, r.resources(), true);
    }
    if (r.settings() != null) {
      c.settings.putAll(r.settings());
    }
    warnings.addAll(HostSettings.create(c));
    ipv6(c, r);
    if (r.volumesFrom() != null && !r.volumesFrom().isEmpty()) {
      volumesFrom(c, r.volumesFrom());
    }
    // A new volume takes the content at its path from the image with moby's init layer (so a volume
    // on /etc has mtab), before runc makes its mount points (/etc/hosts…) in it (recorded: k17).
    Rootfs.prepare(state, c);
    volumes.prefill(c);
    c.beforeMounts = c.rootfs.root();
    Rootfs.mountPoints(state, c);
    c.init = c.rootfs.root();
    workingDirectory(c);
    state.containers().put(id, c);
    // Container events carry the container's labels with its image and name (real engine's docker events).
    Map<String, String> attrs = new java.util.TreeMap<>(labels);
    attrs.put("image", r.image());
    attrs.put("name", name);
    state.emit("container", "create", id, attrs);
    return new dev.kujira.engine.api.ContainerCreateResponse(id, warnings);
  }

  /**
   * --ip6: moby's endpoint settings check. A user network with a configured subnet takes an address of its
   * IPv6 subnet (or ip-range); the default bridge and networks without configured subnets refuse it.
   */
  private void ipv6(Container c, ContainerCreateRequest r) {
    if (!c.settings.containsKey("Endpoint.IPv6Address") || c.networks.isEmpty()) {
      return;
    }
    Network n = state.networks().get(c.networks.keySet().iterator().next());
    String ip = String.valueOf(c.settings.get("Endpoint.IPv6Address"));
    List<String> faults = NetworkService.ip6Faults(n, ip);
    if (!faults.isEmpty()) {
      throw Errors.invalidArgument("invalid config for network " + n.name + ": invalid endpoint settings:\n"
          + (faults.size() == 1 ? faults.get(0) : "* " + String.join("\n* ", faults)));
    }
    c.settings.put(NetworkService.IPV6 + n.id, ip);
  }

  /**
   * Checks {@code --link NAME[:ALIAS]}: the target must exist (whether it is on the default bridge
   * is checked at start, as moby does); returns HostConfig.Links entries.
   */
  private List<String> links(ContainerCreateRequest r, String name) {
    List<String> out = new ArrayList<>();
    if (r.links() == null) {
      return out;
    }
    for (String spec : r.links()) {
      int colon = spec.indexOf(':');
      String target = colon < 0 ? spec : spec.substring(0, colon);
      String alias = colon < 0 ? target : spec.substring(colon + 1);
      Container t;
      try {
        t = state.container(target);
      } catch (dev.kujira.engine.api.EngineException e) {
        throw new dev.kujira.engine.api.EngineException(e.kind(), "could not get container for " + target + ": "
            + e.getMessage());
      }
      out.add("/" + t.name + ":/" + name + "/" + alias);
    }
    return out;
  }

  /**
   * Adds the volume and bind mounts of other containers ({@code --volumes-from NAME[:ro|rw]}),
   * keeping their destinations; ":ro" makes them read-only (moby daemon/volumes.go).
   */
  private void volumesFrom(Container c, List<String> specs) {
    for (String spec : specs) {
      int colon = spec.lastIndexOf(':');
      String mode = colon > 0 ? spec.substring(colon + 1) : "";
      String ref = colon > 0 && (mode.equals("ro") || mode.equals("rw")) ? spec.substring(0, colon) : spec;
      Container from = state.container(ref);
      for (Container.MountPoint m : from.mounts) {
        if (m.type().equals("tmpfs") || c.mounts.stream().anyMatch(x -> x.destination().equals(m.destination()))) {
          continue;
        }
        boolean rw = m.rw() && !mode.equals("ro");
        c.mounts.add(new Container.MountPoint(m.type(), m.name(), m.source(), m.destination(),
            mode.isEmpty() ? m.mode() : mode, rw, false, m.nocopy()));
      }
    }
    c.volumesFrom = List.copyOf(specs);
  }

  /** Checks {@code --ip} against the network (moby's endpoint settings validation) and returns it. */
  private static int requestedIp(Network net, String address) {
    String prefix = "invalid config for network " + net.name + ": invalid endpoint settings:\n";
    if (!net.custom) {
      throw Errors.invalidArgument(prefix + "user specified IP address is supported on user defined networks only");
    }
    int ip = Ipv4.parse(address);
    if (!net.contains(ip, false)) {
      throw Errors.invalidArgument(prefix + "no configured subnet or ip-range contain the IP address " + address);
    }
    return ip;
  }

  private static String familiar(String image) {
    return Reference.tryParse(image).map(Reference::familiarString).orElse(image);
  }

  private void checkName(String name) {
    if (!Names.VALID.matcher(name).matches()) {
      throw Errors.invalidName(name);
    }
    String bare = name.startsWith("/") ? name.substring(1) : name;
    Container other = state.byName(bare);
    if (other != null) {
      throw Errors.nameInUse(bare, other.id);
    }
  }

  /** Image env first, then -e values; a -e key replaces the image's entry in place (moby's merge). */
  private static List<String> mergeEnv(List<String> image, List<String> given) {
    LinkedHashMap<String, String> merged = new LinkedHashMap<>();
    if (image != null) {
      image.forEach(e -> merged.put(key(e), e));
    }
    given.forEach(e -> merged.put(key(e), e));
    return List.copyOf(merged.values());
  }

  private static String key(String entry) {
    int eq = entry.indexOf('=');
    return eq < 0 ? entry : entry.substring(0, eq);
  }

  public void rename(Container c, String newName) {
    String bare = newName.startsWith("/") ? newName.substring(1) : newName;
    if (bare.equals(c.name)) {
      throw Errors.renameSame();
    }
    if (!Names.VALID.matcher(newName).matches()) {
      throw Errors.invalidName(newName);
    }
    Container other = state.byName(bare);
    if (other != null) {
      EngineException conflict = Errors.nameInUse(bare, other.id);
      throw Errors.renameConflict(conflict);
    }
    String old = c.name;
    c.name = bare;
    state.emit("container", "rename", c.id, Map.of("name", bare, "oldName", "/" + old));
  }

  /** Returns the restart policy {@code name} names ("" is no), or moby's error for an unknown one. */
  public static dev.kujira.engine.container.RestartPolicy restartPolicy(String name, int max) {
    if (!java.util.List.of("", "no", "always", "on-failure", "unless-stopped").contains(name)) {
      throw Errors.invalidArgument("invalid restart policy: unknown policy '" + name
          + "'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'");
    }
    return name.isEmpty() ? dev.kujira.engine.container.RestartPolicy.NO
        : new dev.kujira.engine.container.RestartPolicy(name, max);
  }

  /**
   * Makes the working directory at create, as moby's createContainerOSSpecificSettings does
   * (SetupWorkingDirectory: MkdirAll, root-owned 0755), so that `docker diff` of a container never
   * started lists it (recorded: `create --workdir /data … pwd`, then `diff` gives "A /data").
   * A path that runs into a file is left to the start, which fails on it.
   */
  private void workingDirectory(Container c) {
    if (c.workingDir.isEmpty()) {
      return;
    }
    List<String> path = new ArrayList<>();
    long now = state.clock().now();
    for (String part : c.workingDir.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      path.add(part);
      dev.kujira.engine.fs.Node n = c.rootfs.lookup(path);
      if (n == null) {
        c.rootfs.set(List.copyOf(path), new dev.kujira.engine.fs.Node.Dir(new java.util.TreeMap<>(), 0755, 0, 0, now), now);
      } else if (!(n instanceof dev.kujira.engine.fs.Node.Dir)) {
        return;
      }
    }
  }
}
