package dev.kujira.engine.image.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * php 8.4, 8.3 and 8.2 (docker-library/php on 2024-12-04: 8.4.1 is latest) in the variants
 * learners pull: cli, apache and fpm on Debian bookworm-slim, cli and fpm on Alpine 3.20. ENV,
 * ENTRYPOINT (docker-php-entrypoint, whose first-option rule runs php, apache2-foreground or
 * php-fpm), CMD, WORKDIR, STOPSIGNAL and EXPOSE are the Dockerfiles'. php-fpm itself is not
 * simulated (it says so when run); php and Apache with PHP are.
 */
final class PhpImages {
  private static final String SYSTEM_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  private static final String CFLAGS = "-fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64";

  private PhpImages() {
  }

  /** A PHP release: its version, the release managers' keys and the tarball's sha256 (php.net). */
  private record Release(String version, String keys, String sha, List<String> more) {
  }

  static List<ImageSpec> all() {
    List<ImageSpec> out = new ArrayList<>();
    for (Release r : List.of(
        new Release("8.4.1", "AFD8691FDAEDF03BDF6E460563F15A9B715376CA 9D7F99A0CB8F05C8A6958D6256A97AF7600A39A6"
            + " 0616E93D95AF471243E26761770426E17EBBB3DD", "94c8a4fd419d45748951fa6d73bd55f6bdf0adaefb8814880a67baa66027311f",
            List.of("8", "")),
        new Release("8.3.14", "1198C0117593497A5EC5C199286AF1F9897469DC C28D937575603EB4ABB725861C0779DC5C0A9DE4"
            + " AFD8691FDAEDF03BDF6E460563F15A9B715376CA", "58b4cb9019bf70c0cbcdb814c7df79b9065059d14cf7dbf48d971f8e56ae9be7",
            List.of()),
        new Release("8.2.26", "39B641343D8C104B2B146DC3F9C39DC0B9698544 E60913E4DF209907D8E30D96659A97C9CF2A795A"
            + " 1198C0117593497A5EC5C199286AF1F9897469DC", "54747400cb4874288ad41a785e6147e2ff546cceeeb55c23c00c771ac125c6ef",
            List.of()))) {
      List<String> aliases = new ArrayList<>(List.of(r.version(), r.version().substring(0, 3)));
      aliases.addAll(r.more());
      long extra = r.version().startsWith("8.4") ? 6_000_000L : r.version().startsWith("8.3") ? 3_000_000L : 0L;
      out.add(php(r, "cli", false, Variants.tags(aliases, List.of("", "cli", "bookworm", "cli-bookworm")), 488_000_000L + extra));
      out.add(php(r, "apache", false, Variants.tags(aliases, List.of("apache", "apache-bookworm")), 504_000_000L + extra));
      out.add(php(r, "fpm", false, Variants.tags(aliases, List.of("fpm", "fpm-bookworm")), 491_000_000L + extra));
      out.add(php(r, "cli", true, Variants.tags(aliases, List.of("alpine", "cli-alpine", "alpine3.20", "cli-alpine3.20")),
          98_000_000L + extra));
      out.add(php(r, "fpm", true, Variants.tags(aliases, List.of("fpm-alpine", "fpm-alpine3.20")), 101_000_000L + extra));
    }
    return out;
  }

  private static ImageSpec php(Release r, String variant, boolean alpine, List<String> tags, long size) {
    String version = r.version();
    boolean apache = variant.equals("apache");
    boolean fpm = variant.equals("fpm");
    List<String> env = new ArrayList<>(List.of(SYSTEM_PATH, "PHPIZE_DEPS=autoconf \t\tdpkg-dev " + (alpine ? "dpkg " : "")
        + "\t\tfile \t\tg++ \t\tgcc \t\tlibc-dev \t\tmake \t\t" + (alpine ? "pkgconf" : "pkg-config") + " \t\tre2c",
        "PHP_INI_DIR=/usr/local/etc/php"));
    if (apache) {
      env.addAll(List.of("APACHE_CONFDIR=/etc/apache2", "APACHE_ENVVARS=/etc/apache2/envvars"));
    }
    String url = "https://www.php.net/distributions/php-" + version + ".tar.xz";
    env.addAll(List.of("PHP_CFLAGS=" + CFLAGS, "PHP_CPPFLAGS=" + CFLAGS, "PHP_LDFLAGS=-Wl,-O1 -pie", "GPG_KEYS=" + r.keys(),
        "PHP_VERSION=" + version, "PHP_URL=" + url, "PHP_ASC_URL=" + url + ".asc", "PHP_SHA256=" + r.sha()));
    String program = "php-" + version;
    String run = apache ? "apache2-foreground" : fpm ? "php-fpm" : "php";
    Map<String, String> files = new TreeMap<>(Map.of("/usr/local/bin/php", "#!kujira:" + program + "\n",
        "/usr/local/bin/docker-php-entrypoint", entrypoint(run), "/var/www/html/", "",
        "/usr/local/bin/docker-php-ext-install", "#!kujira:docker-php-ext-install\n",
        "/usr/local/bin/docker-php-ext-enable", "#!kujira:docker-php-ext-enable\n",
        "/usr/local/etc/php/php.ini-development", "; PHP's development php.ini\n",
        "/usr/local/etc/php/php.ini-production", "; PHP's production php.ini\n"));
    if (apache) {
      files.put("/usr/local/bin/apache2-foreground", "#!kujira:apache2-foreground-" + program + "\n");
    }
    if (fpm) {
      files.put("/usr/local/sbin/php-fpm", "#!kujira:php-fpm\n");
    }
    List<String> lines = new ArrayList<>(List.of(
        "RUN /bin/sh -c set -eux; " + (alpine ? "apk add --no-cache ca-certificates curl openssl tar xz"
            : "apt-get update; apt-get install -y --no-install-recommends $PHPIZE_DEPS ca-certificates curl xz-utils")
            + " # buildkit",
        "ENV PHP_INI_DIR=/usr/local/etc/php",
        "RUN /bin/sh -c set -eux; mkdir -p \"$PHP_INI_DIR/conf.d\"; [ ! -d /var/www/html ]; mkdir -p /var/www/html;"
            + " chown www-data:www-data /var/www/html; chmod 1777 /var/www/html # buildkit",
        "ENV PHP_VERSION=" + version, "ENV PHP_SHA256=" + r.sha(),
        "RUN /bin/sh -c set -eux; curl -fsSL -o php.tar.xz \"$PHP_URL\"; ./configure --with-config-file-path=\"$PHP_INI_DIR\""
            + (apache ? " --with-apxs2 --disable-cgi" : fpm ? " --enable-fpm --with-fpm-user=www-data" : "")
            + "; make install # buildkit",
        "COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/ # buildkit",
        "ENTRYPOINT [\"docker-php-entrypoint\"]"));
    if (apache) {
      lines.addAll(List.of("STOPSIGNAL SIGWINCH", "COPY apache2-foreground /usr/local/bin/ # buildkit",
          "WORKDIR /var/www/html", "EXPOSE map[80/tcp:{}]", "CMD [\"apache2-foreground\"]"));
    } else if (fpm) {
      lines.addAll(List.of("WORKDIR /var/www/html", "STOPSIGNAL SIGQUIT", "EXPOSE map[9000/tcp:{}]", "CMD [\"php-fpm\"]"));
    } else {
      lines.add("CMD [\"php\" \"-a\"]");
    }
    List<String> history = new ArrayList<>(alpine ? Variants.ALPINE : Variants.BOOKWORM);
    history.addAll(lines);
    return new ImageSpec("php", tags, alpine ? "alpine" : "debian", env, List.of("docker-php-entrypoint"),
        apache ? List.of("apache2-foreground") : fpm ? List.of("php-fpm") : List.of("php", "-a"),
        apache ? List.of("80/tcp") : fpm ? List.of("9000/tcp") : List.of(), List.of(),
        apache || fpm ? "/var/www/html" : "", apache ? "SIGWINCH" : fpm ? "SIGQUIT" : "", Map.of(), size, files, history);
  }

  /** docker-library/php's docker-php-entrypoint: an option as first argument runs {@code run} with it. */
  private static String entrypoint(String run) {
    return "#!/bin/sh\nset -e\n\n# first arg is `-f` or `--some-option`\n"
        + "if [ \"${1#-}\" != \"$1\" ]; then\n\tset -- " + run + " \"$@\"\nfi\n\nexec \"$@\"\n";
  }
}
