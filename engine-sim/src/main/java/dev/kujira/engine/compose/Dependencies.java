package dev.kujira.engine.compose;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.ContainerSummary;
import java.util.Map;

/**
 * Waits, before a service starts, for the conditions of its depends_on, as compose does: a
 * service_healthy dependency is polled until its health check passes ("Waiting", then "Healthy"),
 * a service_completed_successfully one until it exits with 0 ("Waiting", then "Exited")
 * (conformance c18).
 */
final class Dependencies {
  /** Compose polls its dependencies every half second. */
  private static final long POLL_MILLIS = 500;
  /** Gives up after a virtual hour, so a check that never passes cannot hang the session. */
  private static final long LIMIT_MILLIS = 3_600_000;
  private final ComposeProject p;

  Dependencies(ComposeProject p) {
    this.p = p;
  }

  void await(Service s) {
    for (Map.Entry<String, Service.Dependency> e : s.dependsOn().entrySet()) {
      String condition = e.getValue().condition();
      if (condition.equals("service_started")) {
        continue;
      }
      for (ContainerSummary c : p.containersOf(e.getKey(), true)) {
        String name = ComposeProject.nameOf(c);
        p.report("Container", name, "Waiting");
        if (condition.equals("service_healthy")) {
          healthy(name, c.id());
          p.report("Container", name, "Healthy");
        } else {
          long code = exited(e.getKey(), c.id());
          if (code != 0) {
            // the progress line carries the error too (conformance c19)
            p.report("Container", name, Errors.notCompleted(e.getKey(), code));
            throw new ComposeException(Errors.notCompleted(e.getKey(), code), ComposeException.FAILURE);
          }
          p.report("Container", name, "Exited");
        }
      }
    }
  }

  /** {@code up --wait}: each container of {@code services} is waited for, healthy when it has a check. */
  void waitFor(java.util.List<Service> services) {
    for (Service s : services) {
      for (ContainerSummary c : p.containersOf(s.name(), true)) {
        String name = ComposeProject.nameOf(c);
        p.report("Container", name, "Waiting");
        ApiObject state = (ApiObject) p.api().containerInspect(c.id()).get("State");
        if (state.get("Health") != null) {
          healthy(name, c.id());
          p.report("Container", name, "Healthy");
        } else {
          p.report("Container", name, "Running");
        }
      }
    }
  }

  private void healthy(String name, String id) {
    for (long waited = 0; waited <= LIMIT_MILLIS; waited += POLL_MILLIS) {
      ApiObject state = (ApiObject) p.api().containerInspect(id).get("State");
      Object health = state.get("Health");
      if (health == null) {
        p.report("Container", name, "Error");
        throw new ComposeException(Errors.noHealthcheck(name), ComposeException.FAILURE);
      }
      String status = String.valueOf(((ApiObject) health).get("Status"));
      if (status.equals("healthy")) {
        return;
      }
      if (status.equals("unhealthy")) {
        p.report("Container", name, "Error");
        throw new ComposeException(Errors.unhealthy(name), ComposeException.FAILURE);
      }
      p.sleep(POLL_MILLIS);
    }
    throw new ComposeException(Errors.unhealthy(name), ComposeException.FAILURE);
  }

  private long exited(String service, String id) {
    for (long waited = 0; waited <= LIMIT_MILLIS; waited += POLL_MILLIS) {
      ApiObject state = (ApiObject) p.api().containerInspect(id).get("State");
      if (!Boolean.TRUE.equals(state.get("Running")) && !"created".equals(state.get("Status"))) {
        return ((Number) state.get("ExitCode")).longValue();
      }
      p.sleep(POLL_MILLIS);
    }
    throw new ComposeException(Errors.notCompleted(service, -1), ComposeException.FAILURE);
  }
}
