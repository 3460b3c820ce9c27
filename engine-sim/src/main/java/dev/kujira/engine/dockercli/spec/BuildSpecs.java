package dev.kujira.engine.dockercli.spec;

import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Flag;
import java.util.List;

/**
 * The spec of {@code docker build}, which Docker 26 hands to the buildx plugin (its help is the
 * recorded text in help/build.txt). Only the flags the simulator honours are declared; the rest
 * of buildx's are accepted and ignored.
 */
public final class BuildSpecs {
  private static final List<Flag> FLAGS = List.of(
      new Flag("add-host", "", "strings", "", "Add a custom host-to-IP mapping", false),
      new Flag("build-arg", "", "stringArray", "", "Set build-time variables", false),
      new Flag("cache-from", "", "stringArray", "", "External cache sources", false),
      new Flag("file", "f", "string", "", "Name of the Dockerfile", false),
      new Flag("iidfile", "", "string", "", "Write the image ID to the file", false),
      new Flag("label", "", "stringArray", "", "Set metadata for an image", false),
      new Flag("load", "", "", "", "Shorthand for \"--output=type=docker\"", false),
      new Flag("network", "", "string", "default", "Set the networking mode for the \"RUN\" instructions", false),
      new Flag("no-cache", "", "", "", "Do not use cache when building the image", false),
      new Flag("output", "o", "stringArray", "", "Output destination (format: \"type=local,dest=path\")", false),
      new Flag("platform", "", "stringArray", "", "Set target platform for build", false),
      new Flag("progress", "", "string", "auto", "Set type of progress output", false),
      new Flag("pull", "", "", "", "Always attempt to pull all referenced images", false),
      new Flag("quiet", "q", "", "", "Suppress the build output and print image ID on success", false),
      new Flag("secret", "", "stringArray", "", "Secret to expose to the build (format: \"id=mysecret[,src=/local/secret]\")",
          false),
      new Flag("tag", "t", "stringArray", "", "Name and optionally a tag", false),
      new Flag("target", "", "string", "", "Set the target build stage to build", false));

  private BuildSpecs() {
  }

  /** {@code docker build} (buildx). */
  public static final CommandSpec BUILD = new CommandSpec(List.of("buildx", "build"), "[OPTIONS] PATH | URL | -",
      "Start a build", List.of("docker buildx build", "docker buildx b"), FLAGS, 1, 1, true, "");

  /** The paths that reach it: docker build, docker image build, docker builder build, docker buildx build. */
  public static final List<List<String>> PATHS = List.of(List.of("build"), List.of("image", "build"),
      List.of("builder", "build"), List.of("buildx", "build"), List.of("buildx", "b"));
}
