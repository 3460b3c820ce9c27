package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.GoNil;
import dev.kujira.engine.dockercli.Invocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the create flags whose values are structured lists in HostConfig (docker/cli opts):
 * {@code --ulimit}, {@code --device}, the {@code --device-*-bps/iops} and {@code
 * --blkio-weight-device} throttles and {@code --gpus}.
 */
final class HostDevices {
  private HostDevices() {
  }

  /** {@code --ulimit name=soft[:hard]} → [{Name, Hard, Soft}] (go-units ParseUlimit; hard defaults to soft). */
  static List<Object> ulimits(List<String> specs) {
    List<Object> out = new ArrayList<>();
    for (String u : specs) {
      int eq = u.indexOf('=');
      String[] limits = u.substring(eq + 1).split(":", 2);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("Name", u.substring(0, eq));
      m.put("Hard", Long.parseLong(limits[limits.length - 1]));
      m.put("Soft", Long.parseLong(limits[0]));
      out.add(new ApiObject("container.Ulimit", m));
    }
    return out;
  }

  /**
   * {@code --device host[:container][:perms]} → [{PathOnHost, PathInContainer, CgroupPermissions}]
   * (docker/cli parseDevice: a second field made only of r, w and m is the permissions).
   */
  static List<Object> devices(List<String> specs) {
    List<Object> out = new ArrayList<>();
    for (String d : specs) {
      String[] p = d.split(":");
      String dst = p[0];
      String perms = "rwm";
      if (p.length == 3) {
        dst = p[1];
        perms = p[2];
      } else if (p.length == 2) {
        if (p[1].matches("[rwm]{1,3}")) {
          perms = p[1];
        } else {
          dst = p[1];
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("PathOnHost", p[0]);
      m.put("PathInContainer", dst);
      m.put("CgroupPermissions", perms);
      out.add(new ApiObject("container.DeviceMapping", m));
    }
    return out;
  }

  /** The block I/O throttles: "path:rate" entries (bps sizes as go-units RAMInBytes). */
  static void blkio(Invocation in, Map<String, Object> s) {
    throttle(in, "device-read-bps", "BlkioDeviceReadBps", true, s);
    throttle(in, "device-write-bps", "BlkioDeviceWriteBps", true, s);
    throttle(in, "device-read-iops", "BlkioDeviceReadIOps", false, s);
    throttle(in, "device-write-iops", "BlkioDeviceWriteIOps", false, s);
    if (in.changed("blkio-weight-device")) {
      List<Object> out = new ArrayList<>();
      for (String d : in.list("blkio-weight-device")) {
        int colon = d.lastIndexOf(':');
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Path", d.substring(0, colon));
        m.put("Weight", Long.parseLong(d.substring(colon + 1)));
        out.add(new ApiObject("blkiodev.WeightDevice", m));
      }
      s.put("HostConfig.BlkioWeightDevice", out);
    }
  }

  private static void throttle(Invocation in, String flag, String field, boolean bytes, Map<String, Object> s) {
    if (!in.changed(flag)) {
      return;
    }
    List<Object> out = new ArrayList<>();
    for (String d : in.list(flag)) {
      int colon = d.lastIndexOf(':');
      String rate = d.substring(colon + 1);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("Path", d.substring(0, colon));
      m.put("Rate", bytes ? Limits.ramInBytes(rate) : Long.parseLong(rate));
      out.add(new ApiObject("blkiodev.ThrottleDevice", m));
    }
    s.put("HostConfig." + field, out);
  }

  /** {@code --gpus all|N} → one DeviceRequest for the "gpu" capability (docker/cli opts.GpuOpts). */
  static List<Object> gpus(String value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Driver", "");
    long count = 0;
    for (String part : value.split(",")) {
      String v = part.startsWith("count=") ? part.substring(6) : part;
      if (v.equals("all")) {
        count = -1;
      } else if (v.matches("\\d+")) {
        count = Long.parseLong(v);
      }
    }
    m.put("Count", count);
    m.put("DeviceIDs", GoNil.SLICE);
    m.put("Capabilities", List.of(List.of("gpu")));
    m.put("Options", new java.util.TreeMap<String, Object>());
    return List.of(new ApiObject("container.DeviceRequest", m));
  }
}
