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
 * uses it (recorded on Docker 26.1: conformance b46). Only tmpfs and bind mounts can be made here; any
 * other file system type fails its mount as on a machine without that kernel driver (ENODEV, as the
 * recording machine answers an nfs volume).
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

  /** The mount the driver makes on first use; fails as mount(2) does for a type this machine cannot mount. */
  public static void mount(VolumeService.Volume v) {
    Map<String, String> o = v.options();
    if (isTmpfs(o)) {
      return;
    }
    String device = o.getOrDefault("device", "");
    String data = o.getOrDefault("o", "");
    // moby/sys/mount's mountError: "mount SOURCE:TARGET, data: DATA: ERRNO"; wrapped by the driver and the daemon.
    String detail = "mount " + (device.isEmpty() ? "" : device + ":") + v.mountpoint()
        + (data.isEmpty() ? "" : ", data: " + data) + ": no such device";
    throw new EngineException(ErrorKind.SYSTEM, "error while mounting volume '" + v.mountpoint()
        + "': failed to mount local volume: " + detail);
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
