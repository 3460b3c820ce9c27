package dev.kujira.engine.image.registry;

import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tag sets and base histories the docker-library language images share: each version line
 * is tagged by its full version, its minor and major (and aliases such as "lts" or "latest"), each
 * once per variant, the default variant also bare ("22", "22-bookworm"; "22-slim",
 * "22-bookworm-slim"; "22-alpine", "22-alpine3.20"), as the official-images library files list
 * them (snapshot of 2024-12-04, docs/images.md).
 */
final class Variants {
  /** debian:bookworm and debian:bookworm-slim's own two history entries. */
  static final List<String> BOOKWORM = List.of("ADD rootfs.tar.xz / # buildkit", "CMD [\"bash\"]");
  /** alpine:3.20's. */
  static final List<String> ALPINE = List.of("ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit",
      "CMD [\"/bin/sh\"]");
  /** buildpack-deps:bookworm-curl's layer (docker-library/buildpack-deps). */
  static final String BP_CURL = "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends"
      + " ca-certificates curl gnupg netbase sq wget; rm -rf /var/lib/apt/lists/* # buildkit";
  /** buildpack-deps:bookworm-scm's layer. */
  static final String BP_SCM = "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends"
      + " git mercurial openssh-client subversion procps; rm -rf /var/lib/apt/lists/* # buildkit";
  /** buildpack-deps:bookworm's layer: the compilers and -dev packages. */
  static final String BP_FULL = "RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends"
      + " autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick libbz2-dev libc6-dev"
      + " libcurl4-openssl-dev libdb-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev libjpeg-dev libkrb5-dev"
      + " liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev libncurses5-dev libncursesw5-dev libpng-dev"
      + " libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev libxslt-dev libyaml-dev"
      + " make patch unzip xz-utils zlib1g-dev; rm -rf /var/lib/apt/lists/* # buildkit";

  /**
   * The base images' layers several images share, by history line, with their sizes: buildpack-deps
   * bookworm-curl, -scm and the full image (Docker Hub lists 140MB, 275MB and about 880MB over
   * debian:bookworm's 117MB), so a second image on them finds them "Already exists".
   */
  static final Map<String, Long> SHARED = Map.of(BP_CURL, 23_000_000L, BP_SCM, 135_000_000L, BP_FULL, 605_000_000L);

  /**
   * The language images' light steps by the start of their history line, with the size their
   * layer has on the Hub (a copied entrypoint script, useradd's files, a loop of symlinks, an empty
   * directory): the image's other steps share the rest of its size.
   */
  private static final Map<String, Long> FIXED = Map.ofEntries(
      Map.entry("COPY docker-entrypoint.sh /usr/local/bin/", 388L),
      Map.entry("RUN /bin/sh -c groupadd --gid 1000 node", 8_960L),
      Map.entry("RUN /bin/sh -c set -ex   && curl -fsSLO --compressed \"https://yarnpkg.com", 5_340_000L),
      Map.entry("RUN /bin/sh -c set -eux; for src in idle3", 36L),
      Map.entry("RUN /bin/sh -c set -eux; mkdir -p /usr/local/etc;", 45L),
      Map.entry("RUN /bin/sh -c set -eux; mkdir \"$GEM_HOME\"", 0L),
      Map.entry("RUN /bin/sh -c mkdir -p \"$GOPATH/src\"", 0L),
      Map.entry("RUN /bin/sh -c set -eux; mkdir -p \"$PHP_INI_DIR/conf.d\"", 0L),
      Map.entry("COPY docker-php-ext-* docker-php-entrypoint", 12_900L),
      Map.entry("COPY apache2-foreground", 1_350L),
      Map.entry("COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh", 5_160L),
      Map.entry("RUN /bin/sh -c set -eux; echo \"Verifying install", 0L),
      // nginx's entrypoint and its scripts weigh their files (nginxinc/docker-nginx d21b4f2, mainline/debian).
      Map.entry("COPY docker-entrypoint.sh / # buildkit", 1_620L),
      Map.entry("COPY 10-listen-on-ipv6-by-default.sh ", 2_125L),
      Map.entry("COPY 15-local-resolvers.envsh ", 389L),
      Map.entry("COPY 20-envsubst-on-templates.sh ", 3_018L),
      Map.entry("COPY 30-tune-worker-processes.sh ", 4_619L),
      // httpd (docker-library/httpd 3056c11): httpd-foreground is 138 bytes; mkdir adds an empty directory; the
      // runtime packages' Installed-Size in bookworm (ca-certificates 388K, openssl 2315K, libaprutil1-ldap and
      // its libraries 1915K) plus the certificate bundle update-ca-certificates writes: about 4.95MB (an estimate).
      Map.entry("COPY httpd-foreground /usr/local/bin/", 138L),
      Map.entry("RUN /bin/sh -c mkdir -p \"$HTTPD_PREFIX\"", 0L),
      Map.entry("RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates",
          4_950_000L));

  private Variants() {
  }

  /** Returns the size of the light step {@code line}, or null for a step that shares the image's size. */
  static Long fixedSize(String line) {
    for (Map.Entry<String, Long> e : FIXED.entrySet()) {
      if (line.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Returns the file tree of the shared layer {@code line}: the curl layer brings curl and wget. */
  static Node.Dir sharedTree(String line, long created) {
    FsTree t = new FsTree(new Node.Dir(new TreeMap<>(), 0755, 0, 0, created));
    if (line.equals(BP_CURL)) {
      BaseTrees.put(t, "/usr/bin/curl", "#!kujira:curl\n");
      BaseTrees.put(t, "/usr/bin/wget", "#!kujira:wget\n");
    }
    return t.root();
  }

  /** Which Dockerfile a tag set names: the full Debian (buildpack-deps), slim Debian, or Alpine. */
  enum Kind {
    FULL("", "bookworm"), SLIM("slim", "slim-bookworm"), ALPINE("alpine", "alpine3.20");

    final String suffix;
    final String longSuffix;

    Kind(String suffix, String longSuffix) {
      this.suffix = suffix;
      this.longSuffix = longSuffix;
    }

    /** Returns the catalogue's base tree for the variant. */
    String base() {
      return this == ALPINE ? "alpine" : "debian";
    }
  }

  /**
   * Returns the tags of {@code kind} for the version aliases {@code aliases} ("22.12.0", "22.12",
   * "22", "lts"; "" for the repository's bare tags: latest, slim, alpine, bookworm). node spells its
   * slim Debian "bookworm-slim", python and ruby "slim-bookworm": {@code slimLong} says which.
   */
  static List<String> tags(Kind kind, List<String> aliases, String slimLong) {
    String longSuffix = kind == Kind.SLIM ? slimLong : kind.longSuffix;
    return tags(aliases, kind == Kind.FULL ? List.of("", longSuffix) : List.of(kind.suffix, longSuffix));
  }

  /** Returns each alias with each suffix ("8.3" and "apache": "8.3-apache"; "" and "": latest). */
  static List<String> tags(List<String> aliases, List<String> suffixes) {
    List<String> out = new ArrayList<>();
    for (String suffix : suffixes) {
      for (String a : aliases) {
        String tag = a.isEmpty() ? suffix : suffix.isEmpty() ? a : a + "-" + suffix;
        out.add(tag.isEmpty() ? "latest" : tag);
      }
    }
    return out;
  }

  /** Returns the history of a base's entries followed by {@code lines}. */
  static List<String> history(Kind kind, boolean scmOnly, List<String> lines) {
    List<String> out = new ArrayList<>(kind == Kind.ALPINE ? ALPINE : BOOKWORM);
    if (kind == Kind.FULL) {
      out.add(BP_CURL);
      out.add(BP_SCM);
      if (!scmOnly) {
        out.add(BP_FULL);
      }
    }
    out.addAll(lines);
    return out;
  }
}
