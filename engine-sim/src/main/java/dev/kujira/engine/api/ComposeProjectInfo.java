package dev.kujira.engine.api;

import java.util.List;

/**
 * Is one compose project as the engine sees it: the containers, networks and volumes carrying its
 * {@code com.docker.compose.project} label (what {@code docker compose ls} counts).
 *
 * <pre>{@code
 * ComposeProjectInfo app = engine.state().compose().byName("shop").orElseThrow();
 * boolean scaled = app.service("web").map(s -> s.running() == 3).orElse(false);
 * }</pre>
 *
 * @param name the project's name
 * @param services its services, by name
 * @param networks the names of its networks
 * @param volumes the names of its volumes
 */
public record ComposeProjectInfo(String name, List<Service> services, List<String> networks, List<String> volumes) {

  /** Copies the lists. */
  public ComposeProjectInfo {
    services = List.copyOf(services);
    networks = List.copyOf(networks);
    volumes = List.copyOf(volumes);
  }

  /** Returns the service named {@code service}, if the project has one. */
  public java.util.Optional<Service> service(String service) {
    return services.stream().filter(s -> s.name().equals(service)).findFirst();
  }

  /**
   * Is one service of a project.
   *
   * @param name the service's name
   * @param containers the names of its containers, by replica number
   * @param running how many of them run (the replicas up)
   */
  public record Service(String name, List<String> containers, int running) {

    /** Copies the list. */
    public Service {
      containers = List.copyOf(containers);
    }

    /** Returns the replica count: how many containers the service has. */
    public int replicas() {
      return containers.size();
    }
  }
}
