package dev.kujira.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Is everything a lesson reads of one local image, typed.
 *
 * <pre>{@code
 * ImageInfo app = engine.state().images().byReference("myapp:1.0").orElseThrow();
 * boolean small = app.layers().size() <= 3;
 * boolean runsAsUser = !app.config().user().isEmpty();
 * }</pre>
 *
 * @param id "sha256:…" (the config's digest)
 * @param references its tags, normalized ("myapp:1.0", "nginx:latest")
 * @param repoDigests the "repo@sha256:…" digests it was pulled by
 * @param created epoch millis
 * @param size the sum of its layers' sizes, bytes
 * @param parent the parent image id of a classic build, or ""
 * @param dangling whether it has no tag ({@code <none>:<none>})
 * @param layers its history, oldest first: one entry per instruction, with the layer it made
 * @param config its runtime config
 */
public record ImageInfo(String id, List<String> references, List<String> repoDigests, long created, long size,
    String parent, boolean dangling, List<LayerInfo> layers, Config config) {

  /** Copies the lists. */
  public ImageInfo {
    references = List.copyOf(references);
    repoDigests = List.copyOf(repoDigests);
    layers = List.copyOf(layers);
  }

  /** Returns the 12-hex short id Docker prints. */
  public String shortId() {
    return id.substring(id.indexOf(':') + 1, Math.min(id.length(), id.indexOf(':') + 13));
  }

  /**
   * Is one history entry of an image.
   *
   * @param createdBy the instruction that made it ("RUN /bin/sh -c apk add curl # buildkit")
   * @param created epoch millis
   * @param emptyLayer whether it changed only metadata (no layer; size 0, diffId "")
   * @param diffId the layer's "sha256:…" diff id, or ""
   * @param size the layer's size in bytes
   * @param comment the history comment, or ""
   */
  public record LayerInfo(String createdBy, long created, boolean emptyLayer, String diffId, long size,
      String comment) {
  }

  /**
   * Is an image's runtime config ({@code .Config}). Absent lists are empty and absent text is "".
   *
   * @param cmd CMD
   * @param entrypoint ENTRYPOINT
   * @param env ENV, "KEY=value"
   * @param exposedPorts EXPOSE, "80/tcp"
   * @param user USER
   * @param workingDir WORKDIR
   * @param labels LABEL
   * @param healthcheck HEALTHCHECK, or null without one
   * @param volumes VOLUME paths
   * @param onBuild ONBUILD triggers
   * @param stopSignal STOPSIGNAL
   * @param shell SHELL
   */
  public record Config(List<String> cmd, List<String> entrypoint, List<String> env, List<String> exposedPorts,
      String user, String workingDir, Map<String, String> labels, HealthConfig healthcheck, List<String> volumes,
      List<String> onBuild, String stopSignal, List<String> shell) {

    /** Copies the collections (labels sorted). */
    public Config {
      cmd = List.copyOf(cmd);
      entrypoint = List.copyOf(entrypoint);
      env = List.copyOf(env);
      exposedPorts = List.copyOf(exposedPorts);
      labels = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(labels));
      volumes = List.copyOf(volumes);
      onBuild = List.copyOf(onBuild);
      shell = List.copyOf(shell);
    }
  }
}
