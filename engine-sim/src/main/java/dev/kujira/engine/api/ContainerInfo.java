package dev.kujira.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Is everything a lesson goal or a picture reads of one container, typed: no field needs parsing.
 * Lists keep Docker's order; maps are sorted by key. Absent text is {@code ""}, never null.
 *
 * <pre>{@code
 * ContainerInfo web = engine.state().containers().byName("web").orElseThrow();
 * boolean ok = web.status() == ContainerStatus.RUNNING
 *     && web.ports().stream().anyMatch(p -> p.hostPort() == 8080 && p.containerPort() == 80);
 * }</pre>
 *
 * @param id the full 64-hex id
 * @param name the name, without the leading "/"
 * @param status the state
 * @param exitCode the last exit code (0 before the first exit)
 * @param oomKilled whether the OOM killer ended one of its processes since it started (-m)
 * @param restartCount how often its restart policy started it again
 * @param health the health check's verdict ({@link Health#NONE} without a check)
 * @param path the main process's executable (entrypoint and command joined, first word)
 * @param args the main process's arguments
 * @param entrypoint the entrypoint as configured (empty when none)
 * @param cmd the command as configured (empty when none)
 * @param env the environment, "KEY=value", in order
 * @param labels the labels
 * @param user the user ("" = the image's, root by default)
 * @param workingDir the working directory ("" = /)
 * @param hostname the host name
 * @param restartPolicy the restart policy's name: no, always, unless-stopped, on-failure
 * @param maxRetries on-failure's retry limit (0 = none)
 * @param ports the published ports while it runs, one per host address
 * @param mounts its mounts, as {@code .Mounts}
 * @param networks the networks it is attached to, in attachment order
 * @param imageRef the image as the learner named it ({@code .Config.Image})
 * @param imageId the image's id, "sha256:…"
 * @param created when it was created, epoch millis
 * @param startedAt its last start, epoch millis (0 = never)
 * @param finishedAt its last exit, epoch millis (0 = never)
 * @param composeProject the {@code com.docker.compose.project} label, or ""
 * @param composeService the {@code com.docker.compose.service} label, or ""
 */
public record ContainerInfo(String id, String name, ContainerStatus status, int exitCode, boolean oomKilled,
    int restartCount, Health health, String path, List<String> args, List<String> entrypoint, List<String> cmd,
    List<String> env, Map<String, String> labels, String user, String workingDir, String hostname,
    String restartPolicy, int maxRetries, List<Port> ports, List<MountInfo> mounts, List<Attachment> networks,
    String imageRef, String imageId, long created, long startedAt, long finishedAt, String composeProject,
    String composeService) {

  /** Copies the collections (maps sorted by key). */
  public ContainerInfo {
    args = List.copyOf(args);
    entrypoint = List.copyOf(entrypoint);
    cmd = List.copyOf(cmd);
    env = List.copyOf(env);
    labels = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(labels));
    ports = List.copyOf(ports);
    mounts = List.copyOf(mounts);
    networks = List.copyOf(networks);
  }

  /** Returns whether the main process is alive (running or paused), as {@code .State.Running}. */
  public boolean running() {
    return status == ContainerStatus.RUNNING || status == ContainerStatus.PAUSED;
  }

  /** Returns the value of environment variable {@code key}, if set. */
  public java.util.Optional<String> envValue(String key) {
    return env.stream().filter(e -> e.startsWith(key + "=")).map(e -> e.substring(key.length() + 1)).findFirst();
  }

  /** Returns the attachment to the network named {@code network}, if any. */
  public java.util.Optional<Attachment> network(String network) {
    return networks.stream().filter(a -> a.network().equals(network)).findFirst();
  }

  /** Is a health check's verdict ({@code .State.Health.Status}). */
  public enum Health {
    /** The container has no health check. */
    NONE,
    /** Checks run, none decided yet. */
    STARTING,
    /** The last check passed. */
    HEALTHY,
    /** Enough checks failed in a row. */
    UNHEALTHY
  }

  /**
   * Is one published port.
   *
   * @param hostIp the host address it listens on (0.0.0.0, ::, or the one given)
   * @param hostPort the host port
   * @param containerPort the container port
   * @param proto tcp, udp or sctp
   */
  public record Port(String hostIp, int hostPort, int containerPort, String proto) {
  }

  /**
   * Is one mount.
   *
   * @param type bind, volume or tmpfs
   * @param source the host path ("" for tmpfs)
   * @param destination the path in the container
   * @param readOnly whether mounted read-only
   * @param volumeName the volume's name for a volume mount, else ""
   */
  public record MountInfo(String type, String source, String destination, boolean readOnly, String volumeName) {
  }

  /**
   * Is the container's place on one network. Address fields are "" while it is not running (Docker
   * gives an endpoint only to a running container).
   *
   * @param network the network's name
   * @param networkId the network's id
   * @param ip the IPv4 address, or ""
   * @param prefix the subnet's prefix length (0 when no address)
   * @param gateway the gateway, or ""
   * @param aliases the aliases given with {@code --network-alias} (or by compose)
   * @param dnsNames the names the embedded DNS answers for it (user networks only)
   */
  public record Attachment(String network, String networkId, String ip, int prefix, String gateway,
      List<String> aliases, List<String> dnsNames) {

    /** Copies the lists. */
    public Attachment {
      aliases = List.copyOf(aliases);
      dnsNames = List.copyOf(dnsNames);
    }
  }
}
