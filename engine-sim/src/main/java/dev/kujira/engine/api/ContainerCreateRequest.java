package dev.kujira.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Is what {@code docker create}/{@code run} send to the daemon (the Engine API's create body,
 * flattened). A null list means "not given" (the image's value applies); Go's nil vs empty.
 *
 * @param name the container name, or "" for a generated one
 * @param image the image as the user wrote it
 * @param cmd the command after the image, or null
 * @param entrypoint {@code --entrypoint} (a list of one word, an empty list to reset it), or null
 * @param env {@code -e} entries
 * @param labels {@code --label} entries
 * @param workingDir {@code -w}, or ""
 * @param user {@code -u}, or ""
 * @param hostname {@code -h}, or ""
 * @param tty {@code -t}
 * @param openStdin {@code -i}
 * @param exposedPorts {@code --expose} and the ports of {@code -p}, as "80/tcp"
 * @param portBindings {@code -p} mappings: "80/tcp" → host bindings
 * @param publishAll {@code -P}
 * @param binds {@code -v} specs that are binds or named volumes ("src:dst[:mode]")
 * @param anonymousVolumes {@code -v /path} container paths
 * @param mounts {@code --mount} specs as key=value maps
 * @param restartPolicy {@code --restart} name
 * @param restartMax the on-failure retry limit
 * @param autoRemove {@code --rm}
 * @param networkMode {@code --network}, or "" for the default
 * @param stopSignal {@code --stop-signal}, or ""
 * @param stopTimeout {@code --stop-timeout}, or null
 * @param networkAliases {@code --network-alias} names on the first network
 * @param tmpfs {@code --tmpfs} mounts: container path → options ("" for none)
 * @param volumesFrom {@code --volumes-from} specs ("container[:ro|rw]")
 * @param readOnly {@code --read-only}: the root file system refuses writes
 * @param links {@code --link NAME[:ALIAS]} entries (legacy links on the default bridge)
 * @param ipv4Address {@code --ip}: the address on the first user network, or ""
 * @param healthcheck the health check, or null for the image's
 * @param resources HostConfig's resource limits by their API names (Memory, MemorySwap, NanoCpus, CpuShares,
 *     PidsLimit…), only those the user set
 * @param settings the other fields the user set, by their place in the inspect document
 *     ("HostConfig.Dns", "Config.Domainname"…), as JSON values (strings, lists, maps, numbers)
 */
public record ContainerCreateRequest(String name, String image, List<String> cmd, List<String> entrypoint, List<String> env,
    Map<String, String> labels, String workingDir, String user, String hostname, boolean tty, boolean openStdin,
    List<String> exposedPorts, Map<String, List<HostPort>> portBindings, boolean publishAll, List<String> binds,
    List<String> anonymousVolumes, List<Map<String, String>> mounts, String restartPolicy, int restartMax,
    boolean autoRemove, String networkMode, String stopSignal, Integer stopTimeout, List<String> networkAliases,
    Map<String, String> tmpfs, List<String> volumesFrom, boolean readOnly, List<String> links, String ipv4Address,
    HealthConfig healthcheck, Map<String, Long> resources, Map<String, Object> settings) {

  /** Creates a request without other settings. */
  public ContainerCreateRequest(String name, String image, List<String> cmd, List<String> entrypoint, List<String> env,
      Map<String, String> labels, String workingDir, String user, String hostname, boolean tty, boolean openStdin,
      List<String> exposedPorts, Map<String, List<HostPort>> portBindings, boolean publishAll, List<String> binds,
      List<String> anonymousVolumes, List<Map<String, String>> mounts, String restartPolicy, int restartMax,
      boolean autoRemove, String networkMode, String stopSignal, Integer stopTimeout, List<String> networkAliases,
      Map<String, String> tmpfs, List<String> volumesFrom, boolean readOnly, List<String> links, String ipv4Address,
      HealthConfig healthcheck, Map<String, Long> resources) {
    this(name, image, cmd, entrypoint, env, labels, workingDir, user, hostname, tty, openStdin, exposedPorts,
        portBindings, publishAll, binds, anonymousVolumes, mounts, restartPolicy, restartMax, autoRemove, networkMode,
        stopSignal, stopTimeout, networkAliases, tmpfs, volumesFrom, readOnly, links, ipv4Address, healthcheck,
        resources, Map.of());
  }

  /** Creates a request without resource limits. */
  public ContainerCreateRequest(String name, String image, List<String> cmd, List<String> entrypoint, List<String> env,
      Map<String, String> labels, String workingDir, String user, String hostname, boolean tty, boolean openStdin,
      List<String> exposedPorts, Map<String, List<HostPort>> portBindings, boolean publishAll, List<String> binds,
      List<String> anonymousVolumes, List<Map<String, String>> mounts, String restartPolicy, int restartMax,
      boolean autoRemove, String networkMode, String stopSignal, Integer stopTimeout, List<String> networkAliases,
      Map<String, String> tmpfs, List<String> volumesFrom, boolean readOnly, List<String> links, String ipv4Address,
      HealthConfig healthcheck) {
    this(name, image, cmd, entrypoint, env, labels, workingDir, user, hostname, tty, openStdin, exposedPorts,
        portBindings, publishAll, binds, anonymousVolumes, mounts, restartPolicy, restartMax, autoRemove, networkMode,
        stopSignal, stopTimeout, networkAliases, tmpfs, volumesFrom, readOnly, links, ipv4Address, healthcheck, Map.of());
  }

  /** Creates a request that keeps the image's health check. */
  public ContainerCreateRequest(String name, String image, List<String> cmd, List<String> entrypoint, List<String> env,
      Map<String, String> labels, String workingDir, String user, String hostname, boolean tty, boolean openStdin,
      List<String> exposedPorts, Map<String, List<HostPort>> portBindings, boolean publishAll, List<String> binds,
      List<String> anonymousVolumes, List<Map<String, String>> mounts, String restartPolicy, int restartMax,
      boolean autoRemove, String networkMode, String stopSignal, Integer stopTimeout, List<String> networkAliases,
      Map<String, String> tmpfs, List<String> volumesFrom, boolean readOnly, List<String> links, String ipv4Address) {
    this(name, image, cmd, entrypoint, env, labels, workingDir, user, hostname, tty, openStdin, exposedPorts,
        portBindings, publishAll, binds, anonymousVolumes, mounts, restartPolicy, restartMax, autoRemove, networkMode,
        stopSignal, stopTimeout, networkAliases, tmpfs, volumesFrom, readOnly, links, ipv4Address, null);
  }

  /**
   * Is one host side of a port binding.
   *
   * @param hostIp the host address, "" for all
   * @param hostPort the host port, "" for an ephemeral one
   */
  public record HostPort(String hostIp, String hostPort) {
  }
}
