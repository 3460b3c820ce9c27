package dev.kujira.engine.process;

/**
 * Is a fork that failed with EAGAIN: the container's pids limit ({@code --pids-limit}) or the
 * session's cap on running processes ({@link Limits#PROCESSES}) is reached. The shell that forked
 * reports it as busybox ash does ({@code sh: can't fork: Resource temporarily unavailable}, then
 * a non-interactive shell exits with 2) or bash does ({@code bash: fork: Resource temporarily
 * unavailable}); recorded on Docker 26.1 with {@code docker run --pids-limit 4}.
 */
public final class ForkFailed extends RuntimeException {
  /** Creates the failure (no stack trace: it is an outcome, not a bug). */
  public ForkFailed() {
    super("Resource temporarily unavailable", null, false, false);
  }
}
