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
 * @param dockerfileText the Dockerfile read from stdin ({@code docker build -}), or null to read
 *     {@code dockerfile}; such a build has no context
 * @param network {@code --network} for the RUN steps: "default" (BuildKit's own bridge sandbox),
 *     "none" or "host"
 * @param labels {@code --label} values, set on the image's config over the Dockerfile's LABELs
 * @param extraHosts {@code --add-host} entries (HOST:IP), which RUN steps see in /etc/hosts
 * @param secrets {@code --secret} values by id, as the client read them (a RUN mounts them with
 *     {@code --mount=type=secret})
 * @param output {@code --output}'s exporter attributes (type local or tar, dest); empty for the
 *     image exporter (an image in the store)
 */
public record BuildRequest(String contextDir, String dockerfile, String dockerfileName, List<String> tags,
    boolean noCache, Map<String, String> buildArgs, String target, String dockerfileText, String network,
    Map<String, String> labels, List<String> extraHosts, Map<String, byte[]> secrets,
    Map<String, String> output) {

  /** Creates a request without --add-host and --secret. */
  public BuildRequest(String contextDir, String dockerfile, String dockerfileName, List<String> tags, boolean noCache,
      Map<String, String> buildArgs, String target, String dockerfileText, String network, Map<String, String> labels) {
    this(contextDir, dockerfile, dockerfileName, tags, noCache, buildArgs, target, dockerfileText, network, labels,
        List.of(), Map.of(), Map.of());
  }

  /** Creates a request without --label. */
  public BuildRequest(String contextDir, String dockerfile, String dockerfileName, List<String> tags, boolean noCache,
      Map<String, String> buildArgs, String target, String dockerfileText, String network) {
    this(contextDir, dockerfile, dockerfileName, tags, noCache, buildArgs, target, dockerfileText, network, Map.of());
  }

  /** Creates a request with the default network. */
  public BuildRequest(String contextDir, String dockerfile, String dockerfileName, List<String> tags, boolean noCache,
      Map<String, String> buildArgs, String target, String dockerfileText) {
    this(contextDir, dockerfile, dockerfileName, tags, noCache, buildArgs, target, dockerfileText, "default");
  }

  /** Creates a request for a Dockerfile on the client's machine. */
  public BuildRequest(String contextDir, String dockerfile, String dockerfileName, List<String> tags, boolean noCache,
      Map<String, String> buildArgs, String target) {
    this(contextDir, dockerfile, dockerfileName, tags, noCache, buildArgs, target, null);
  }

  /** Returns this request with the Dockerfile text given (from stdin) and no context. */
  public BuildRequest withStdinDockerfile(String text) {
    return new BuildRequest("/.kujira-no-context", "/.kujira-no-context/Dockerfile", "Dockerfile", tags, noCache,
        buildArgs, target, text, network, labels, extraHosts, secrets, output);
  }

  /** Returns this request with the Dockerfile text given on stdin ({@code -f -}) and its context kept. */
  public BuildRequest withDockerfileText(String text) {
    return new BuildRequest(contextDir, contextDir + "/Dockerfile", "Dockerfile", tags, noCache, buildArgs, target, text,
        network, labels, extraHosts, secrets, output);
  }

  /** Returns this request with {@code --add-host} entries, {@code --secret} values and {@code --output}'s exporter. */
  public BuildRequest withSandbox(List<String> hosts, Map<String, byte[]> values, Map<String, String> exporter) {
    return new BuildRequest(contextDir, dockerfile, dockerfileName, tags, noCache, buildArgs, target, dockerfileText,
        network, labels, List.copyOf(hosts), Map.copyOf(values), Map.copyOf(exporter));
  }

  /** Returns this request with the RUN steps' network mode {@code mode}. */
  public BuildRequest withNetwork(String mode) {
    return new BuildRequest(contextDir, dockerfile, dockerfileName, tags, noCache, buildArgs, target, dockerfileText,
        mode == null || mode.isEmpty() ? "default" : mode, labels, extraHosts, secrets, output);
  }

  /** Returns this request with the image labels {@code values} ({@code --label}). */
  public BuildRequest withLabels(Map<String, String> values) {
    return new BuildRequest(contextDir, dockerfile, dockerfileName, tags, noCache, buildArgs, target, dockerfileText,
        network, Map.copyOf(values), extraHosts, secrets, output);
  }
}
