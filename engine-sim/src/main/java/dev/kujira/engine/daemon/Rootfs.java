package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.network.ContainerNetwork;
import dev.kujira.engine.daemon.network.Ipv4;
import dev.kujira.engine.daemon.network.Network;
import dev.kujira.engine.daemon.volume.VolumeService;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.Devices;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Mount;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.fs.UnionView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Assembles a container's file system: the writable root over the image, its mounts (volumes,
 * binds, tmpfs) and the three files Docker bind-mounts into every container: /etc/hostname,
 * /etc/hosts and /etc/resolv.conf (moby daemon/container_operations_unix.go).
 */
public final class Rootfs {
  private static final List<String> ETC_FILES = List.of("hostname", "hosts", "resolv.conf");


  private Rootfs() {
  }

  /** Returns a fresh view of {@code c}'s files in its working directory. */
  public static FileSystemView view(DaemonState state, Container c) {
    return view(state, c, null);
  }

  private static FileSystemView view(DaemonState state, Container c, Long caps) {
    // In the order of the container's mount table (recorded /proc/mounts on Docker 26.1): proc, the
    // /dev tmpfs, sysfs, the user's mounts, then the three /etc files.
    List<Mount> mounts = new ArrayList<>();
    // /proc/net/dev follows the container's links: refreshed with /sys once its networks attach.
    FsTree proc = c.tmpfs.computeIfAbsent("/proc", k -> new FsTree());
    proc.replaceRoot(procTree(state, c).root());
    if (caps != null) {
      proc = new FsTree(proc.root());
      KernelFiles.self(proc, c, caps);
    }
    mounts.add(new Mount("/proc", proc, List.of(), true, "proc", "proc", "rw,nosuid,nodev,noexec,relatime", 0));
    // runc mounts a tmpfs with the standard devices on /dev (and --device nodes); it is no part of the container's layer.
    mounts.add(new Mount("/dev", c.tmpfs.computeIfAbsent("/dev", k -> {
      FsTree dev = Devices.tree(state.clock().now());
      KernelFiles.devices(c, dev, state.clock().now());
      return dev;
    }), List.of(), false, "tmpfs", "tmpfs", "nosuid,size=65536k,mode=755", 65536));
    FsTree sys = c.tmpfs.computeIfAbsent("/sys", k -> new FsTree());
    sys.replaceRoot(KernelFiles.sys(new ContainerNetwork(state, c).interfaces()).root());
    mounts.add(new Mount("/sys", sys, List.of(), true, "sysfs", "sysfs", "nosuid,nodev,noexec,relatime", 0));
    // Docker's own tmpfs on /dev/shm, --shm-size big (64 MiB by default).
    long shm = KernelFiles.shmKb(c);
    mounts.add(new Mount("/dev/shm", c.tmpfs.computeIfAbsent("/dev/shm", k -> new FsTree(new dev.kujira.engine.fs.Node.Dir(
        new java.util.TreeMap<>(), 01777, 0, 0, state.clock().now()))), List.of(), false, "shm", "tmpfs",
        "nosuid,nodev,noexec,relatime,size=" + shm + "k", shm));
    mounts.addAll(userMounts(state, c));
    for (String f : ETC_FILES) {
      mounts.add(new Mount("/etc/" + f, c.etc, List.of(f), false));
    }
    UnionView view = new UnionView(c.rootfs, mounts, state.clock()::now);
    String wd = c.workingDir.isEmpty() ? "/" : c.workingDir;
    try {
      view.cd(wd);
    } catch (FsException e) {
      view.mkdir(wd, true);
      view.cd(wd);
    }
    return view;
  }

  private static FsTree procTree(DaemonState state, Container c) {
    FsTree proc = KernelFiles.proc(c);
    KernelFiles.netDev(proc, new ContainerNetwork(state, c).interfaces());
    return proc;
  }

  /**
   * Rewrites /sys/class/net and /proc/net/dev once the container's interfaces exist (at start, after its
   * networks attach).
   */
  public static void refreshSys(DaemonState state, Container c) {
    FsTree sys = c.tmpfs.get("/sys");
    if (sys != null) {
      sys.replaceRoot(KernelFiles.sys(new ContainerNetwork(state, c).interfaces()).root());
    }
    FsTree proc = c.tmpfs.get("/proc");
    if (proc != null) {
      proc.replaceRoot(procTree(state, c).root());
    }
  }

  /** Returns the view a process running as {@code user} ("" for the container's) sees: permissions apply. */
  public static FileSystemView processView(DaemonState state, Container c, String user) {
    return processView(state, c, user, null);
  }

  /**
   * Returns the view of a process with capabilities {@code caps} of its own (an exec's), which its
   * /proc/self/status shows; null for the container's.
   */
  public static FileSystemView processView(DaemonState state, Container c, String user, Long caps) {
    UnionView view = (UnionView) view(state, c, caps);
    if (c.readonlyRootfs) {
      view.readOnlyRoot();
    }
    int[] ids = Credentials.resolve(view, user.isEmpty() ? c.user : user);
    return view.as(ids[0], ids[1]);
  }

  /** Returns the container's volume, bind and tmpfs mounts. */
  public static List<Mount> userMounts(DaemonState state, Container c) {
    List<Mount> mounts = new ArrayList<>();
    for (Container.MountPoint m : c.mounts) {
      switch (m.type()) {
        case "bind":
          mounts.add(new Mount(m.destination(), state.host(), split(m.source()), !m.rw()));
          break;
        case "tmpfs":
          mounts.add(tmpfsMount(m.destination(), tmpfs(state, c, m.destination()),
              c.tmpfsOptions.getOrDefault(m.destination(), "")));
          break;
        default:
          VolumeService.Volume v = state.volumes().get(m.name());
          if (v != null && dev.kujira.engine.daemon.volume.LocalDriver.isTmpfs(v.options())) {
            // A tmpfs volume is the driver's own mount (volume create -o type=tmpfs), not the host's disk.
            mounts.add(new Mount(m.destination(), v.data(), List.of(), !m.rw(), v.options().get("device"), "tmpfs",
                dev.kujira.engine.daemon.volume.LocalDriver.kernelOptions(v.options()),
                dev.kujira.engine.daemon.volume.LocalDriver.sizeKb(v.options())));
          } else if (v != null && dev.kujira.engine.daemon.volume.LocalDriver.isBind(v.options())) {
            // A bind volume is the host directory itself (volume create -o o=bind -o device=DIR; conformance d14).
            mounts.add(new Mount(m.destination(), state.host(),
                split(dev.kujira.engine.daemon.volume.LocalDriver.device(v.options())), !m.rw()));
          } else if (v != null) {
            mounts.add(new Mount(m.destination(), v.data(), List.of(), !m.rw()));
          }
      }
    }
    List<Mount> tmpfs = new ArrayList<>();
    for (Map.Entry<String, String> e : c.hostTmpfs.entrySet()) {
      tmpfs.add(tmpfsMount(e.getKey(), tmpfs(state, c, e.getKey()), kernelOptions(e.getValue())));
    }
    // --tmpfs mounts come first, then the rest by mount point, shallower first (moby sorts by depth).
    mounts.sort(java.util.Comparator.comparing(Mount::point));
    tmpfs.addAll(mounts);
    tmpfs.sort(java.util.Comparator.comparingInt(m -> split(m.point()).size()));
    return tmpfs;
  }

  /** A tmpfs mount: "size=…k" sets what df shows, else half the machine's 4 GiB (the kernel's default). */
  private static Mount tmpfsMount(String point, FsTree tree, String options) {
    long size = 2L * 1024 * 1024;
    for (String o : options.split(",")) {
      if (o.startsWith("size=")) {
        size = Long.parseLong(o.substring(5, o.length() - 1));
      }
    }
    return new Mount(point, tree, List.of(), false, "tmpfs", "tmpfs",
        "nosuid,nodev,noexec,relatime" + (options.isEmpty() ? "" : "," + options), size);
  }

  /** Turns --tmpfs options ("rw,size=2m,mode=700") into the kernel's spelling ("size=2048k,mode=700"). */
  private static String kernelOptions(String raw) {
    List<String> out = new ArrayList<>();
    for (String o : raw.split(",")) {
      if (o.startsWith("size=")) {
        out.add("size=" + VolumeService.bytes(o.substring(5)) / 1024 + "k");
      } else if (o.startsWith("mode=")) {
        out.add(o);
      }
    }
    return String.join(",", out);
  }

  /** Returns the tmpfs at {@code path}: a fresh one (mode 1777 unless set) after each start. */
  private static FsTree tmpfs(DaemonState state, Container c, String path) {
    return c.tmpfs.computeIfAbsent(path, k -> {
      Integer mode = c.tmpfsModes.get(path);
      String opts = c.hostTmpfs.getOrDefault(path, "");
      for (String o : opts.split(",")) {
        if (o.startsWith("mode=")) {
          mode = Integer.parseInt(o.substring(5), 8);
        }
      }
      return new FsTree(new dev.kujira.engine.fs.Node.Dir(new java.util.TreeMap<>(), mode == null ? 01777 : mode, 0, 0,
          state.clock().now()));
    });
  }

  /** Lays moby's init layer over the image: the files every container has before anything is mounted. */
  public static void prepare(DaemonState state, Container c) {
    UnionView plain = new UnionView(c.rootfs, List.of(), state.clock()::now);
    plain.mkdir("/etc", true);
    plain.mkdir("/dev", true);
    plain.mkdir("/proc", true);
    plain.mkdir("/sys", true);
    // moby's init layer (daemon/initlayer/setup_unix.go): /.dockerenv, /dev/console, /dev/pts,
    // /dev/shm and /etc/mtab -> /proc/mounts exist in every container (docker export lists them).
    plain.mkdir("/dev/pts", true);
    plain.mkdir("/dev/shm", true);
    for (String f : List.of("/.dockerenv", "/dev/console")) {
      if (!plain.exists(f)) {
        plain.write(f, new byte[0], false);
        plain.chmod(f, 0755);
      }
    }
    if (!plain.exists("/etc/mtab")) {
      try {
        plain.lstat("/etc/mtab");
      } catch (FsException e) {
        plain.symlink("/proc/mounts", "/etc/mtab");
      }
    }
  }

  /** Writes the per-container /etc files and makes every mount point exist in the root, as runc does. */
  public static void mountPoints(DaemonState state, Container c) {
    UnionView plain = new UnionView(c.rootfs, List.of(), state.clock()::now);
    UnionView etc = new UnionView(c.etc, List.of(), state.clock()::now);
    etc.writeText("/hostname", c.hostname + "\n");
    etc.writeText("/hosts", hosts(state, c));
    etc.writeText("/resolv.conf", resolvConf(state, c));
    for (Container.MountPoint m : c.mounts) {
      boolean fileSource = m.type().equals("bind") && isFile(state.host(), m.source());
      try {
        if (fileSource) {
          if (!plain.exists(m.destination())) {
            plain.mkdir(parent(m.destination()), true);
            plain.write(m.destination(), new byte[0], false);
          }
        } else {
          plain.mkdir(m.destination(), true);
        }
      } catch (FsException e) {
        // A mount over a file path the image already has stays as it is.
      }
    }
    // --tmpfs mounts (HostConfig.Tmpfs) get their mount points too: docker diff shows "A /x" (recorded, difftest d01).
    for (String path : c.hostTmpfs.keySet()) {
      try {
        plain.mkdir(path, true);
      } catch (FsException e) {
        // a tmpfs over a file the image has stays as it is
      }
    }
    // runc creates the three mount points where /etc really is: with a bind over /etc they land in
    // the host folder (conformance 61: `ls config` shows hostname, hosts, resolv.conf).
    UnionView mounted = new UnionView(c.rootfs, userMounts(state, c), state.clock()::now);
    for (String f : ETC_FILES) {
      try {
        if (!mounted.exists("/etc/" + f)) {
          mounted.write("/etc/" + f, new byte[0], false);
        }
      } catch (FsException e) {
        // a read-only /etc keeps whatever it has
      }
    }
  }

  /**
   * Returns /etc/resolv.conf: on a user network the embedded DNS server 127.0.0.11 (moby's
   * generated file), on the default bridge the host's own servers.
   */
  public static String resolvConf(DaemonState state, Container c) {
    boolean custom = c.networks.keySet().stream().map(state.networks()::get)
        .anyMatch(n -> n != null && n.custom);
    List<String> dns = setting(c, "HostConfig.Dns");
    List<String> search = setting(c, "HostConfig.DnsSearch");
    List<String> options = setting(c, "HostConfig.DnsOptions");
    List<String> servers = dns.isEmpty() ? HOST_DNS : dns;
    // moby's libnetwork/internal/resolvconf: the footer names what --dns, --dns-search and
    // --dns-option replaced (recorded on Docker 26.1).
    List<String> overrides = new java.util.ArrayList<>();
    if (!dns.isEmpty()) {
      overrides.add("nameservers");
    }
    if (!search.isEmpty()) {
      overrides.add("search");
    }
    if (!options.isEmpty()) {
      overrides.add("options");
    }
    StringBuilder sb = new StringBuilder("# Generated by Docker Engine.\n# This file can be edited; Docker Engine will "
        + "not make further changes once it\n# has been modified.\n\n");
    if (!custom && overrides.isEmpty()) {
      servers.forEach(n -> sb.append("nameserver ").append(n).append('\n'));
      return sb.toString();
    }
    if (custom) {
      sb.append("nameserver 127.0.0.11\n");
    } else {
      servers.forEach(n -> sb.append("nameserver ").append(n).append('\n'));
    }
    if (!search.isEmpty()) {
      sb.append("search ").append(String.join(" ", search)).append('\n');
    }
    boolean ndotsGiven = options.stream().anyMatch(o -> o.startsWith("ndots:"));
    if (custom) {
      List<String> opts = new java.util.ArrayList<>();
      if (!ndotsGiven) {
        opts.add("ndots:0");
      }
      opts.addAll(options);
      sb.append("options ").append(String.join(" ", opts)).append('\n');
    } else if (!options.isEmpty()) {
      sb.append("options ").append(String.join(" ", options)).append('\n');
    }
    sb.append("\n# Based on host file: '/etc/resolv.conf' (").append(custom ? "internal resolver" : "legacy").append(")\n");
    if (custom) {
      sb.append("# ExtServers: [").append(String.join(" ", servers)).append("]\n");
    }
    sb.append("# Overrides: [").append(String.join(" ", overrides)).append("]\n");
    if (custom || ndotsGiven) {
      sb.append("# Option ndots from: ").append(ndotsGiven ? "override" : "internal").append('\n');
    }
    return sb.toString();
  }

  /** The host's name servers as a container on the default bridge sees them (the recording machine's). */
  private static final List<String> HOST_DNS = List.of("8.8.8.8", "8.8.4.4");

  @SuppressWarnings("unchecked")
  private static List<String> setting(Container c, String key) {
    Object v = c.settings.get(key);
    return v instanceof List<?> l ? (List<String>) l : List.of();
  }

  /** Returns the /etc/hosts Docker writes for a container on the default bridge. */
  public static String hosts(DaemonState state, Container c) {
    StringBuilder sb = new StringBuilder();
    sb.append("127.0.0.1\tlocalhost\n");
    sb.append("::1\tlocalhost ip6-localhost ip6-loopback\n");
    sb.append("fe00::0\tip6-localnet\n");
    sb.append("ff00::0\tip6-mcastprefix\n");
    sb.append("ff02::1\tip6-allnodes\n");
    sb.append("ff02::2\tip6-allrouters\n");
    // --add-host entries follow the defaults, in the order given; host-gateway is the default
    // bridge's gateway (recorded).
    for (String h : setting(c, "HostConfig.ExtraHosts")) {
      int eq = h.indexOf('=');
      int sep = eq >= 0 ? eq : h.indexOf(':');
      String ip = h.substring(sep + 1).replaceAll("^\\[(.*)]$", "$1");
      sb.append(ip.equals("host-gateway") ? "172.17.0.1" : ip).append('\t').append(h, 0, sep).append('\n');
    }
    // Legacy links: "IP alias id name" (just "IP name id" when the alias is the name).
    for (String link : c.links) {
      String target = link.substring(1, link.indexOf(':'));
      String alias = link.substring(link.lastIndexOf('/') + 1);
      Container t = state.containers().values().stream().filter(x -> x.name.equals(target)).findFirst().orElse(null);
      if (t != null && !t.ipAddress.isEmpty()) {
        sb.append(t.ipAddress).append('\t').append(alias.equals(target) ? target + " " + t.id.substring(0, 12)
            : alias + " " + t.id.substring(0, 12) + " " + target).append('\n');
      }
    }
    // One line per network joined, in join order (see Container#hostsNetworks; on a user network
    // NetworkSettings.IPAddress is empty but the line is there).
    for (String id : c.hostsNetworks) {
      Network n = state.networks().get(id);
      if (n != null && n.endpoints.containsKey(c.id)) {
        Object domain = c.settings.get("Config.Domainname");
        String names = domain instanceof String d && !d.isEmpty() ? c.hostname + "." + d + " " + c.hostname : c.hostname;
        sb.append(Ipv4.text(n.endpoints.get(c.id).ip())).append('\t').append(names).append('\n');
        if (n.ip6.containsKey(c.id)) {
          // An IPv6 network adds the container's IPv6 address line after its IPv4 one (recorded on 26.1).
          sb.append(dev.kujira.engine.util.Ipv6.text(n.ip6.get(c.id))).append('\t').append(names).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** Refreshes /etc/hosts once the container has an address. */
  public static void updateHosts(DaemonState state, Container c) {
    new UnionView(c.etc, List.of(), state.clock()::now).write("/hosts", hosts(state, c).getBytes(StandardCharsets.UTF_8),
        false);
  }

  private static boolean isFile(FsTree tree, String path) {
    return tree.lookup(split(path)) instanceof Node.RegularFile;
  }

  private static String parent(String path) {
    int i = path.lastIndexOf('/');
    return i <= 0 ? "/" : path.substring(0, i);
  }

  public static List<String> split(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Returns the bytes in {@code c}'s writable layer (its files that differ from the image's). */
  public static long sizeRw(DaemonState state, Container c) {
    return sizeDiff(c.rootfs.root(), c.init != null ? c.init : state.images().rootfs(c.image));
  }

  private static long sizeDiff(Node upper, Node lower) {
    if (upper == lower) {
      return 0;
    }
    if (upper instanceof Node.Dir) {
      long s = 0;
      Node.Dir ud = (Node.Dir) upper;
      Node.Dir ld = lower instanceof Node.Dir ? (Node.Dir) lower : Node.Dir.EMPTY;
      for (var e : ud.entries().entrySet()) {
        s += sizeDiff(e.getValue(), ld.get(e.getKey()));
      }
      return s;
    }
    if (upper instanceof Node.RegularFile) {
      if (lower instanceof Node.RegularFile && ((Node.RegularFile) lower).content() == ((Node.RegularFile) upper).content()) {
        return 0;
      }
      return ((Node.RegularFile) upper).content().length;
    }
    return 0;
  }

  /** Returns the content size of a tree. */
  public static long treeSize(FsTree tree) {
    return FsTree.size(tree.root());
  }
}
