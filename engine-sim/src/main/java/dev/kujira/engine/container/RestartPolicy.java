package dev.kujira.engine.container;

/**
 * Is a container's restart policy ({@code --restart}).
 *
 * @param name no, always, unless-stopped or on-failure
 * @param maximumRetryCount the on-failure limit (0 = unlimited)
 */
public record RestartPolicy(String name, int maximumRetryCount) {
  /** The default policy: never restart. */
  public static final RestartPolicy NO = new RestartPolicy("no", 0);

  /** Returns whether a container that exited with {@code exitCode} after {@code restarts} restarts should restart. */
  public boolean shouldRestart(int exitCode, int restarts, boolean stoppedByUser) {
    if (stoppedByUser) {
      return false;
    }
    switch (name) {
      case "always":
      case "unless-stopped":
        return true;
      case "on-failure":
        return exitCode != 0 && (maximumRetryCount == 0 || restarts < maximumRetryCount);
      default:
        return false;
    }
  }
}
