package dev.kujira.engine.daemon.images;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.SearchResult;
import dev.kujira.engine.image.registry.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The daemon's side of {@code docker search} (moby registry/search.go, 26.1): the filters are
 * checked first (only is-automated, is-official and stars exist; is-automated=true answers nothing
 * without asking, since Docker Hub no longer has automated builds), then the index is asked
 * {@code GET /v1/search?q=TERM&n=LIMIT}. On an offline machine that request fails with the DNS
 * error of index.docker.io, as recorded on Docker 26.1.5. Online, the simulated Hub's index
 * answers: its official images that the simulated Hub serves (hub-index.txt) and the public
 * repositories learners pushed, whose name or description contains the term, most stars first.
 */
public final class ImageSearch {
  private static final List<SearchResult> INDEX = load();
  private static final int DEFAULT_LIMIT = 25;

  private ImageSearch() {
  }

  /** Searches the index {@code term} names (Docker Hub unless the term starts with a registry host). */
  public static List<SearchResult> search(ImageDaemon state, String term, int limit, Map<String, List<String>> filters) {
    for (String key : filters.keySet()) {
      if (!Set.of("is-automated", "is-official", "stars").contains(key)) {
        throw ImageErrors.invalidSearchFilter("'" + key + "'");
      }
    }
    boolean automated = bool(filters, "is-automated");
    Boolean official = filters.containsKey("is-official") ? bool(filters, "is-official") : null;
    int stars = 0;
    for (String v : filters.getOrDefault("stars", List.of())) {
      try {
        stars = Math.max(stars, Integer.parseInt(v));
      } catch (NumberFormatException e) {
        throw ImageErrors.invalidSearchFilter("'stars=" + v + "': strconv.Atoi: parsing \"" + v + "\": invalid syntax");
      }
    }
    if (automated) {
      return List.of();
    }
    // registry.ParseSearchIndexInfo: the part before the first slash names a registry when it
    // has a dot or a colon or is localhost; otherwise the whole term goes to Docker Hub.
    int slash = term.indexOf('/');
    String host = slash < 0 ? "" : term.substring(0, slash);
    String query = term;
    if (!host.isEmpty() && (host.contains(".") || host.contains(":") || host.equals("localhost"))) {
      if (!host.equals("docker.io") && !host.equals("index.docker.io")) {
        throw privateIndex(state, host);
      }
      query = term.substring(slash + 1);
    }
    int n = limit < 1 ? DEFAULT_LIMIT : limit;
    if (n > 100) {
      throw ImageErrors.searchLimit(n);
    }
    if (state.offline()) {
      throw ImageErrors.registryGet("https://index.docker.io/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
          + "&n=" + n, "dial tcp: lookup index.docker.io on " + RegistryHosts.nameserver(state) + ":53: no such host");
    }
    String q = query.toLowerCase(Locale.ROOT);
    Set<String> served = Catalog.repositories().keySet();
    List<SearchResult> found = new ArrayList<>();
    for (SearchResult r : INDEX) {
      if (served.contains(r.name()) && matches(r, q)) {
        found.add(r);
      }
    }
    for (String repo : state.local().hub().names()) {
      SearchResult r = new SearchResult(repo, "", 0, false);
      if (matches(r, q)) {
        found.add(r);
      }
    }
    found.sort(Comparator.comparingInt(SearchResult::starCount).reversed().thenComparing(SearchResult::name));
    int min = stars;
    return found.stream().filter(r -> official == null || r.official() == official)
        .filter(r -> r.starCount() >= min).limit(n).toList();
  }

  private static boolean matches(SearchResult r, String q) {
    return r.name().contains(q) || r.description().toLowerCase(Locale.ROOT).contains(q);
  }

  /** filters.GetBoolOrDefault: true/1 or false/0, anything else "invalid filter 'KEY=[VALUES]'". */
  private static boolean bool(Map<String, List<String>> filters, String key) {
    List<String> values = filters.getOrDefault(key, List.of());
    if (values.isEmpty()) {
      return false;
    }
    String v = values.get(0);
    if (values.size() == 1 && (v.equalsIgnoreCase("true") || v.equals("1"))) {
      return true;
    }
    if (values.size() == 1 && (v.equalsIgnoreCase("false") || v.equals("0"))) {
      return false;
    }
    throw ImageErrors.invalidSearchFilter("'" + key + "=[" + String.join(" ", values) + "]'");
  }

  /** A private registry's index: moby pings its v1 endpoint first; nothing serves v1 here. */
  private static EngineException privateIndex(ImageDaemon state, String host) {
    int colon = host.lastIndexOf(':');
    String name = colon < 0 ? host : host.substring(0, colon);
    if (name.equals("localhost") || name.startsWith("127.")) {
      // Recorded on Docker 26.1.5 with nothing listening: both schemes refused.
      String port = colon < 0 ? "443" : host.substring(colon + 1);
      String dial = "dial tcp 127.0.0.1:" + port + ": connect: connection refused";
      return ImageErrors.unreachable("invalid registry endpoint \"http://" + host + "/v1/\". HTTPS attempt: Get \"https://"
          + host + "/v1/_ping\": " + dial + ". HTTP attempt: Get \"http://" + host + "/v1/_ping\": " + dial);
    }
    return ImageErrors.unreachable("invalid registry endpoint https://" + host + "/v1/: Get \"https://" + host
        + "/v1/_ping\": dial tcp: lookup " + name + " on " + RegistryHosts.nameserver(state)
        + ":53: no such host. If this private registry supports only HTTP or HTTPS with an unknown CA certificate,"
        + " please add `--insecure-registry " + host + "` to the daemon's arguments. In the case of HTTPS, if you have"
        + " access to the registry's CA certificate, no need for the flag; simply place the CA certificate at"
        + " /etc/docker/certs.d/" + host + "/ca.crt");
  }

  private static List<SearchResult> load() {
    List<SearchResult> out = new ArrayList<>();
    try (InputStream in = ImageSearch.class.getResourceAsStream("hub-index.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\\|", 3);
        out.add(new SearchResult(p[0], p[2], Integer.parseInt(p[1]), true));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
