package dev.kujira.engine.compose;

import java.util.List;
import java.util.Map;

/**
 * Is a loaded compose file: its services in name order (as compose sorts them), its networks and
 * volumes, and the warnings loading printed.
 *
 * @param name the top-level {@code name:}, or ""
 * @param path the files' absolute paths, comma-separated (a file, then its overrides)
 * @param services the services by name
 * @param networks the declared networks by key
 * @param volumes the declared volumes by key
 * @param secrets the declared file secrets: name to absolute file
 */
public record ComposeFile(String name, String path, Map<String, Service> services, Map<String, Resource> networks,
    Map<String, Resource> volumes, Map<String, String> secrets) {

  /**
   * Is a top-level network or volume.
   *
   * @param key the key in the file
   * @param name the {@code name:} given, or "" (then {@code <project>_<key>})
   * @param external whether compose only uses it, never creates or removes it
   * @param driver the driver, or ""
   * @param labels the labels
   * @param ipam a network's first ipam config (subnet, ip_range, gateway), empty for none
   * @param internal whether a network is internal
   * @param driverOpts the driver's options ({@code driver_opts}), keys sorted
   */
  public record Resource(String key, String name, boolean external, String driver, Map<String, String> labels,
      Map<String, String> ipam, boolean internal, Map<String, String> driverOpts) {

    /** Returns the engine's name for it in project {@code project}. */
    public String fullName(String project) {
      if (!name.isEmpty()) {
        return name;
      }
      return external ? key : project + "_" + key;
    }
  }

  /** Returns the services enabled by {@code profiles} (a service without profiles always is). */
  public List<Service> enabled(List<String> profiles) {
    return services.values().stream()
        .filter(s -> s.profiles().isEmpty() || s.profiles().stream().anyMatch(profiles::contains)
            || profiles.contains("*"))
        .toList();
  }
}
