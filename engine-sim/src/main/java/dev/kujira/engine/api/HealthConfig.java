package dev.kujira.engine.api;

import java.util.List;

/**
 * Is a container's health check, as the Engine API's HealthConfig (durations in milliseconds here,
 * 0 for Docker's default: 30 s interval and timeout, 3 retries, no start period).
 *
 * @param test ["CMD", args…], ["CMD-SHELL", command] or ["NONE"]
 * @param intervalMillis the time between checks
 * @param timeoutMillis how long one check may take
 * @param startPeriodMillis the time failures do not count
 * @param retries the consecutive failures that make the container unhealthy
 */
public record HealthConfig(List<String> test, long intervalMillis, long timeoutMillis, long startPeriodMillis,
    int retries) {

  /** Copies the test. */
  public HealthConfig {
    test = List.copyOf(test);
  }
}
