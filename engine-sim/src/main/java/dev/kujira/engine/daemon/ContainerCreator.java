package dev.kujira.engine.daemon;

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
final class ContainerCreator {
  private final DaemonState state;
  private final VolumeService volumes;

  ContainerCreator(DaemonState state, VolumeService volumes) {
    this.state = state;
    this.volumes = volumes;
  }

  String create(ContainerCreateRequest r) {
    Image image = state.images().lookup(r.image()).orElseThrow(() -> Errors.noSuchImage(familiar(r.image())));
    String name = r.name();
    if (!name.isEmpty()) {
      checkName(name);
    }
    if (!java.util.List.of("", "no", "always", "on-failure", "unless-stopped").contains(r.restartPolicy())) {
      throw Errors.invalidArgument("invalid restart policy: unknown policy '" + r.restartPolicy()
          + "'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'");
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
    r.portBindings().forEach((port, hosts) -> {
      List<String[]> list = new ArrayList<>();
      hosts.forEach(h -> list.add(new String[] {h.hostIp(), h.hostPort()}));
      bindings.put(port, list);
    });
    RestartPolicy policy = r.restartPolicy().isEmpty() ? RestartPolicy.NO : new RestartPolicy(r.restartPolicy(), r.restartMax());
    Container c = new Container(id, name, state.clock().now(), image, r.image(), entrypoint, cmd, mergeEnv(ic.env(), r.env()),
        r.workingDir().isEmpty() ? ic.workingDir() : r.workingDir(), r.user().isEmpty() ? ic.user() : r.user(),
        r.hostname().isEmpty() ? id.substring(0, 12) : r.hostname(), r.tty(), r.openStdin(), labels,
        List.copyOf(exposed), bindings, r.publishAll(), List.copyOf(r.binds()), policy, r.autoRemove(),
        r.networkMode().isEmpty() ? "bridge" : r.networkMode(), r.stopSignal().isEmpty() ? ic.stopSignal() : r.stopSignal(),
        r.stopTimeout(), new FsTree(state.images().rootfs(image)));
    String mode = r.networkMode().isEmpty() || r.networkMode().equals("default") ? "bridge" : r.networkMode();
    c.networks.put(new NetworkService(state).find(mode).id, List.copyOf(r.networkAliases()));
    if (r.tmpfs() != null) {
      c.hostTmpfs.putAll(r.tmpfs());
    }
    volumes.mountAll(c, r, ic);
    c.readonlyRootfs = r.readOnly();
    if (r.volumesFrom() != null && !r.volumesFrom().isEmpty()) {
      volumesFrom(c, r.volumesFrom());
    }
    Rootfs.prepare(state, c);
    c.init = c.rootfs.root();
    volumes.prefill(c);
    state.containers.put(id, c);
    state.emit("container", "create", id, Map.of("name", name, "image", r.image()));
    return id;
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

  void rename(Container c, String newName) {
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
}
