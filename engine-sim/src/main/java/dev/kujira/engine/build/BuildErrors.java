package dev.kujira.engine.build;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorDetail;
import dev.kujira.engine.api.ErrorKind;
import dev.kujira.engine.image.Reference;

/**
 * Builds every error of the two builders: BuildKit's "failed to solve: …" texts (buildx prints
 * them after "ERROR: ") and the legacy builder's, which come inside its JSON message stream and
 * print as they stand (recorded on Docker 26.1; conformance 34, 47).
 */
final class BuildErrors {
  private static final String SOLVE = "failed to solve: ";

  private BuildErrors() {
  }

  /** BuildKit: the Dockerfile named with -f cannot be read. */
  static EngineException dockerfileUnreadable(String name) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, SOLVE + "failed to read dockerfile: open "
        + name.substring(name.lastIndexOf('/') + 1) + ": no such file or directory");
  }

  /** buildx refuses a RUN network other than default, none and host before it starts (recorded on Docker 26.1). */
  static EngineException networkMode(String mode) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "network mode \"" + mode + "\" not supported by buildkit"
        + " - you can define a custom network for your builder using the network driver-opt in buildx create");
  }

  /** BuildKit: the Dockerfile does not parse. */
  static EngineException parse(String message) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, SOLVE + message);
  }

  /** Only ARGs: buildkit's dockerfile2llb (convert.go) finds no stage (Engine 26.1's daemon panics here). */
  static EngineException noStages() {
    return new EngineException(ErrorKind.INVALID_PARAMETER, SOLVE + "dockerfile contains no stages to build");
  }

  /** BuildKit: the first instruction is neither FROM nor ARG. */
  static EngineException noBuildStage() {
    return new EngineException(ErrorKind.INVALID_PARAMETER, SOLVE + "no build stage in current context");
  }

  /** BuildKit refuses a stage base that is not an image reference (dockerfile2llb: "failed to parse stage name"). */
  static EngineException stageName(String base, String why) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, SOLVE + "failed to parse stage name \"" + base + "\": "
        + why);
  }

  /** BuildKit: --target names no stage. */
  static EngineException noTarget(String target) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, SOLVE + "target stage \"" + target
        + "\" could not be found");
  }

  /** BuildKit: a base image that is neither local nor in a registry. */
  static EngineException baseMissing(Reference ref) {
    return new EngineException(ErrorKind.NOT_FOUND, SOLVE + ref.familiarName() + ": failed to resolve source metadata for "
        + ref.canonicalString() + ": pull access denied, repository does not exist or may require authorization");
  }

  /** BuildKit: a base that is not local, with its registry out of reach. */
  static EngineException metadataUnreachable(String written, Reference ref, String why) {
    // BuildKit names the base as the FROM line wrote it ("busybox", "nosuchimage:1.0": recorded by difftest)
    return new EngineException(ErrorKind.SYSTEM, SOLVE + written + ": failed to resolve source metadata for "
        + ref.canonicalString() + ": " + why);
  }

  /** BuildKit asks for a base's manifest with a HEAD request (recorded by tests/tools/difftest). */
  static String manifestRequest(Reference ref, String dial) {
    return "failed to do request: Head \"https://registry-1.docker.io/v2/" + ref.path() + "/manifests/"
        + (!ref.digest().isEmpty() ? ref.digest() : ref.tag())
        + "\": " + dial;
  }

  /** Legacy builder: FROM an image that is not local, with the Hub out of reach (streamed, as pull says it). */
  static EngineException classicBaseUnreachable(String dial) {
    return new EngineException(ErrorKind.SYSTEM, "Get \"https://registry-1.docker.io/v2/\": " + dial,
        new ErrorDetail.Streamed(1));
  }

  /** BuildKit: a RUN ended with a non-zero status. */
  static EngineException runFailed(String why) {
    return new EngineException(ErrorKind.SYSTEM, SOLVE + why);
  }

  /** BuildKit: a COPY source is not in the context (the cache key cannot be computed). */
  static EngineException contextFileMissing(String why) {
    return new EngineException(ErrorKind.NOT_FOUND, SOLVE + why);
  }

  /** BuildKit: COPY --from names a path the stage or image does not have. */
  static EngineException stageFileMissing(String src) {
    return new EngineException(ErrorKind.NOT_FOUND, SOLVE + "failed to compute cache key: failed to calculate checksum"
        + " of ref: \"" + src + "\": not found");
  }

  /** lex.go's processDollar reads an unclosed ${ to the end and meets EOF as the modifier (printed as U+FFFD). */
  static EngineException unclosedSubstitution(String text) {
    return new EngineException(ErrorKind.INVALID_PARAMETER,
        SOLVE + "failed to process \"" + text + "\": unsupported modifier (\uFFFD) in substitution");
  }

  /** Legacy builder: the client cannot find the Dockerfile it is to send (docker/cli, before any request). */
  static EngineException classicDockerfileMissing(String path) {
    return new EngineException(ErrorKind.CLIENT, "unable to prepare context: unable to evaluate symlinks in"
        + " Dockerfile path: lstat " + path + ": no such file or directory");
  }

  /** Legacy builder: the Dockerfile does not parse (the request's error). */
  static EngineException classicParse(String message) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, message);
  }

  /** moby builder/dockerfile/builder.go refuses a Dockerfile without instructions by its name. */
  static EngineException classicEmpty(String dockerfile) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "the Dockerfile ("
        + dockerfile.substring(dockerfile.lastIndexOf('/') + 1) + ") cannot be empty");
  }

  /** Legacy builder: the first instruction is not FROM. */
  static EngineException classicNoBuildStage() {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "no build stage in current context");
  }

  /** Legacy builder: --target names no stage. */
  static EngineException classicNoTarget(String target) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "target stage \"" + target + "\" could not be found");
  }

  /** Legacy builder: a RUN failed; the stream's error carries the status, which the client exits with. */
  static EngineException classicRunFailed(String command, int status) {
    return new EngineException(ErrorKind.SYSTEM, "The command '" + command + "' returned a non-zero code: " + status,
        new ErrorDetail.Streamed(status));
  }

  /** Legacy builder: COPY --from names a path the stage or image does not have (streamed). */
  static EngineException classicStageFileMissing(String src) {
    return new EngineException(ErrorKind.NOT_FOUND, "COPY failed: stat " + src + ": file does not exist",
        new ErrorDetail.Streamed(1));
  }

  /** Legacy builder: a COPY source is not in the context or is excluded (streamed). */
  static EngineException classicContextFileMissing(String src) {
    return new EngineException(ErrorKind.NOT_FOUND, "COPY failed: file not found in build context or excluded by"
        + " .dockerignore: stat " + src + ": file does not exist", new ErrorDetail.Streamed(1));
  }
}
