package dev.kujira.engine.dockercli;

import dev.kujira.engine.api.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Applies an operation to each argument as docker/cli's multi-object commands do (stop, rm,
 * kill, pause…): print each argument that succeeded, gather the errors, and fail with all of
 * them, one per line, at the end.
 */
public final class Batch {
  private Batch() {
  }

  /** Runs {@code op} on every ref, printing the ref on success; throws the gathered errors (exit 1). */
  public static void each(CliContext cli, List<String> refs, Consumer<String> op) {
    List<String> errors = new ArrayList<>();
    for (String ref : refs) {
      try {
        op.accept(ref);
        cli.out().println(ref);
      } catch (EngineException e) {
        errors.add(daemonError(e));
      }
    }
    if (!errors.isEmpty()) {
      throw new CliException(String.join("\n", errors), 1);
    }
  }

  /** Returns "Error response from daemon: " + the message, the client's wording of an API error. */
  public static String daemonError(EngineException e) {
    return "Error response from daemon: " + e.getMessage();
  }
}
