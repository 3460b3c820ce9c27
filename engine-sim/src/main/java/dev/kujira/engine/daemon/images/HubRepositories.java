package dev.kujira.engine.daemon.images;

import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Holds the repositories a learner pushed to the simulated Docker Hub in this session. Docker Hub
 * lets a user push only into their own namespace ({@code alice/app} as alice); everything else,
 * official images ({@code library/…}) included, is "denied: requested access to the resource is
 * denied". A pushed repository is public, as the seeds warn, so pulls need no login.
 */
public final class HubRepositories {
  private final Map<String, Map<String, Registry.Pulled>> repos = new TreeMap<>();
  /** diff id → repositories holding that layer, so a second push reads "Mounted from". */
  private final Map<String, List<String>> layers = new LinkedHashMap<>();

  public HubRepositories copy() {
    HubRepositories c = new HubRepositories();
    repos.forEach((k, v) -> c.repos.put(k, new TreeMap<>(v)));
    layers.forEach((k, v) -> c.layers.put(k, new ArrayList<>(v)));
    return c;
  }

  /** Returns whether {@code user} may push to {@code ref}'s repository. */
  public boolean mayPush(Reference ref, String user) {
    return !user.isEmpty() && ref.path().startsWith(user + "/");
  }

  /** Returns the repositories that hold a layer; the official images hold their own. */
  public List<String> linkedFrom(String diffId) {
    List<String> out = new ArrayList<>(layers.getOrDefault(diffId, List.of()));
    for (String repo : dev.kujira.engine.image.registry.Catalog.repositoriesWithLayer(diffId)) {
      if (!out.contains(repo)) {
        out.add(repo);
      }
    }
    return out;
  }

  public void link(String repo, String diffId) {
    List<String> l = layers.computeIfAbsent(diffId, k -> new ArrayList<>());
    if (!l.contains(repo)) {
      l.add(repo);
    }
  }

  public void put(String repo, String tag, Image image, String digest) {
    repos.computeIfAbsent(repo, k -> new TreeMap<>()).put(tag, new Registry.Pulled(image, digest));
    for (dev.kujira.engine.layer.Layer l : image.layers()) {
      link(repo, l.diffId());
    }
  }

  /** Returns a pushed image by tag or digest. */
  public Optional<Registry.Pulled> fetch(Reference ref) {
    Map<String, Registry.Pulled> tags = repos.get(ref.path());
    if (tags == null) {
      return Optional.empty();
    }
    if (!ref.digest().isEmpty()) {
      return tags.values().stream().filter(p -> p.digest().equals(ref.digest())).findFirst();
    }
    return Optional.ofNullable(tags.get(ref.tag()));
  }

  public boolean hasRepository(Reference ref) {
    return repos.containsKey(ref.path());
  }

  /** Returns the pushed repositories' paths ({@code alice/app}), for the index's search. */
  public java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(repos.keySet());
  }
}
