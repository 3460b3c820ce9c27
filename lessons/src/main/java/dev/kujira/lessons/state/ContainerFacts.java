package dev.kujira.lessons.state;

import java.util.List;
import java.util.Map;

/**
 * Is what a goal can know about one container, read from its inspect document.
 *
 * @param id the full id
 * @param name the name without "/"
 * @param image the image as the user named it
 * @param imageId the image id
 * @param state the state word (created, running, paused, restarting, exited, dead)
 * @param exitCode the last exit code
 * @param command the entrypoint and command, as the process's argv
 * @param env the environment
 * @param labels the labels
 * @param restartPolicy the restart policy's name ("no" when none)
 * @param hostname the hostname
 * @param user the user
 * @param workingDir the working directory
 * @param ports the published ports
 * @param mounts the mounts
 * @param networks the networks it is attached to
 */
public record ContainerFacts(String id, String name, String image, String imageId, String state, int exitCode,
    List<String> command, Map<String, String> env, Map<String, String> labels, String restartPolicy, String hostname,
    String user, String workingDir, List<PortFacts> ports, List<MountFacts> mounts, List<EndpointFacts> networks) {

  /** Copies the collections. */
  public ContainerFacts {
    command = List.copyOf(command);
    env = Map.copyOf(env);
    labels = Map.copyOf(labels);
    ports = List.copyOf(ports);
    mounts = List.copyOf(mounts);
    networks = List.copyOf(networks);
  }

  /**
   * Is one published port.
   *
   * @param hostIp the host address ("" or 0.0.0.0 for all)
   * @param hostPort the host port
   * @param containerPort the container port
   * @param proto tcp, udp or sctp
   */
  public record PortFacts(String hostIp, int hostPort, int containerPort, String proto) {
  }

  /**
   * Is one mount.
   *
   * @param type bind, volume or tmpfs
   * @param source the volume name or host path ("" for tmpfs)
   * @param target the path in the container
   * @param readOnly whether it is read-only
   */
  public record MountFacts(String type, String source, String target, boolean readOnly) {
  }

  /**
   * Is one network attachment.
   *
   * @param network the network's name
   * @param ip the IPv4 address ("" when not running)
   * @param aliases the DNS names on this network
   */
  public record EndpointFacts(String network, String ip, List<String> aliases) {
    /** Copies the list. */
    public EndpointFacts {
      aliases = List.copyOf(aliases);
    }
  }
}
