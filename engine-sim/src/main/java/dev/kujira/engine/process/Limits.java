package dev.kujira.engine.process;

/**
 * Bounds every simulated program, so that whatever a learner types (an endless loop, a fork
 * bomb, a 10 GB {@code dd}, a doubling string) ends with a clear message and the session stays
 * usable. The numbers are far above what lessons need and far below what would slow a JVM.
 */
public final class Limits {
  /** Shell steps (commands and loop rounds) one script may take before the simulator stops it. */
  public static final long STEPS = 1_000_000;
  /** Processes nested inside each other (a script running itself) before a fork fails. */
  public static final int NESTING = 200;
  /** Background jobs alive at once in one machine; past it the machine is treated as fork-bombed. */
  public static final int JOBS = 100;
  /** Shell function calls nested inside each other. */
  public static final int CALL_DEPTH = 150;
  /** Characters in one shell variable, beyond which ash reports it ran out of memory. */
  public static final int VALUE_CHARS = 8 << 20;
  /** Bytes in one file, beyond which writes fail with "No space left on device". */
  public static final long FILE_BYTES = 64L << 20;

  /** Containers one session may hold (running or not): 10,000 detached ones once took 586 MB and 10,002 threads. */
  public static final int CONTAINERS = 500;
  /** Volumes one session may hold. */
  public static final int VOLUMES = 500;
  /** Networks one session may hold (the three predefined ones included). */
  public static final int NETWORKS = 100;
  /**
   * Processes one session may run at once, all its machines together (containers' processes and
   * background jobs on the host and in containers); past it a fork fails as it does past a pids
   * cgroup's limit ({@code sh: can't fork: Resource temporarily unavailable}).
   */
  public static final int PROCESSES = 1000;
  /** Images one session may hold (tags of one image count once; build stages are not images). */
  public static final int IMAGES = 500;

  private Limits() {
  }

  /**
   * Returns the notice printed when a pipeline's reader read all of a pipe that had filled its
   * buffer: a real writer would have gone on, so the simulator says it stopped it.
   */
  public static String pipeFullNotice() {
    return "kujira: a pipe filled its " + (FILE_BYTES >> 20) + " MiB buffer and its writer was stopped (SIGPIPE);"
        + " a real pipe would have streamed the rest";
  }

  /** Returns the notice printed when a foreground program runs out of {@link #STEPS}. */
  public static String stepsNotice(String program) {
    return "kujira: " + program + " ran " + STEPS + " steps without ending and was stopped (SIGKILL);"
        + " a real container would keep running until you stop it";
  }
}
