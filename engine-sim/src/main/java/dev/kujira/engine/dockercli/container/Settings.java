package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.Invocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the create flags whose value the daemon keeps in the inspect document under a field of
 * its own (docker/cli opts/parse.go → container.Config and HostConfig), by that field's place:
 * "HostConfig.Dns", "Config.Domainname"… Only flags the user gave are set, so the daemon's
 * defaults stay as Docker prints them. The effects (/etc/hosts, /etc/resolv.conf, the domain
 * name) are the daemon's.
 */
final class Settings {
  private Settings() {
  }

  static Map<String, Object> of(Invocation in) {
    Map<String, Object> s = new LinkedHashMap<>();
    list(in, "add-host", "HostConfig.ExtraHosts", s);
    list(in, "dns", "HostConfig.Dns", s);
    list(in, "dns-search", "HostConfig.DnsSearch", s);
    list(in, "dns-option", "HostConfig.DnsOptions", s);
    string(in, "domainname", "Config.Domainname", s);
    string(in, "cgroup-parent", "HostConfig.CgroupParent", s);
    string(in, "isolation", "HostConfig.Isolation", s);
    string(in, "volume-driver", "HostConfig.VolumeDriver", s);
    if (in.changed("annotation")) {
      Map<String, Object> a = new TreeMap<>();
      for (String e : in.list("annotation")) {
        int eq = e.indexOf('=');
        a.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
      }
      s.put("HostConfig.Annotations", a);
    }
    if (in.changed("memory-swappiness")) {
      s.put("HostConfig.MemorySwappiness", Long.parseLong(in.string("memory-swappiness").trim()));
    }
    if (!in.spec().hasFlag("privileged")) {
      return s;
    }
    bool(in, "privileged", "HostConfig.Privileged", s);
    list(in, "cap-add", "HostConfig.CapAdd", s);
    list(in, "cap-drop", "HostConfig.CapDrop", s);
    bool(in, "init", "HostConfig.Init", s);
    bool(in, "oom-kill-disable", "HostConfig.OomKillDisable", s);
    list(in, "group-add", "HostConfig.GroupAdd", s);
    list(in, "security-opt", "HostConfig.SecurityOpt", s);
    list(in, "device-cgroup-rule", "HostConfig.DeviceCgroupRules", s);
    string(in, "pid", "HostConfig.PidMode", s);
    string(in, "ipc", "HostConfig.IpcMode", s);
    string(in, "uts", "HostConfig.UTSMode", s);
    string(in, "userns", "HostConfig.UsernsMode", s);
    string(in, "cgroupns", "HostConfig.CgroupnsMode", s);
    string(in, "runtime", "HostConfig.Runtime", s);
    string(in, "cpuset-cpus", "HostConfig.CpusetCpus", s);
    string(in, "cpuset-mems", "HostConfig.CpusetMems", s);
    string(in, "mac-address", "Config.MacAddress", s);
    number(in, "oom-score-adj", "HostConfig.OomScoreAdj", s);
    number(in, "blkio-weight", "HostConfig.BlkioWeight", s);
    number(in, "cpu-rt-period", "HostConfig.CpuRealtimePeriod", s);
    number(in, "cpu-rt-runtime", "HostConfig.CpuRealtimeRuntime", s);
    if (in.changed("shm-size")) {
      s.put("HostConfig.ShmSize", Limits.ramInBytes(in.string("shm-size")));
    }
    if (in.changed("kernel-memory")) {
      s.put("HostConfig.KernelMemory", Limits.ramInBytes(in.string("kernel-memory")));
    }
    if (in.changed("health-start-interval")) {
      s.put("Health.StartInterval",
          dev.kujira.engine.format.Units.goDurationMillis(in.string("health-start-interval")) * 1_000_000);
    }
    if (in.changed("sysctl")) {
      s.put("HostConfig.Sysctls", keyValues(in.list("sysctl")));
    }
    if (in.changed("ulimit")) {
      s.put("HostConfig.Ulimits", HostDevices.ulimits(in.list("ulimit")));
    }
    if (in.changed("device")) {
      s.put("HostConfig.Devices", HostDevices.devices(in.list("device")));
    }
    HostDevices.blkio(in, s);
    if (in.changed("log-driver") || in.changed("log-opt")) {
      Map<String, Object> log = new LinkedHashMap<>();
      log.put("Type", in.changed("log-driver") ? in.string("log-driver") : "json-file");
      log.put("Config", keyValues(in.list("log-opt")));
      s.put("HostConfig.LogConfig", new dev.kujira.engine.api.ApiObject("container.LogConfig", log));
    }
    if (in.changed("link-local-ip")) {
      s.put("Endpoint.LinkLocalIPs", List.copyOf(in.list("link-local-ip")));
    }
    string(in, "ip6", "Endpoint.IPv6Address", s);
    if (in.changed("gpus")) {
      s.put("HostConfig.DeviceRequests", HostDevices.gpus(in.string("gpus")));
    }
    if (in.changed("storage-opt")) {
      s.put("HostConfig.StorageOpt", keyValues(in.list("storage-opt")));
    }
    return s;
  }

  /** "k=v" entries as a Go map (sorted keys); an entry without "=" maps to "". */
  static Map<String, Object> keyValues(List<String> entries) {
    Map<String, Object> m = new TreeMap<>();
    for (String e : entries) {
      int eq = e.indexOf('=');
      m.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
    }
    return m;
  }

  private static void bool(Invocation in, String flag, String field, Map<String, Object> s) {
    if (in.changed(flag)) {
      s.put(field, in.bool(flag));
    }
  }

  private static void number(Invocation in, String flag, String field, Map<String, Object> s) {
    if (in.changed(flag)) {
      s.put(field, Long.parseLong(in.string(flag).trim()));
    }
  }

  private static void list(Invocation in, String flag, String field, Map<String, Object> s) {
    if (in.changed(flag)) {
      s.put(field, List.copyOf(in.list(flag)));
    }
  }

  private static void string(Invocation in, String flag, String field, Map<String, Object> s) {
    if (in.changed(flag)) {
      s.put(field, in.string(flag));
    }
  }
}
