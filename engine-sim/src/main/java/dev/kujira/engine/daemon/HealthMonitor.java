package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.format.Times;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ExecRequest;
import dev.kujira.engine.api.HealthConfig;
import dev.kujira.engine.container.ContainerStatus;
import dev.kujira.engine.process.ProcessKilled;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a container's health check as moby's daemon/health.go does: from each start the status is
 * "starting"; every interval the test runs as an exec; a success makes it "healthy" and clears the
 * failing streak; {@code retries} failures in a row (not counting those in the start period) make
 * it "unhealthy". The last five results are kept for inspect's State.Health.Log.
 */
public final class HealthMonitor {
  public static final long DEFAULT_INTERVAL = 30_000;
  public static final int DEFAULT_RETRIES = 3;
  private static final int LOG_SIZE = 5;
  private final DaemonState state;
  private final ContainerRuntime runtime;

  public HealthMonitor(DaemonState state, ContainerRuntime runtime) {
    this.state = state;
    this.runtime = runtime;
  }

  /** Returns an image's HEALTHCHECK (nanosecond durations) as a config, or null. */
  public static HealthConfig fromImage(JsonNode h) {
    if (h == null || !h.has("Test")) {
      return null;
    }
    List<String> test = new ArrayList<>();
    h.get("Test").forEach(t -> test.add(t.asText()));
    return new HealthConfig(test, h.path("Interval").asLong() / 1_000_000, h.path("Timeout").asLong() / 1_000_000,
        h.path("StartPeriod").asLong() / 1_000_000, h.path("Retries").asInt());
  }

  /**
   * Returns the container's check: what it was given, each unset part taken from the image's, as
   * moby's config merge does (--no-healthcheck keeps the image's interval: conformance c32).
   */
  public static HealthConfig merge(HealthConfig given, HealthConfig image) {
    if (given == null || image == null) {
      return given != null ? given : image;
    }
    return new HealthConfig(given.test().isEmpty() ? image.test() : given.test(),
        given.intervalMillis() > 0 ? given.intervalMillis() : image.intervalMillis(),
        given.timeoutMillis() > 0 ? given.timeoutMillis() : image.timeoutMillis(),
        given.startPeriodMillis() > 0 ? given.startPeriodMillis() : image.startPeriodMillis(),
        given.retries() > 0 ? given.retries() : image.retries());
  }

  private static boolean active(Container c) {
    return c.health != null && !c.health.test().isEmpty() && !c.health.test().get(0).equals("NONE");
  }

  /** Starts the checks of a container that just started. */
  public void begin(Container c) {
    if (!active(c)) {
      return;
    }
    c.healthStatus = "starting";
    c.failingStreak = 0;
    int run = ++c.healthRun;
    long startedAt = state.clock().now();
    schedule(c, run, startedAt);
  }

  private void schedule(Container c, int run, long startedAt) {
    long interval = c.health.intervalMillis() > 0 ? c.health.intervalMillis() : DEFAULT_INTERVAL;
    state.scheduler().schedule(state.clock().now() + interval, () -> {
      if (c.healthRun != run || c.status != ContainerStatus.RUNNING || !state.containers().containsKey(c.id)) {
        return;
      }
      state.scheduler().spawn("health-" + c.id.substring(0, 12), () -> probe(c, run, startedAt));
    });
  }

  private void probe(Container c, int run, long startedAt) {
    List<String> test = c.health.test();
    List<String> cmd = test.get(0).equals("CMD-SHELL") ? List.of("/bin/sh", "-c", String.join(" ", test.subList(1,
        test.size()))) : test.subList(1, test.size());
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    long start = state.clock().now();
    int code;
    try {
      code = new ContainerExec(state).exec(c, new ExecRequest(cmd, List.of(), "", "", false, false), new ByteArrayInputStream(
          new byte[0]), out, out);
    } catch (EngineException e) {
      code = -1;
      out.print(e.getMessage());
    } catch (ProcessKilled k) {
      return;
    }
    if (c.healthRun != run) {
      return;
    }
    record(c, start, code, output.toString(StandardCharsets.UTF_8));
    if (code == 0) {
      c.healthStatus = "healthy";
      c.failingStreak = 0;
    } else if (state.clock().now() - startedAt >= c.health.startPeriodMillis()) {
      c.failingStreak++;
      int retries = c.health.retries() > 0 ? c.health.retries() : DEFAULT_RETRIES;
      if (c.failingStreak >= retries) {
        c.healthStatus = "unhealthy";
      }
    }
    if (c.status == ContainerStatus.RUNNING) {
      schedule(c, run, startedAt);
    }
  }

  private void record(Container c, long start, int code, String output) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("Start", Times.rfc3339Nano(start));
    entry.put("End", Times.rfc3339Nano(state.clock().now()));
    entry.put("ExitCode", (long) code);
    entry.put("Output", output);
    c.healthLog.add(new ApiObject("types.HealthcheckResult", entry));
    while (c.healthLog.size() > LOG_SIZE) {
      c.healthLog.remove(0);
    }
  }

  /** Returns what ps adds to "Up …": " (healthy)", " (health: starting)", " (unhealthy)" or nothing. */
  public static String suffix(Container c) {
    switch (c.healthStatus) {
      case "starting":
        return " (health: starting)";
      case "healthy":
        return " (healthy)";
      case "unhealthy":
        return " (unhealthy)";
      default:
        return "";
    }
  }

  /** Returns Config.Healthcheck as Go's container.HealthConfig: Test, then the non-zero durations (ns) and retries. */
  public static ApiObject configObject(HealthConfig h) {
    return configObject(h, null);
  }

  /** The same with --health-start-interval (nanoseconds, or null), placed where moby's struct has it. */
  public static ApiObject configObject(HealthConfig h, Object startInterval) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Test", h.test());
    if (h.intervalMillis() > 0) {
      m.put("Interval", h.intervalMillis() * 1_000_000);
    }
    if (h.timeoutMillis() > 0) {
      m.put("Timeout", h.timeoutMillis() * 1_000_000);
    }
    if (h.startPeriodMillis() > 0) {
      m.put("StartPeriod", h.startPeriodMillis() * 1_000_000);
    }
    if (startInterval instanceof Long n && n > 0) {
      m.put("StartInterval", n);
    }
    if (h.retries() > 0) {
      m.put("Retries", (long) h.retries());
    }
    return new ApiObject("container.HealthConfig", m);
  }

  /** Returns State.Health for inspect, or null without a check. */
  public static ApiObject inspect(Container c) {
    if (c.healthStatus.isEmpty()) {
      return null;
    }
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("Status", c.healthStatus);
    h.put("FailingStreak", (long) c.failingStreak);
    h.put("Log", List.copyOf(c.healthLog));
    return new ApiObject("types.Health", h);
  }
}
