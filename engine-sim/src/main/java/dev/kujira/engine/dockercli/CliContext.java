package dev.kujira.engine.dockercli;

import dev.kujira.engine.api.EngineApi;
import dev.kujira.engine.fs.FileSystemView;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * Is what a docker command sees of its surroundings: the engine API, the standard streams, the
 * client's environment (DOCKER_BUILDKIT and the like) and the client machine's files (for
 * {@code -v ./x}, {@code load -i}, {@code save -o}, {@code cp}).
 *
 * @param api the engine
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param env the client process's environment
 * @param files the client's files, with its working directory; null when there are none
 * @param terminal whether standard input is a terminal (the learner's REPL, not a pipe or a script)
 * @param sleeper lets the client wait on the engine's clock (compose polling a health check)
 */
public record CliContext(EngineApi api, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
    FileSystemView files, boolean terminal, java.util.function.LongConsumer sleeper) {

  /** Creates a context without client files. */
  public CliContext(EngineApi api, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    this(api, in, out, err, env, null, false, millis -> { });
  }

  /**
   * Refuses {@code -it} without a terminal, as docker/cli's In().CheckTty does before anything
   * is created.
   */
  public void checkTty(boolean interactive, boolean tty) {
    if (interactive && tty && !terminal) {
      throw new CliException("the input device is not a TTY", 1);
    }
  }

  /** Returns the client's working directory ("/" without files). */
  public String cwd() {
    return files == null ? "/" : files.cwd();
  }
}
