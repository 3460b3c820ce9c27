package dev.kujira.engine.daemon.volume;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local volume driver's mount options ({@code docker volume create -o type=… -o device=… -o o=…}), as
 * moby's volume/local/local_unix.go handles them: checked at create (validateOpts), mounted on the
 * volume's {@code _data} when its first user starts and unmounted when the last one goes (localVolume
 * Mount/Unmount count its users). A tmpfs volume therefore loses its files whenever no running container
 * uses it (recorded on Docker 26.1: conformance b46). Only tmpfs and bind mounts can be made here: a bind
 * volume ({@code -o o=bind -o device=DIR}) shows the host directory itself, both ways, and leaves it when
 * removed (conformance d14); any other file system type fails its mount as on a machine without that
 * kernel driver (ENODEV, as the recording machine answers an nfs volume).
 */
public final class LocalDriver {
  private static final List<String> VALID = List.of("type", "o", "device", "size");

  private LocalDriver() {
  }

  /** validateOpts: the known keys, the quota size (no quota support on overlay2/ext4), the required pairs. */
  public static void validate(String name, Map<String, String> opts) {
    for (String k : opts.keySet()) {
      if (!VALID.contains(k)) {
        throw create(name, "invalid option: \"" + k + "\"");
      }
    }
    if (opts.containsKey("size") && VolumeService.bytes(opts.get("size")) > 0) {
      throw create(name, "quota size requested but no quota support");
    }
    // mandatoryOpts: device needs type, type needs device, o needs both (checked in that order here; moby
    // walks a Go map, so with several missing the one it names may vary).
    for (String[] need : new String[][] {{"device", "type"}, {"type", "device"}, {"o", "device"}, {"o", "type"}}) {
      if (opts.containsKey(need[0]) && !opts.containsKey(need[1])) {
        throw create(name, "missing required option: \"" + need[1] + "\"");
      }
    }
  }

  /** needsMount: a type or a device makes the volume a mount of its own rather than a plain directory. */
  public static boolean needsMount(Map<String, String> opts) {
    return !opts.getOrDefault("type", "").isEmpty() || !opts.getOrDefault("device", "").isEmpty();
  }

  /** Whether the volume is a tmpfs mounted on its _data. */
  public static boolean isTmpfs(Map<String, String> opts) {
    return opts.getOrDefault("type", "").equals("tmpfs");
  }

  /**
   * Whether the volume is a bind mount of a host directory ({@code -o type=none -o o=bind -o device=DIR}):
   * "bind" and "rbind" are flags of moby/sys/mount's table (MS_BIND), not data for a file system.
   */
  public static boolean isBind(Map<String, String> opts) {
    return (flags(opts.getOrDefault("o", "")) & MS_BIND) != 0;
  }

  /** The host directory a bind volume shows. */
  public static String device(Map<String, String> opts) {
    return opts.getOrDefault("device", "");
  }

  /**
   * The mount the driver makes on first use; fails as mount(2) does: a bind of a missing device is
   * ENOENT, any file system type this machine has no driver for ENODEV (as the recording machine answers
   * an nfs volume). {@code deviceExists} says whether the bind's source is there on the host.
   */
  public static void mount(VolumeService.Volume v, boolean deviceExists) {
    Map<String, String> o = v.options();
    if (isTmpfs(o) || isBind(o) && deviceExists) {
      return;
    }
    String device = device(o);
    String raw = o.getOrDefault("o", "");
    long flags = flags(raw);
    // moby/sys/mount's parseOptions splits o= into the flags it knows and the data it hands to the file
    // system; mountError prints "mount SOURCE:TARGET, flags: 0xN, data: DATA: ERRNO" (recorded: d14).
    StringBuilder data = new StringBuilder();
    for (String t : raw.split(",")) {
      if (!t.isEmpty() && !FLAGS.containsKey(t)) {
        data.append(data.length() == 0 ? "" : ",").append(t);
      }
    }
    String detail = "mount " + (device.isEmpty() ? "" : device + ":") + v.mountpoint()
        + (flags == 0 ? "" : ", flags: 0x" + Long.toHexString(flags))
        + (data.length() == 0 ? "" : ", data: " + data)
        + ((flags & MS_BIND) != 0 ? ": no such file or directory" : ": no such device");
    throw new EngineException(ErrorKind.SYSTEM, "error while mounting volume '" + v.mountpoint()
        + "': failed to mount local volume: " + detail);
  }

  private static final long MS_BIND = 0x1000;

  /** moby/sys/mount flags_linux.go: the options that are mount flags (a clearing one is 0 here: it sets none). */
  private static final Map<String, Long> FLAGS = Map.ofEntries(Map.entry("ro", 0x1L), Map.entry("rw", 0L),
      Map.entry("nosuid", 0x2L), Map.entry("suid", 0L), Map.entry("nodev", 0x4L), Map.entry("dev", 0L),
      Map.entry("noexec", 0x8L), Map.entry("exec", 0L), Map.entry("sync", 0x10L), Map.entry("async", 0L),
      Map.entry("remount", 0x20L), Map.entry("mand", 0x40L), Map.entry("nomand", 0L), Map.entry("dirsync", 0x80L),
      Map.entry("noatime", 0x400L), Map.entry("atime", 0L), Map.entry("nodiratime", 0x800L),
      Map.entry("diratime", 0L), Map.entry("bind", MS_BIND), Map.entry("rbind", MS_BIND | 0x4000L),
      Map.entry("relatime", 0x200000L), Map.entry("norelatime", 0L), Map.entry("strictatime", 0x1000000L),
      Map.entry("nostrictatime", 0L));

  private static long flags(String raw) {
    long f = 0;
    for (String t : raw.split(",")) {
      f |= FLAGS.getOrDefault(t, 0L);
    }
    return f;
  }

  /** The tmpfs's options as /proc/mounts shows them: sizes in the kernel's k spelling, after "relatime". */
  public static String kernelOptions(Map<String, String> opts) {
    List<String> out = new ArrayList<>();
    for (String t : opts.getOrDefault("o", "").split(",")) {
      if (t.startsWith("size=")) {
        out.add("size=" + VolumeService.bytes(t.substring(5)) / 1024 + "k");
      } else if (!t.isEmpty() && !t.equals("rw") && !t.equals("ro") && !t.equals("mode=1777")) {
        out.add(t);
      }
    }
    // The kernel prints tmpfs's own options in its order (shmem_show_options): size, nr_inodes, mode, uid, gid.
    List<String> order = List.of("size", "nr_inodes", "mode", "uid", "gid");
    out.sort(java.util.Comparator.comparingInt(t -> {
      int i = order.indexOf(t.contains("=") ? t.substring(0, t.indexOf('=')) : t);
      return i < 0 ? order.size() : i;
    }));
    out.add(0, "relatime");
    return String.join(",", out);
  }

  /** The tmpfs's size in KiB (half the machine's 4 GiB unless size= is given), for df. */
  public static long sizeKb(Map<String, String> opts) {
    long size = 2L * 1024 * 1024;
    for (String t : opts.getOrDefault("o", "").split(",")) {
      if (t.startsWith("size=")) {
        size = VolumeService.bytes(t.substring(5)) / 1024;
      }
    }
    return size;
  }

  /** A fresh tmpfs root: mode 1777 unless mode= is given, owned by uid=/gid= (0 by default). */
  public static dev.kujira.engine.fs.Node.Dir freshRoot(Map<String, String> opts, long now) {
    int mode = 01777;
    int uid = 0;
    int gid = 0;
    for (String t : opts.getOrDefault("o", "").split(",")) {
      if (!t.matches("(mode|uid|gid)=[0-9]+")) {
        continue;
      }
      if (t.startsWith("mode=")) {
        mode = Integer.parseInt(t.substring(5), 8);
      } else if (t.startsWith("uid=")) {
        uid = Integer.parseInt(t.substring(4));
      } else if (t.startsWith("gid=")) {
        gid = Integer.parseInt(t.substring(4));
      }
    }
    return new dev.kujira.engine.fs.Node.Dir(new java.util.TreeMap<>(), mode, uid, gid, now);
  }

  private static EngineException create(String name, String why) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "create " + name + ": " + why);
  }
}
