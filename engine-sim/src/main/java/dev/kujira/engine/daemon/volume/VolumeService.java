package dev.kujira.engine.daemon.volume;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.filters.FilterErrors;
import dev.kujira.engine.daemon.filters.Filters;
import dev.kujira.engine.format.Times;
import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.ContainerCreateRequest;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.image.ImageConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Keeps named and anonymous volumes and attaches them, binds and image VOLUMEs to containers
 * (moby volume/service, daemon/volumes_unix.go, daemon/create_unix.go).
 */
public final class VolumeService {
  public static final String VOLUMES_ROOT = "/var/lib/docker/volumes/";
  private static final Pattern VALID = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$");
  private final VolumeDaemon state;

  public VolumeService(VolumeDaemon state) {
    this.state = state;
  }

  /**
   * Is one volume.
   *
   * @param name the name (64 hex for an anonymous one)
   * @param data its files
   * @param labels its labels (null: none given)
   * @param created epoch millis
   * @param anonymous whether made for a container without a name
   */
  public record Volume(String name, FsTree data, Map<String, String> labels, long created, boolean anonymous,
      Map<String, String> options) {
    public Volume(String name, FsTree data, Map<String, String> labels, long created, boolean anonymous) {
      this(name, data, labels, created, anonymous, Map.of());
    }

    /** Returns a copy with its own file tree (for snapshots). */
    public Volume copy() {
      return new Volume(name, new FsTree(data.root()), labels, created, anonymous, options);
    }

    public String mountpoint() {
      return VOLUMES_ROOT + name + "/_data";
    }
  }

  public boolean exists(String name) {
    return state.volumes().containsKey(name);
  }

  /** Creates a volume with driver options ({@code -o}); only the local driver exists here. */
  public Volume create(String name, Map<String, String> labels, String driver, Map<String, String> options) {
    String shown = name == null ? "" : name;
    if (!driver.isEmpty() && !driver.equals("local")) {
      throw VolumeErrors.noDriver(shown, driver);
    }
    LocalDriver.validate(shown, options);
    Volume v = create(name, labels, false);
    if (!options.isEmpty() && v.options().isEmpty()) {
      v = new Volume(v.name(), v.data(), v.labels(), v.created(), v.anonymous(), new TreeMap<>(options));
      state.volumes().put(v.name(), v);
    }
    return v;
  }

  public Volume create(String name, Map<String, String> labels, boolean anonymous) {
    if (name == null) {
      name = state.ids().next();
      anonymous = true;
    }
    Volume existing = state.volumes().get(name);
    if (existing != null) {
      return existing;
    }
    if (state.volumes().size() >= dev.kujira.engine.process.Limits.VOLUMES) {
      throw VolumeErrors.tooMany(dev.kujira.engine.process.Limits.VOLUMES);
    }
    if (!VALID.matcher(name).matches()) {
      throw VolumeErrors.invalidName(name);
    }
    Map<String, String> all = labels == null ? new TreeMap<>() : new TreeMap<>(labels);
    if (anonymous) {
      // Docker 23+ marks anonymous volumes so that `volume prune` knows them (recorded on 26.1).
      all.put("com.docker.volume.anonymous", "");
    }
    // The local driver makes _data (root:root 0755) when the volume is created: its mtime is then.
    FsTree data = new FsTree(new dev.kujira.engine.fs.Node.Dir(Map.of(), 0755, 0, 0, state.clock().now()));
    Volume v = new Volume(name, data, all.isEmpty() ? null : all, state.clock().now(), anonymous);
    state.volumes().put(name, v);
    state.emit("volume", "create", name, Map.of("driver", "local"));
    return v;
  }

  /** Drops a volume, with the daemon's "volume destroy" event (seen on the real engine's docker events). */
  private void destroy(String name) {
    state.volumes().remove(name);
    state.emit("volume", "destroy", name, Map.of("driver", "local"));
  }

  public ApiObject inspect(String name) {
    Volume v = state.volumes().get(name);
    if (v == null) {
      throw VolumeErrors.noSuchVolume(name);
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("CreatedAt", Times.rfc3339Seconds(v.created()));
    f.put("Driver", "local");
    // nil maps: null in JSON, map[] in a template (Go's fmt), as the real inspect shows them.
    f.put("Labels", v.labels() == null ? dev.kujira.engine.api.GoNil.MAP : new TreeMap<>(v.labels()));
    f.put("Mountpoint", v.mountpoint());
    f.put("Name", v.name());
    f.put("Options", v.options().isEmpty() ? dev.kujira.engine.api.GoNil.MAP : new TreeMap<>(v.options()));
    f.put("Scope", "local");
    return new ApiObject("volume.Volume", f);
  }

  public List<ApiObject> list(Map<String, List<String>> filters) {
    for (String key : filters.keySet()) {
      // moby volume/service/convert.go: the keys volume ls accepts.
      if (!List.of("dangling", "driver", "label", "name").contains(key)) {
        throw FilterErrors.invalidFilter(key);
      }
    }
    List<ApiObject> out = new ArrayList<>();
    for (Volume v : state.volumes().sortedByName()) {
      if (filters.containsKey("name") && filters.get("name").stream().noneMatch(n -> v.name().contains(n))
          || filters.containsKey("driver") && !filters.get("driver").contains("local")) {
        continue;
      }
      if (Filters.matchesLabels(v.labels() == null ? Map.of() : v.labels(), filters)
          && (!filters.containsKey("dangling") || filters.get("dangling").contains(String.valueOf(!inUse(v.name()))))) {
        out.add(inspect(v.name()));
      }
    }
    return out;
  }

  private boolean inUse(String name) {
    for (Container c : state.containers().values()) {
      for (Container.MountPoint m : c.mounts) {
        if (m.name().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  public void remove(String name, boolean force) {
    if (!state.volumes().containsKey(name)) {
      if (force) {
        return;
      }
      throw VolumeErrors.noSuchVolume(name);
    }
    for (Container c : state.containers().values()) {
      for (Container.MountPoint m : c.mounts) {
        if (m.name().equals(name)) {
          throw VolumeErrors.inUse(name, c.id);
        }
      }
    }
    destroy(name);
  }

  /** Attaches binds, named volumes, --mount specs and anonymous volumes (given and from the image). */
  public void mountAll(Container c, ContainerCreateRequest r, ImageConfig ic) {
    for (String spec : r.binds()) {
      String[] p = spec.split(":");
      String mode = p.length > 2 ? p[2] : "";
      if (p.length < 2 || !p[1].startsWith("/")) {
        throw VolumeErrors.relativeTarget(spec, p[0].startsWith("/"), p.length < 2 ? "" : p[1]);
      }
      boolean ro = mode.contains("ro");
      if (p[0].startsWith("/")) {
        if (state.host().lookup(split(p[0])) == null) {
          // -v creates a missing host directory (unlike --mount: conformance 61).
          new dev.kujira.engine.fs.UnionView(state.host(), List.of(), state.clock()::now).mkdir(p[0], true);
        }
        c.mounts.add(new Container.MountPoint("bind", "", p[0], p[1], mode, !ro, false));
      } else {
        Volume v = create(p[0], null, false);
        c.mounts.add(new Container.MountPoint("volume", v.name(), v.mountpoint(), p[1], mode.isEmpty() ? "z" : mode, !ro, false));
      }
    }
    for (Map<String, String> m : r.mounts()) {
      String type = m.getOrDefault("type", "volume");
      String target = first(m, "target", "dst", "destination");
      boolean ro = m.containsKey("readonly") || m.containsKey("ro");
      String source = first(m, "source", "src");
      if (!List.of("bind", "volume", "tmpfs").contains(type)) {
        throw VolumeErrors.unknownMountType(type);
      }
      if (type.equals("bind") && !source.startsWith("/")) {
        throw VolumeErrors.relativeBindSource(source);
      }
      if (type.equals("tmpfs") && !source.isEmpty()) {
        // moby volume/mounts/linux_parser.go validateMountConfigImpl: a tmpfs has no source (errExtraField).
        throw VolumeErrors.tmpfsSource();
      }
      c.hostMounts.add(hostMount(type, source, target, ro, m));
      if (type.equals("tmpfs") && m.containsKey("tmpfs-mode")) {
        c.tmpfsModes.put(target, Integer.parseInt(m.get("tmpfs-mode"), 8));
      }
      if (type.equals("tmpfs")) {
        // The kernel's own option spelling, as /proc/mounts shows it: size=1024k,mode=1770.
        String opts = (m.containsKey("tmpfs-size") ? "size=" + bytes(m.get("tmpfs-size")) / 1024 + "k" : "")
            + (m.containsKey("tmpfs-mode") ? (m.containsKey("tmpfs-size") ? "," : "") + "mode=" + m.get("tmpfs-mode") : "");
        c.tmpfsOptions.put(target, opts);
      }
      if (type.equals("bind")) {
        if (state.host().lookup(split(source)) == null) {
          throw VolumeErrors.bindSourceMissing(source);
        }
        c.mounts.add(new Container.MountPoint("bind", "", source, target, "", !ro, false));
      } else if (type.equals("tmpfs")) {
        c.mounts.add(new Container.MountPoint("tmpfs", "", "", target, "", true, false));
      } else {
        boolean anon = source.isEmpty();
        Volume v = m.containsKey("volume-opt") && !anon && !exists(source)
            ? create(source, null, "local", volumeOpts(m.get("volume-opt")))
            : create(anon ? state.ids().next() : source, null, anon);
        c.mounts.add(new Container.MountPoint("volume", v.name(), v.mountpoint(), target, "z", !ro, anon,
            m.containsKey("volume-nocopy")));
      }
    }
    List<String> anonymous = new ArrayList<>(r.anonymousVolumes());
    if (ic.volumes() != null) {
      anonymous.addAll(ic.volumes());
    }
    for (String path : anonymous) {
      if (c.mounts.stream().anyMatch(m -> m.destination().equals(path))) {
        continue;
      }
      Volume v = create(state.ids().next(), null, true);
      c.mounts.add(new Container.MountPoint("volume", v.name(), v.mountpoint(), path, "", true, true));
    }
  }

  /** Returns one --mount as moby's mount.Mount JSON: Type, Source, Target, ReadOnly, then the options. */
  private static dev.kujira.engine.api.ApiObject hostMount(String type, String source, String target, boolean ro,
      Map<String, String> m) {
    Map<String, Object> j = new java.util.LinkedHashMap<>();
    j.put("Type", type);
    if (!source.isEmpty()) {
      j.put("Source", source);
    }
    j.put("Target", target);
    if (ro) {
      j.put("ReadOnly", true);
    }
    if (m.containsKey("volume-nocopy")) {
      j.put("VolumeOptions", new dev.kujira.engine.api.ApiObject("mount.VolumeOptions",
          new java.util.LinkedHashMap<>(Map.of("NoCopy", true))));
    }
    if (type.equals("tmpfs") && (m.containsKey("tmpfs-size") || m.containsKey("tmpfs-mode"))) {
      Map<String, Object> t = new java.util.LinkedHashMap<>();
      if (m.containsKey("tmpfs-size")) {
        t.put("SizeBytes", bytes(m.get("tmpfs-size")));
      }
      if (m.containsKey("tmpfs-mode")) {
        t.put("Mode", (long) Integer.parseInt(m.get("tmpfs-mode"), 8));
      }
      j.put("TmpfsOptions", new dev.kujira.engine.api.ApiObject("mount.TmpfsOptions", t));
    }
    return new dev.kujira.engine.api.ApiObject("mount.Mount", j);
  }

  /** Parses go-units RAMInBytes ("1m", "64k", "1g", plain bytes). */
  public static long bytes(String s) {
    String t = s.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("b$", "");
    long mult = 1;
    char last = t.isEmpty() ? '0' : t.charAt(t.length() - 1);
    if ("kmgt".indexOf(last) >= 0) {
      mult = 1L << (10 * ("kmgt".indexOf(last) + 1));
      t = t.substring(0, t.length() - 1);
    }
    return (long) (Double.parseDouble(t) * mult);
  }

  /** --mount's volume-opt=KEY=VALUE fields, one a line: the driver options a new named volume gets. */
  private static Map<String, String> volumeOpts(String lines) {
    Map<String, String> out = new TreeMap<>();
    for (String kv : lines.split("\n")) {
      int eq = kv.indexOf('=');
      out.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
    }
    return out;
  }

  private static String first(Map<String, String> m, String... keys) {
    for (String k : keys) {
      if (m.containsKey(k)) {
        return m.get(k);
      }
    }
    return "";
  }

  /** Drops a removed container's anonymous volumes when asked (rm -v, --rm). */
  public void release(Container c, boolean removeAnonymous) {
    if (!removeAnonymous) {
      return;
    }
    for (Container.MountPoint m : c.mounts) {
      if (m.anonymous() && state.volumes().containsKey(m.name())) {
        destroy(m.name());
      }
    }
  }

  /** Fills each new, empty volume from the image's content at its mount point (moby: copy-up on first mount). */
  public void prefill(Container c) {
    Node.Dir image = c.rootfs.root();
    for (Container.MountPoint m : c.mounts) {
      Volume v = m.type().equals("volume") ? state.volumes().get(m.name()) : null;
      if (v == null || !v.data().root().entries().isEmpty() || m.mode().contains("nocopy") || m.nocopy()
          || LocalDriver.needsMount(v.options())) {
        continue;
      }
      Node n = new FsTree(image).lookup(split(m.destination()));
      if (n instanceof Node.Dir) {
        v.data().replaceRoot((Node.Dir) n);
      }
    }
  }

  /**
   * Mounts the volumes with mount options that no other running container holds, as a container starts
   * (the local driver counts its users): a tmpfs volume starts empty again, a bind volume shows its host
   * directory (Rootfs mounts the host there); other types fail the start.
   */
  public void mountOnStart(Container c) {
    for (Container.MountPoint m : c.mounts) {
      Volume v = m.type().equals("volume") ? state.volumes().get(m.name()) : null;
      if (v == null || !LocalDriver.needsMount(v.options()) || mountedByOther(v.name(), c)) {
        continue;
      }
      boolean bind = LocalDriver.isBind(v.options());
      LocalDriver.mount(v, bind && state.host().lookup(split(LocalDriver.device(v.options()))) instanceof Node.Dir);
      if (!bind) {
        v.data().replaceRoot(LocalDriver.freshRoot(v.options(), state.clock().now()));
      }
    }
  }

  private boolean mountedByOther(String name, Container self) {
    for (Container c : state.containers().values()) {
      if (c != self && (c.status == dev.kujira.engine.container.ContainerStatus.RUNNING
          || c.status == dev.kujira.engine.container.ContainerStatus.PAUSED) && c.mounts.stream().anyMatch(m -> m.name().equals(name))) {
        return true;
      }
    }
    return false;
  }

  /** Removes unused volumes: anonymous ones, or with {@code all} every one (Docker 26's volume prune). */
  public List<String> prune(boolean all, Map<String, List<String>> filters) {
    List<String> removed = new ArrayList<>();
    long reclaimed = 0;
    for (Volume v : new ArrayList<>(state.volumes().values())) {
      // moby's Prune skips volumes with mount options: removing them would reclaim no space.
      if ((all || v.anonymous()) && v.options().isEmpty() && !inUse(v.name())
          && Filters.matchesLabels(v.labels(), filters)) {
        reclaimed += dev.kujira.engine.fs.FsTree.size(v.data().root());
        destroy(v.name());
        removed.add(v.name());
      }
    }
    // Every prune ends with one "prune" event of its object type (moby volume service Prune).
    state.emit("volume", "prune", "", Map.of("reclaimed", String.valueOf(reclaimed)));
    return removed;
  }

  public Volume volume(String name) {
    return state.volumes().get(name);
  }

  /** Splits an absolute path into its names. */
  private static List<String> split(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
