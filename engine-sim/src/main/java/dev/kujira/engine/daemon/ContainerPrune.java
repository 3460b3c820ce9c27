package dev.kujira.engine.daemon;

import dev.kujira.engine.api.PruneReport;
import dev.kujira.engine.container.Container;
import dev.kujira.engine.container.ContainerStatus;
import dev.kujira.engine.daemon.filters.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code docker container prune}: removes stopped containers that match the filters, newest first. */
final class ContainerPrune {
  private ContainerPrune() {
  }

  static PruneReport prune(DaemonState state, ContainerRuntime runtime, Map<String, List<String>> filters) {
    List<String> deleted = new ArrayList<>();
    long reclaimed = 0;
    for (Container c : state.newestFirst()) {
      if (!c.isRunning() && c.status != ContainerStatus.RESTARTING && Filters.matchesLabels(c.labels, filters)
          && Filters.createdBefore(c.created, filters, state.clock().now())) {
        reclaimed += Rootfs.sizeRw(state, c);
        runtime.removeNow(c, false);
        deleted.add(c.id);
      }
    }
    // moby emits one prune event with the space reclaimed (seen in docker events on Docker 26.1).
    state.emit("container", "prune", "", Map.of("reclaimed", String.valueOf(reclaimed)));
    return new PruneReport(deleted, reclaimed);
  }
}
