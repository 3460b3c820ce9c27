package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import java.util.Map;

/**
 * Applies HostConfig resource limits as moby does at create and update (daemon/daemon_unix.go
 * verifyPlatformContainerResources; messages recorded on Docker 26.1): a memory limit under 6MB
 * is refused, a new memory limit without a swap limit gets twice as much swap, and a pids limit of
 * -1 (unlimited) is kept as 0.
 */
public final class Resources {
  /** linux.go's minimum: 6 MiB. */
  private static final long MIN_MEMORY = 6L * 1024 * 1024;

  private Resources() {
  }

  /** Checks {@code wanted} and merges it into the container's limits; {@code create} is the first setting. */
  public static void apply(Container c, Map<String, Long> wanted, boolean create) {
    Long memory = wanted.get("Memory");
    if (memory != null && memory > 0 && memory < MIN_MEMORY) {
      throw Errors.memoryTooLow();
    }
    Long cpus = wanted.get("NanoCpus");
    // The simulated machine has the 2 CPUs `docker info` reports (NCPU).
    if (cpus != null && cpus != 0 && (cpus < 10_000_000L || cpus > 2_000_000_000L)) {
      throw Errors.cpusOutOfRange();
    }
    long swap = c.resources.getOrDefault("MemorySwap", 0L);
    if (!create && memory != null && memory > 0 && !wanted.containsKey("MemorySwap") && swap != -1 && memory > swap) {
      // moby container_unix.go UpdateContainer, wrapped as daemon/update.go's errCannotUpdate; a
      // container run without a limit has swap 0, so -m alone is refused there too (recorded by
      // tests/tools/difftest: update -m 256m of containers run with -m 64m and with no limit)
      throw Errors.invalidArgument("Cannot update container " + c.id + ": Memory limit should be smaller than "
          + "already set memoryswap limit, update the memoryswap at the same time");
    }
    c.resources.putAll(wanted);
    if (create && memory != null && memory > 0 && !wanted.containsKey("MemorySwap")) {
      c.resources.put("MemorySwap", memory * 2);
    }
    if (Long.valueOf(-1).equals(c.resources.get("PidsLimit"))) {
      c.resources.put("PidsLimit", create ? -1L : 0L);
    }
  }
}
