package dev.kujira.engine.api;

/**
 * Is a container's state as {@code docker inspect} shows it under {@code .State}.
 *
 * @param status created, running, paused, restarting, removing, exited or dead
 * @param running whether the main process is alive (also true while paused)
 * @param paused whether frozen by {@code docker pause}
 * @param restarting whether waiting to be restarted by its policy
 * @param oomKilled always false here
 * @param dead whether removal failed
 * @param pid the main process's pid on the host (0 when not running)
 * @param exitCode the last exit code
 * @param error the last start error, or ""
 * @param startedAt epoch millis of the last start (0 = never)
 * @param finishedAt epoch millis of the last exit (0 = never)
 */
public record ContainerState(String status, boolean running, boolean paused, boolean restarting, boolean oomKilled,
    boolean dead, int pid, int exitCode, String error, long startedAt, long finishedAt) {
}
