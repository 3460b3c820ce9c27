package dev.kujira.engine.dockercli;

import dev.kujira.engine.api.EngineApi;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * Is what a docker command sees of its surroundings: the engine API, the standard streams and
 * the client's environment (DOCKER_BUILDKIT and the like).
 *
 * @param api the engine
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param env the client process's environment
 */
public record CliContext(EngineApi api, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
}
