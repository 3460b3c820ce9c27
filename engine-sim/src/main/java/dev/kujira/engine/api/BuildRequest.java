package dev.kujira.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Is {@code docker build}'s request: where the context and the Dockerfile are on the client's
 * machine, and the options.
 *
 * @param contextDir the build context, an absolute path on the client's machine
 * @param dockerfile the Dockerfile, an absolute path
 * @param dockerfileName the Dockerfile as the user named it (for messages)
 * @param tags the {@code -t} references
 * @param noCache {@code --no-cache}
 * @param buildArgs {@code --build-arg} values
 * @param target {@code --target}, or ""
 */
public record BuildRequest(String contextDir, String dockerfile, String dockerfileName, List<String> tags,
    boolean noCache, Map<String, String> buildArgs, String target) {
}
