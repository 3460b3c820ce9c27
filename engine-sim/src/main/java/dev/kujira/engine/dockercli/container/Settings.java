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
    return s;
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
