package dev.kujira.engine.daemon.images;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorDetail;
import dev.kujira.engine.api.ErrorKind;
import dev.kujira.engine.image.Reference;

/**
 * Builds every error of the daemon's images and registries (pull, push, tag, save, load, import,
 * commit), worded as moby's and the registry's and pinned by the conformance transcripts.
 */
public final class ImageErrors {
  private ImageErrors() {
  }

  /** A reference that does not parse: the parser's own words (distribution/reference). */
  public static EngineException invalidReference(Reference.InvalidReference e) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, e.getMessage());
  }

  /** An archive (docker load) that is not one. */
  public static EngineException invalidArchive(String why) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, why);
  }

  /** push: nothing local carries the tag. */
  public static EngineException noLocalTag(Reference ref) {
    return new EngineException(ErrorKind.NOT_FOUND, "An image does not exist locally with the tag: " + ref.familiarName());
  }

  /** A registry the simulated host cannot reach or talk to: the text RegistryHosts found. */
  public static EngineException unreachable(String why) {
    return new EngineException(ErrorKind.UNAVAILABLE, why);
  }

  /** A registry request that failed: {@code Get "URL": why}. */
  public static EngineException registryGet(String url, String why) {
    return unreachable("Get \"" + url + "\": " + why);
  }

  /** push to Docker Hub without the right to the repository. */
  public static EngineException pushDenied() {
    return new EngineException(ErrorKind.FORBIDDEN, "denied: requested access to the resource is denied");
  }

  /** pull: the repository exists but not the tag. */
  public static EngineException manifestUnknown(Reference ref) {
    return new EngineException(ErrorKind.NOT_FOUND, "manifest for " + ref.familiarString()
        + " not found: manifest unknown: manifest unknown");
  }

  /** pull: no such repository (or no right to it). */
  public static EngineException pullDenied(Reference ref) {
    return new EngineException(ErrorKind.NOT_FOUND, "pull access denied for " + ref.familiarName()
        + ", repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
  }

  /** import: the archive ends before its tar does. */
  public static EngineException unexpectedEof() {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "unexpected EOF");
  }

  /** commit/import --change with an instruction the daemon does not apply. */
  public static EngineException invalidChange(String keyword) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, keyword.toLowerCase(java.util.Locale.ROOT)
        + " is not a valid change command");
  }

  /** save: a name that is no image. */
  public static EngineException noSuchReference() {
    return new EngineException(ErrorKind.NOT_FOUND, "reference does not exist");
  }

  public static EngineException noSuchImage(String ref) {
    return new EngineException(ErrorKind.NOT_FOUND, "No such image: " + ref, new ErrorDetail.MissingImage(ref));
  }

  public static EngineException imageInUseRunning(String ref, String shortContainer, String shortImage) {
    return new EngineException(ErrorKind.CONFLICT, "conflict: unable to delete " + ref
        + " (cannot be forced) - image is being used by running container " + shortContainer);
  }

  /** rmi of an image other images were made from (moby's conflictDependentChild: a hard conflict). */
  public static EngineException imageHasChildren(String shortImage) {
    return new EngineException(ErrorKind.CONFLICT, "conflict: unable to delete " + shortImage
        + " (cannot be forced) - image has dependent child images");
  }

  public static EngineException imageInUseStopped(String ref, String shortContainer) {
    return new EngineException(ErrorKind.CONFLICT, "conflict: unable to delete " + ref
        + " (must be forced) - image is being used by stopped container " + shortContainer);
  }

  public static EngineException imageMultipleRefs(String shortImage) {
    return new EngineException(ErrorKind.CONFLICT, "conflict: unable to delete " + shortImage
        + " (must be forced) - image is referenced in multiple repositories");
  }

  /** rmi of a tag a container's image still needs (moby image_delete.go quotes the reference as given). */
  public static EngineException referenceInUse(String typed, String shortContainer, String shortImage) {
    return new EngineException(ErrorKind.CONFLICT, "conflict: unable to remove repository reference \"" + typed
        + "\" (must force) - container " + shortContainer + " is using its referenced image " + shortImage);
  }

  /** search: a filter moby's search does not accept, or a value it cannot parse (filters.invalidFilter's wording). */
  public static EngineException invalidSearchFilter(String why) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "invalid filter " + why);
  }

  /** search: {@code --limit} past the index's 100 (moby registry/session.go searchRepositories). */
  public static EngineException searchLimit(int limit) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "limit " + limit + " is outside the range of [1, 100]");
  }
}
