package dev.kujira.engine.compose;

import java.util.List;
import java.util.Map;

/**
 * Is one service of a compose file after loading: interpolated, with the short and long syntaxes
 * normalised (compose-go's ServiceConfig, the fields kujira models).
 *
 * @param name the service name
 * @param image the image, or "" (then {@code <project>-<service>} is built)
 * @param build the build section, or null
 * @param command the command, or null for the image's
 * @param entrypoint the entrypoint, or null for the image's
 * @param environment the variables in file order (env_file entries first, as compose merges them)
 * @param ports the published ports
 * @param expose the exposed ports
 * @param volumes the mounts
 * @param networks network key to its aliases
 * @param dependsOn service name to its condition
 * @param healthcheck the health check, or null
 * @param restart the restart policy, or ""
 * @param workingDir the working directory, or ""
 * @param user the user, or ""
 * @param hostname the hostname, or ""
 * @param containerName {@code container_name}, or ""
 * @param labels the labels
 * @param profiles the profiles (empty: always enabled)
 * @param scale the number of containers
 * @param stopGraceSeconds the stop timeout, or null
 * @param stopSignal the stop signal, or ""
 * @param tty {@code tty}
 * @param stdinOpen {@code stdin_open}
 * @param envFiles the env_file paths, absolute
 * @param networkMode {@code network_mode} ("none", "host", "service:x", "container:x"), or ""
 * @param readOnly {@code read_only}
 * @param tmpfs the {@code tmpfs} mount paths
 * @param secrets the secrets: file name under /run/secrets to the secret's name
 */
public record Service(String name, String image, Build build, List<String> command, List<String> entrypoint,
    Map<String, String> environment, List<Port> ports, List<String> expose, List<Mount> volumes,
    Map<String, List<String>> networks, Map<String, Dependency> dependsOn, Healthcheck healthcheck, String restart,
    String workingDir, String user, String hostname, String containerName, Map<String, String> labels,
    List<String> profiles, int scale, Integer stopGraceSeconds, String stopSignal, boolean tty, boolean stdinOpen,
    List<String> envFiles, String networkMode, boolean readOnly, List<String> tmpfs, Map<String, String> secrets) {

  /**
   * Is a service's build section.
   *
   * @param context the context folder, absolute
   * @param dockerfile the Dockerfile path as written ("Dockerfile" by default)
   * @param args the build arguments
   * @param target the target stage, or ""
   */
  public record Build(String context, String dockerfile, Map<String, String> args, String target) {
  }

  /**
   * Is a health check (durations in milliseconds, 0 for the default).
   *
   * @param test the test as Docker stores it ("CMD", … / "CMD-SHELL", …; "NONE" to disable)
   * @param interval the interval
   * @param timeout the timeout
   * @param retries the retries (0 for the default)
   * @param startPeriod the start period
   */
  public record Healthcheck(List<String> test, long interval, long timeout, int retries, long startPeriod) {
  }

  /**
   * Is a dependency on another service.
   *
   * @param condition service_started, service_healthy or service_completed_successfully
   * @param required whether a missing service is an error
   * @param restart whether restarting the dependency restarts this service
   */
  public record Dependency(String condition, boolean required, boolean restart) {
  }

  /**
   * Is a published port.
   *
   * @param hostIp the host address, or ""
   * @param published the host port or range, "" for an ephemeral one
   * @param target the container port
   * @param protocol tcp or udp
   */
  public record Port(String hostIp, String published, int target, String protocol) {
  }

  /**
   * Is a mount.
   *
   * @param type volume, bind or tmpfs
   * @param source the volume key, the absolute host path, or "" for an anonymous volume
   * @param target the path in the container
   * @param readOnly whether it is read-only
   * @param shortSyntax whether the file wrote it as "source:target" (config then shows compose's defaults)
   */
  public record Mount(String type, String source, String target, boolean readOnly, boolean shortSyntax) {
  }

  /** Returns this service without its depends_on. */
  public Service withoutDependencies() {
    return new Service(name, image, build, command, entrypoint, environment, ports, expose, volumes, networks, Map.of(),
        healthcheck, restart, workingDir, user, hostname, containerName, labels, profiles, scale, stopGraceSeconds,
        stopSignal, tty, stdinOpen, envFiles, networkMode, readOnly, tmpfs, secrets);
  }

  /** Returns the image the service's containers run: its own, else the one compose builds. */
  public String imageFor(String project) {
    return !image.isEmpty() ? image : project + "-" + name;
  }
}
