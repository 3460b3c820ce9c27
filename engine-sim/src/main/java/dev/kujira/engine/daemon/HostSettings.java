package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.api.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The daemon's side of the create flags kept in {@link Container#settings}: its checks and
 * warnings at create (moby daemon/daemon_unix.go verifyPlatformContainerSettings), its refusals at
 * start, and the capability set a container's processes get (moby oci/caps).
 */
public final class HostSettings {
  /** Linux capability names by bit number (linux/capability.h). */
  public static final List<String> CAPS = List.of("CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "KILL",
      "SETGID", "SETUID", "SETPCAP", "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST", "NET_ADMIN", "NET_RAW",
      "IPC_LOCK", "IPC_OWNER", "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE", "SYS_PACCT", "SYS_ADMIN",
      "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD", "LEASE", "AUDIT_WRITE",
      "AUDIT_CONTROL", "SETFCAP", "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG", "WAKE_ALARM", "BLOCK_SUSPEND", "AUDIT_READ",
      "PERFMON", "BPF", "CHECKPOINT_RESTORE");
  /** Docker's default set (moby oci/caps/defaults.go): CapEff 00000000a80425fb. */
  public static final long DEFAULT_CAPS = 0xa80425fbL;
  /**
   * Every capability the engine can grant: the recording machine's dockerd runs without
   * CAP_SYS_RESOURCE, so --privileged and --cap-add ALL give 000001fffeffffff there (recorded).
   */
  public static final long ENGINE_CAPS = 0x1fffeffffffL;
  /** The devices the simulated host has (runc's standard set). */
  private static final List<String> HOST_DEVICES = List.of("/dev/null", "/dev/zero", "/dev/full", "/dev/random",
      "/dev/urandom", "/dev/tty");

  private HostSettings() {
  }

  /** Checks the settings at create and returns the daemon's warnings; settings the kernel lacks are discarded. */
  public static List<String> create(Container c) {
    Map<String, Object> s = c.settings;
    List<String> warnings = new ArrayList<>();
    capabilities(c);
    if (s.get("HostConfig.OomScoreAdj") instanceof Long adj && (adj < -1000 || adj > 1000)) {
      throw Errors.invalidArgument("Invalid value " + adj + ", range for oom score adj is [-1000, 1000]");
    }
    if (c.resources.getOrDefault("NanoCpus", 0L) > 0 && c.resources.getOrDefault("CpuQuota", 0L) > 0) {
      throw Errors.invalidArgument("Conflicting options: Nano CPUs and CPU Quota cannot both be set");
    }
    if (s.containsKey("HostConfig.StorageOpt")) {
      // The recording machine's storage driver (vfs) has no quota support.
      throw Errors.invalidArgument("Filesystem does not support, or has not enabled quotas");
    }
    if (Boolean.TRUE.equals(s.get("HostConfig.OomKillDisable")) && c.resources.getOrDefault("Memory", 0L) == 0) {
      warnings.add("OOM killer is disabled for the container, but no memory limit is set, this can result in the "
          + "system running out of resources.");
    }
    // The recording machine's kernel has no blkio weight (cgroup v1 without CFQ): moby warns and discards.
    if (s.get("HostConfig.BlkioWeight") instanceof Long w && w > 0) {
      warnings.add("Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.");
      s.put("HostConfig.BlkioWeight", 0L);
    }
    if (s.get("HostConfig.BlkioWeightDevice") instanceof List<?> l && !l.isEmpty()) {
      warnings.add("Your kernel does not support Block I/O weight_device or the cgroup is not mounted. "
          + "Weight-device discarded.");
      s.put("HostConfig.BlkioWeightDevice", List.of());
    }
    // The recording machine's cgroup has no blkio throttling: moby drops the limits without a word (recorded).
    for (String k : List.of("BlkioDeviceReadBps", "BlkioDeviceWriteBps", "BlkioDeviceReadIOps", "BlkioDeviceWriteIOps")) {
      if (s.containsKey("HostConfig." + k)) {
        s.put("HostConfig." + k, List.of());
      }
    }
    // moby generateSecurityOpt: a privileged container or one sharing the host's pid or ipc namespace
    // gets "label=disable" unless a label option was given.
    List<?> opts = list(c, "HostConfig.SecurityOpt");
    boolean hostNs = "host".equals(s.get("HostConfig.PidMode")) || "host".equals(s.get("HostConfig.IpcMode"));
    if ((Boolean.TRUE.equals(s.get("HostConfig.Privileged")) || hostNs)
        && opts.stream().noneMatch(o -> String.valueOf(o).startsWith("label"))) {
      List<Object> with = new ArrayList<>(opts);
      with.add("label=disable");
      s.put("HostConfig.SecurityOpt", with);
    }
    // Kernel memory limits are gone from cgroup v2 and ignored by Docker 26 (the field reads 0, recorded).
    s.remove("HostConfig.KernelMemory");
    return warnings;
  }

  /** Refuses at start what the machine cannot give: a GPU, a device the host lacks, an unknown group. */
  public static void start(Container c, dev.kujira.engine.fs.FileSystemView fs) {
    if (Boolean.TRUE.equals(c.settings.get("HostConfig.Init"))) {
      // The recording machine's dockerd has no docker-init binary (Debian's package leaves tini out).
      throw Errors.startRefused("exec: \"docker-init\": executable file not found in $PATH");
    }
    if (c.settings.get("HostConfig.CpuRealtimeRuntime") instanceof Long rt && rt > 0) {
      // Its cgroup v1 has no real-time budget to give: runc fails writing it (recorded).
      throw Errors.startFailed("unable to apply cgroup configuration: failed to write \"" + rt
          + "\": write /sys/fs/cgroup/cpu/docker/" + c.id + "/cpu.rt_runtime_us: invalid argument");
    }
    if (c.settings.containsKey("HostConfig.DeviceRequests")) {
      throw Errors.startRefused("could not select device driver \"\" with capabilities: [[gpu]]");
    }
    for (Object d : list(c, "HostConfig.Devices")) {
      String host = String.valueOf(((dev.kujira.engine.api.ApiObject) d).get("PathOnHost"));
      if (!HOST_DEVICES.contains(host)) {
        throw Errors.startRefused("error gathering device information while adding custom device \"" + host
            + "\": no such file or directory");
      }
    }
    String user = c.user.contains(":") ? c.user.substring(0, c.user.indexOf(':')) : c.user;
    if (!user.isEmpty() && !user.matches("\\d+") && !names(fs, "/etc/passwd").contains(user)) {
      throw Errors.startRefused("unable to find user " + user + ": no matching entries in passwd file");
    }
    // runc's user spec is USER[:GROUP]; a group by name must be in the image's /etc/group.
    String primary = c.user.contains(":") ? c.user.substring(c.user.indexOf(':') + 1) : "";
    if (!primary.isEmpty() && !primary.contains(":") && !primary.matches("\\d+")
        && !names(fs, "/etc/group").contains(primary)) {
      throw Errors.startRefused("unable to find group " + primary + ": no matching entries in group file");
    }
    for (Object g : list(c, "HostConfig.GroupAdd")) {
      String group = String.valueOf(g);
      if (!group.matches("\\d+") && !names(fs, "/etc/group").contains(group)) {
        throw Errors.startRefused("Unable to find group " + group + ": no matching entries in group file");
      }
    }
  }

  /** Returns the container's capability set: the default, plus --cap-add, minus --cap-drop; all when privileged. */
  public static long capabilities(Container c) {
    if (Boolean.TRUE.equals(c.settings.get("HostConfig.Privileged"))) {
      return ENGINE_CAPS;
    }
    long caps = DEFAULT_CAPS;
    List<?> drop = list(c, "HostConfig.CapDrop");
    for (Object d : drop) {
      caps &= ~bits(String.valueOf(d), "CapDrop");
    }
    for (Object a : list(c, "HostConfig.CapAdd")) {
      caps |= bits(String.valueOf(a), "CapAdd");
    }
    return caps;
  }

  /** moby oci/caps NormalizeLegacyCapabilities: upper case, "CAP_" prefixed; ALL is every one. */
  private static long bits(String name, String field) {
    String n = name.trim().toUpperCase(java.util.Locale.ROOT);
    if (n.equals("ALL")) {
      return ENGINE_CAPS;
    }
    String bare = n.startsWith("CAP_") ? n.substring(4) : n;
    int bit = CAPS.indexOf(bare);
    if (bit < 0) {
      throw Errors.invalidArgument("invalid " + field + ": unknown capability: \"CAP_" + bare + "\"");
    }
    return 1L << bit;
  }

  public static List<?> list(Container c, String key) {
    return c.settings.get(key) instanceof List<?> l ? l : List.of();
  }

  private static List<String> names(dev.kujira.engine.fs.FileSystemView fs, String path) {
    List<String> out = new ArrayList<>();
    try {
      for (String line : new String(fs.read(path), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        out.add(line.split(":", 2)[0]);
      }
    } catch (RuntimeException e) {
      // no such file: no names
    }
    return out;
  }
}
