package dev.kujira.engine.gotemplate;

import java.util.Map;

/**
 * The Go field names of Engine API structs that differ from their JSON names, and the fields a
 * struct has that JSON leaves out when empty. docker inspect runs a template on the typed struct
 * first (docker/cli inspect.TemplateInspector), so {@code .HostConfig.CPUShares} reads the field
 * JSON calls "CpuShares", and {@code .HostConfig.Init} prints {@code <nil>} when unset.
 */
final class GoFieldNames {
  private static final Map<String, Map<String, String>> JSON_NAMES = Map.of("container.HostConfig", Map.of(
      "CPUShares", "CpuShares", "NanoCPUs", "NanoCpus", "CPUPeriod", "CpuPeriod", "CPUQuota", "CpuQuota",
      "CPURealtimePeriod", "CpuRealtimePeriod", "CPURealtimeRuntime", "CpuRealtimeRuntime", "CPUCount", "CpuCount",
      "CPUPercent", "CpuPercent"));
  /** Omitted-when-empty fields and what the typed struct holds then. */
  private static final Map<String, Map<String, Object>> ZERO = Map.of("container.HostConfig", Map.of(
      "KernelMemory", 0L, "KernelMemoryTCP", 0L, "Init", NilPointer.INSTANCE, "Sysctls", dev.kujira.engine.api.GoNil.MAP,
      "StorageOpt", dev.kujira.engine.api.GoNil.MAP, "Tmpfs", dev.kujira.engine.api.GoNil.MAP,
      "Mounts", dev.kujira.engine.api.GoNil.SLICE));

  /** time.Duration fields, which a template prints as "5s". */
  private static final Map<String, java.util.Set<String>> DURATIONS = Map.of("container.HealthConfig",
      java.util.Set.of("Interval", "Timeout", "StartPeriod", "StartInterval"));

  private GoFieldNames() {
  }

  /** Returns whether field {@code name} of {@code goType} is a Go time.Duration. */
  static boolean isDuration(String goType, String name) {
    return DURATIONS.getOrDefault(goType, java.util.Set.of()).contains(name);
  }

  /** Returns the JSON name of Go field {@code name} of {@code goType}, or null when it is the same. */
  static String jsonName(String goType, String name) {
    return JSON_NAMES.getOrDefault(goType, Map.of()).get(name);
  }

  /** Returns whether {@code goType} has field {@code name} that JSON omits when empty. */
  static boolean hasOmitted(String goType, String name) {
    return ZERO.getOrDefault(goType, Map.of()).containsKey(name);
  }

  /** Returns the typed struct's value of an omitted field. */
  static Object zero(String goType, String name) {
    Object v = ZERO.get(goType).get(name);
    return v == NilPointer.INSTANCE ? null : v;
  }

  /** A nil *bool: the template prints {@code <nil>}. */
  enum NilPointer {
    INSTANCE
  }
}
