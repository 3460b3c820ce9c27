package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.GoNil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds {@code .HostConfig} of a container's inspect document (container.HostConfig, API 1.45). */
public final class HostConfigJson {
  private HostConfigJson() {
  }

  public static ApiObject of(Container c) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Binds", c.binds.isEmpty() ? GoNil.SLICE : c.binds);
    f.put("ContainerIDFile", "");
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("Type", "json-file");
    log.put("Config", new TreeMap<String, Object>());
    f.put("LogConfig", new ApiObject("container.LogConfig", log));
    f.put("NetworkMode", c.networkMode);
    f.put("PortBindings", portBindings(c.portBindings, false));
    Map<String, Object> rp = new LinkedHashMap<>();
    rp.put("Name", c.restartPolicy.name());
    rp.put("MaximumRetryCount", (long) c.restartPolicy.maximumRetryCount());
    f.put("RestartPolicy", new ApiObject("container.RestartPolicy", rp));
    f.put("AutoRemove", c.autoRemove);
    f.put("VolumeDriver", "");
    f.put("VolumesFrom", c.volumesFrom.isEmpty() ? GoNil.SLICE : c.volumesFrom);
    f.put("ConsoleSize", List.of(0L, 0L));
    f.put("CapAdd", GoNil.SLICE);
    f.put("CapDrop", GoNil.SLICE);
    f.put("CgroupnsMode", "private");
    f.put("Dns", List.of());
    f.put("DnsOptions", List.of());
    f.put("DnsSearch", List.of());
    f.put("ExtraHosts", GoNil.SLICE);
    f.put("GroupAdd", GoNil.SLICE);
    f.put("IpcMode", "private");
    f.put("Cgroup", "");
    f.put("Links", c.links.isEmpty() ? GoNil.SLICE : c.links);
    f.put("OomScoreAdj", 0L);
    f.put("PidMode", "");
    f.put("Privileged", false);
    f.put("PublishAllPorts", c.publishAll);
    f.put("ReadonlyRootfs", c.readonlyRootfs);
    f.put("SecurityOpt", GoNil.SLICE);
    if (!c.hostTmpfs.isEmpty()) {
      f.put("Tmpfs", c.hostTmpfs);
    }
    f.put("UTSMode", "");
    f.put("UsernsMode", "");
    f.put("ShmSize", 67108864L);
    f.put("Runtime", "runc");
    f.put("Isolation", "");
    for (String k : List.of("CpuShares", "Memory", "NanoCpus")) {
      f.put(k, c.resources.getOrDefault(k, 0L));
    }
    f.put("CgroupParent", "");
    f.put("BlkioWeight", 0L);
    for (String k : List.of("BlkioWeightDevice", "BlkioDeviceReadBps", "BlkioDeviceWriteBps", "BlkioDeviceReadIOps",
        "BlkioDeviceWriteIOps")) {
      f.put(k, List.of());
    }
    for (String k : List.of("CpuPeriod", "CpuQuota", "CpuRealtimePeriod", "CpuRealtimeRuntime")) {
      f.put(k, c.resources.getOrDefault(k, 0L));
    }
    f.put("CpusetCpus", "");
    f.put("CpusetMems", "");
    f.put("Devices", List.of());
    f.put("DeviceCgroupRules", GoNil.SLICE);
    f.put("DeviceRequests", GoNil.SLICE);
    f.put("MemoryReservation", c.resources.getOrDefault("MemoryReservation", 0L));
    f.put("MemorySwap", c.resources.getOrDefault("MemorySwap", 0L));
    f.put("MemorySwappiness", null);
    f.put("OomKillDisable", false);
    f.put("PidsLimit", c.resources.get("PidsLimit"));
    f.put("Ulimits", List.of());
    for (String k : List.of("CpuCount", "CpuPercent", "IOMaximumIOps", "IOMaximumBandwidth")) {
      f.put(k, 0L);
    }
    if (!c.hostMounts.isEmpty()) {
      // HostConfig.Mounts holds the --mount specs as given (omitempty in moby's HostConfig).
      f.put("Mounts", c.hostMounts);
    }
    f.put("MaskedPaths", List.of("/proc/asound", "/proc/acpi", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
        "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware",
        "/sys/devices/virtual/powercap"));
    f.put("ReadonlyPaths", List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"));
    settings(c, "HostConfig.", f);
    return new ApiObject("container.HostConfig", f);
  }

  /** Puts the user's settings under {@code prefix} into {@code f}, each at its own place. */
  public static void settings(Container c, String prefix, Map<String, Object> f) {
    c.settings.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        f.put(k.substring(prefix.length()), v);
      }
    });
  }

  /** Returns a nat.PortMap: "80/tcp" → [{HostIp, HostPort}], or for {@code nilWhenEmpty} a nil map. */
  public static Object portBindings(Map<String, List<String[]>> bindings, boolean nilWhenEmpty) {
    if (bindings.isEmpty() && nilWhenEmpty) {
      return GoNil.MAP;
    }
    Map<String, Object> out = new TreeMap<>();
    bindings.forEach((port, hosts) -> {
      List<Object> list = new ArrayList<>();
      for (String[] h : hosts) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("HostIp", h[0]);
        b.put("HostPort", h[1]);
        list.add(new ApiObject("nat.PortBinding", b));
      }
      out.put(port, list);
    });
    return out;
  }
}
