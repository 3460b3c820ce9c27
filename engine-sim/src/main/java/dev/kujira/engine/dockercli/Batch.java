package dev.kujira.engine.dockercli;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorDetail;
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

  /**
   * Returns the client's wording of an API error: "Error response from daemon: " + the message, the
   * one place the CLI writes it; an error the client found itself, or one streamed in a response's
   * body, prints as it stands.
   */
  public static String daemonError(EngineException e) {
    if (e.kind() == dev.kujira.engine.api.ErrorKind.CLIENT || e.detail() instanceof ErrorDetail.Streamed) {
      return e.getMessage();
    }
    return daemonError(e.getMessage());
  }

  /** Returns "Error response from daemon: " + {@code message} (a command that rewords the daemon's message). */
  public static String daemonError(String message) {
    return "Error response from daemon: " + message;
  }

  /** Returns the status the CLI exits with after an API error: a streamed error's own, else 1. */
  public static int exitCode(EngineException e) {
    return e.detail() instanceof ErrorDetail.Streamed s ? s.code() : 1;
  }
}
