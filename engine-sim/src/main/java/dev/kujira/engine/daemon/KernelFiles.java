package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.fs.Devices;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Rlimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kernel's files as one container sees them: /proc with its main process's status (its
 * capabilities, groups, seccomp), /proc/sys (--sysctl, the host and domain names) and /sys/class/net
 * (each interface's MAC). Texts as Docker 26.1 shows them on the recording machine.
 */
public final class KernelFiles {
  private KernelFiles() {
  }

  /** Returns the container's /proc: the shared kernel files, then pid 1's and /proc/sys. */
  public static FsTree proc(Container c) {
    FsTree t = Devices.proc(0);
    text(t, "sys/net/ipv4/ip_forward", "1");
    text(t, "sys/net/core/somaxconn", "4096");
    text(t, "sys/kernel/hostname", c.hostname);
    Object domain = c.settings.get("Config.Domainname");
    text(t, "sys/kernel/domainname", domain instanceof String d && !d.isEmpty() ? d : "(none)");
    if (c.settings.get("HostConfig.Sysctls") instanceof Map<?, ?> sysctls) {
      sysctls.forEach((k, v) -> text(t, "sys/" + String.valueOf(k).replace('.', '/'), String.valueOf(v)));
    }
    Object adj = c.settings.get("HostConfig.OomScoreAdj");
    text(t, "1/oom_score_adj", adj == null ? "0" : String.valueOf(adj));
    text(t, "1/status", status(c));
    t.set(List.of("1", "cmdline"), new Node.RegularFile(cmdline(c), 0444, 0, 0, 0), 0);
    text(t, "1/limits", Rlimits.procText(Rlimits.of(ulimits(c)))
        .stripTrailing());
    // /proc/self is the reader's pid; the main process's is the one a learner's command reads.
    t.set(List.of("self"), new Node.Symlink("1", 0777, 0, 0, 0), 0);
    return t;
  }

  /** HostConfig.Ulimits as name → [soft, hard]. */
  private static Map<String, long[]> ulimits(Container c) {
    Map<String, long[]> out = new TreeMap<>();
    for (Object o : HostSettings.list(c, "HostConfig.Ulimits")) {
      dev.kujira.engine.api.ApiObject u = (dev.kujira.engine.api.ApiObject) o;
      out.put(String.valueOf(u.get("Name")), new long[] {((Number) u.get("Soft")).longValue(),
          ((Number) u.get("Hard")).longValue()});
    }
    return out;
  }

  /** Returns the container's /sys: the kernel's directories and /sys/class/net/IFACE/address. */
  public static FsTree sys(List<NetworkView.Iface> interfaces) {
    FsTree t = Devices.sys(0);
    for (NetworkView.Iface i : interfaces) {
      text(t, "class/net/" + i.name() + "/address", i.mac());
    }
    return t;
  }

  /**
   * /proc/1/cmdline: pid 1's argv, each word ended by a NUL, as runc executes it (the configured
   * Path and Args, not resolved on $PATH); with --init moby's oci_linux.go puts /sbin/docker-init
   * and "--" before them (recorded: `docker run busybox cat /proc/1/cmdline` prints "cat
   * /proc/1/cmdline" with NULs on Docker 26.1).
   */
  private static byte[] cmdline(Container c) {
    StringBuilder b = new StringBuilder();
    List<String> argv = c.path.isEmpty() ? List.of("sh") : c.path;
    if (Boolean.TRUE.equals(c.settings.get("HostConfig.Init"))) {
      b.append("/sbin/docker-init\0--\0");
    }
    argv.forEach(a -> b.append(a).append('\0'));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Makes /proc/self a process's own folder whose status shows capabilities {@code caps} (an exec's:
   * {@code docker exec --privileged}, audit mgmt2/011); its seccomp filter stays the container's.
   */
  public static void self(FsTree proc, Container c, long caps) {
    proc.set(List.of("self"), new Node.Dir(new TreeMap<>(), 0555, 0, 0, 0), 0);
    text(proc, "self/status", status(c, caps));
    text(proc, "self/limits", Rlimits.procText(Rlimits.of(ulimits(c))).stripTrailing());
  }

  /** /proc/1/status as the kernel prints it (recorded: busybox cat on Docker 26.1). */
  private static String status(Container c) {
    return status(c, HostSettings.capabilities(c));
  }

  private static String status(Container c, long caps) {
    String name = c.path.isEmpty() ? "sh" : c.path.get(0).substring(c.path.get(0).lastIndexOf('/') + 1);
    String user = c.user.contains(":") ? c.user.substring(0, c.user.indexOf(':')) : c.user;
    boolean root = user.isEmpty() || user.equals("root") || user.equals("0");
    String uid = root ? "0" : user.matches("\\d+") ? user : "0";
    boolean privileged = Boolean.TRUE.equals(c.settings.get("HostConfig.Privileged"));
    boolean noNewPrivs = HostSettings.list(c, "HostConfig.SecurityOpt").stream()
        .anyMatch(o -> String.valueOf(o).startsWith("no-new-privileges"));
    String eff = String.format("%016x", root ? caps : 0);
    return "Name:\t" + name.substring(0, Math.min(15, name.length())) + "\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t1\n"
        + "Ngid:\t0\nPid:\t1\nPPid:\t0\nTracerPid:\t0\nUid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid + "\n"
        + "Gid:\t0\t0\t0\t0\nFDSize:\t64\nGroups:\t0 10 \nNStgid:\t1\nNSpid:\t1\nNSpgid:\t1\nNSsid:\t1\nKthread:\t0\n"
        + "VmPeak:\t    2332 kB\nVmSize:\t    2332 kB\nVmLck:\t       0 kB\nVmPin:\t       0 kB\nVmHWM:\t    1468 kB\n"
        + "VmRSS:\t    1468 kB\nRssAnon:\t      56 kB\nRssFile:\t    1412 kB\nRssShmem:\t       0 kB\n"
        + "VmData:\t     240 kB\nVmStk:\t     132 kB\nVmExe:\t    1552 kB\nVmLib:\t       8 kB\nVmPTE:\t      40 kB\n"
        + "VmSwap:\t       0 kB\nHugetlbPages:\t       0 kB\nCoreDumping:\t0\nTHP_enabled:\t1\n"
        + "untag_mask:\t0xffffffffffffffff\nThreads:\t1\nSigQ:\t0/96367\nSigPnd:\t0000000000000000\n"
        + "ShdPnd:\t0000000000000000\nSigBlk:\t0000000000000000\nSigIgn:\t0000000000000000\nSigCgt:\t0000000000000000\n"
        + "CapInh:\t0000000000000000\nCapPrm:\t" + eff + "\nCapEff:\t" + eff + "\nCapBnd:\t" + String.format("%016x", caps)
        + "\nCapAmb:\t0000000000000000\nNoNewPrivs:\t" + (noNewPrivs ? 1 : 0) + "\n"
        + (privileged ? "Seccomp:\t0\nSeccomp_filters:\t0\n" : "Seccomp:\t2\nSeccomp_filters:\t1\n")
        + "Speculation_Store_Bypass:\tvulnerable\nSpeculationIndirectBranch:\talways enabled\nCpus_allowed:\t3\n"
        + "Cpus_allowed_list:\t0-1\nMems_allowed:\t" + "00000000,".repeat(31) + "00000001\nMems_allowed_list:\t0\n"
        + "voluntary_ctxt_switches:\t10\nnonvoluntary_ctxt_switches:\t133";
  }

  /**
   * Writes /proc/net/dev for {@code interfaces} (net/core/net-procfs.c's two header lines and one
   * row per device, "%6s:%8lu %7lu ..."). The counters stay 0: the simulator carries no packets.
   */
  public static void netDev(FsTree proc, List<NetworkView.Iface> interfaces) {
    StringBuilder b = new StringBuilder("Inter-|   Receive                                                |  Transmit\n"
        + " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier"
        + " compressed");
    for (NetworkView.Iface i : interfaces) {
      b.append('\n').append(String.format("%6s:%8d %7d %4d %4d %4d %5d %10d %9d %8d %7d %4d %4d %4d %5d %7d %10d", i.name(),
          0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }
    text(proc, "net/dev", b.toString());
  }

  /** Adds --device nodes to the container's /dev tree (the host's device at the container's path). */
  public static void devices(Container c, FsTree dev, long now) {
    for (Object d : HostSettings.list(c, "HostConfig.Devices")) {
      dev.kujira.engine.api.ApiObject m = (dev.kujira.engine.api.ApiObject) d;
      String host = String.valueOf(m.get("PathOnHost"));
      String inside = String.valueOf(m.get("PathInContainer"));
      if (host.startsWith("/dev/") && inside.startsWith("/dev/")) {
        Devices.passThrough(dev, host.substring(5), List.of(inside.substring(5).split("/")), now);
      }
    }
  }

  /** Returns --shm-size in KiB (64 MiB by default). */
  public static long shmKb(Container c) {
    Object s = c.settings.get("HostConfig.ShmSize");
    return (s instanceof Long l ? l : 67108864L) / 1024;
  }

  private static void text(FsTree t, String path, String line) {
    List<String> parts = List.of(path.split("/"));
    for (int i = 1; i < parts.size(); i++) {
      if (t.lookup(parts.subList(0, i)) == null) {
        t.set(parts.subList(0, i), new Node.Dir(new TreeMap<>(), 0555, 0, 0, 0), 0);
      }
    }
    t.set(parts, new Node.RegularFile((line + "\n").getBytes(StandardCharsets.UTF_8), 0444, 0, 0, 0), 0);
  }

}
