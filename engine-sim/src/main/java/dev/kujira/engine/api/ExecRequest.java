package dev.kujira.engine.api;

import java.util.List;

/**
 * Is {@code docker exec}'s request.
 *
 * @param cmd the command and its arguments
 * @param env extra {@code -e} entries
 * @param workingDir {@code -w}, or ""
 * @param user {@code -u}, or ""
 * @param tty {@code -t}
 * @param interactive {@code -i}
 * @param privileged {@code --privileged}: the process gets every capability
 */
public record ExecRequest(List<String> cmd, List<String> env, String workingDir, String user, boolean tty,
    boolean interactive, boolean privileged) {

  /** Creates an unprivileged exec. */
  public ExecRequest(List<String> cmd, List<String> env, String workingDir, String user, boolean tty, boolean interactive) {
    this(cmd, env, workingDir, user, tty, interactive, false);
  }
}
