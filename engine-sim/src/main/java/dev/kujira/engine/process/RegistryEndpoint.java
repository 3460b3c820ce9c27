package dev.kujira.engine.process;

import java.util.List;
import java.util.Optional;

/**
 * Is a listening image registry (the {@code registry} image's program) as the daemon's push and
 * pull see it: the distribution API's blob and manifest operations, without the HTTP framing.
 * Learners' own HTTP clients ({@code curl localhost:5000/v2/_catalog}) reach the same store
 * through {@link NetworkView.HttpHandler#get}.
 */
public interface RegistryEndpoint extends NetworkView.HttpHandler {

  /** Returns whether the blob {@code digest} is stored at all (in any repository). */
  boolean hasBlob(String digest);

  /** Returns the repositories that link the blob {@code digest}, in name order. */
  List<String> linkedFrom(String digest);

  /** Returns a stored blob's bytes. */
  Optional<byte[]> blob(String digest);

  /** Stores a blob (if new) and links it into {@code repo}. */
  void putBlob(String repo, String digest, byte[] data);

  /** Stores a manifest in {@code repo} under its digest and, when {@code tag} is not empty, under that tag. */
  void putManifest(String repo, String tag, String digest, byte[] json);

  /** Returns the digest a tag or digest names in {@code repo}. */
  Optional<String> resolve(String repo, String reference);

  /** Returns a repository's tags in name order (empty when it has none or does not exist). */
  List<String> tags(String repo);
}
