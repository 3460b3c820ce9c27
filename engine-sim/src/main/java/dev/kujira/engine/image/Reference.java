package dev.kujira.engine.image;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Is an image reference, {@code [domain/]path[:tag][@digest]}, parsed by the grammar of
 * distribution/reference (the library the docker CLI and moby use) and normalised as Docker
 * does: {@code busybox} means {@code docker.io/library/busybox:latest}.
 *
 * <pre>
 * reference  := name [ ":" tag ] [ "@" digest ]
 * name       := [domain "/"] component ("/" component)*
 * domain     := host [":" port]     (a first component with '.', ':' or "localhost")
 * component  := [a-z0-9]+ (separator [a-z0-9]+)*      separator := [_.] | "__" | [-]+
 * tag        := [\w][\w.-]{0,127}
 * digest     := algorithm ":" hex{32,}
 * </pre>
 *
 * @param domain the registry host, "docker.io" by default
 * @param path the repository path, "library/x" for official images
 * @param tag the tag, or "" when only a digest was given
 * @param digest the digest, or ""
 */
public record Reference(String domain, String path, String tag, String digest) {
  /** Docker Hub's canonical domain. */
  public static final String DEFAULT_DOMAIN = "docker.io";
  private static final Pattern ANCHORED = Pattern.compile(
      "^((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?"
          + "[a-zA-Z0-9]+(?:(?:[._]|__|-+)[a-zA-Z0-9]+)*(?:/[a-zA-Z0-9]+(?:(?:[._]|__|-+)[a-zA-Z0-9]+)*)*)"
          + "(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$");

  /**
   * Parses {@code text}; errors carry the daemon/CLI wording, e.g. "invalid reference format"
   * or "invalid reference format: repository name (library/Busybox) must be lowercase".
   */
  public static Reference parse(String text) {
    Matcher m = ANCHORED.matcher(text);
    if (text.isEmpty() || text.length() > 255 || !m.matches()) {
      throw new InvalidReference("invalid reference format");
    }
    String name = m.group(1);
    String tag = m.group(2) == null ? "" : m.group(2);
    String digest = m.group(3) == null ? "" : m.group(3);
    String domain = DEFAULT_DOMAIN;
    String path = name;
    int slash = name.indexOf('/');
    if (slash > 0) {
      String first = name.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost") || !first.equals(first.toLowerCase())) {
        domain = first;
        path = name.substring(slash + 1);
      }
    }
    if (domain.equals("index.docker.io")) {
      domain = DEFAULT_DOMAIN;
    }
    if (domain.equals(DEFAULT_DOMAIN) && !path.contains("/")) {
      path = "library/" + path;
    }
    if (!path.equals(path.toLowerCase())) {
      throw new InvalidReference("invalid reference format: repository name (" + path + ") must be lowercase");
    }
    if (tag.isEmpty() && digest.isEmpty()) {
      tag = "latest";
    }
    return new Reference(domain, path, tag, digest);
  }

  /** Parses {@code text}, or returns empty when it is not a valid reference. */
  public static Optional<Reference> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidReference e) {
      return Optional.empty();
    }
  }

  /** Returns the repository as Docker shows it: "busybox", "user/app", "localhost:5000/x". */
  public String familiarName() {
    if (domain.equals(DEFAULT_DOMAIN)) {
      return path.startsWith("library/") ? path.substring(8) : path;
    }
    return domain + "/" + path;
  }

  /** Returns "docker.io/library/busybox". */
  public String fullName() {
    return domain + "/" + path;
  }

  /** Returns "busybox:latest" (familiar name and tag). */
  public String familiarString() {
    return familiarName() + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
  }

  /** Returns "docker.io/library/busybox:latest". */
  public String canonicalString() {
    return fullName() + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
  }

  /**
   * Returns {@code text} normalised as BuildKit names its images: domain and path in full, the tag
   * only when the text gave one ("docker.io/library/app" for "app"; recorded on Docker 26.1).
   */
  public static String normalizedName(String text) {
    Reference r = parse(text);
    int slash = text.lastIndexOf('/');
    boolean tagged = text.indexOf(':', slash + 1) >= 0;
    return r.fullName() + (tagged && !r.tag().isEmpty() ? ":" + r.tag() : "") + (r.digest().isEmpty() ? "" : "@" + r.digest());
  }

  /** Is a reference that does not parse, with Docker's message. */
  public static final class InvalidReference extends RuntimeException {
    /** Creates the error. */
    public InvalidReference(String message) {
      super(message, null, false, false);
    }
  }
}
