package dev.kujira.engine.image.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The language images learners build on besides python, node and ruby: golang
 * (docker-library/golang 1.22/1.23, bookworm and alpine), eclipse-temurin (adoptium/containers
 * 21 and 17 on Ubuntu noble), openjdk (docker-library/openjdk 17, deprecated on the Hub but still
 * pulled by old tutorials) and php (docker-library/php 8.3/8.2, cli and apache). ENV, ENTRYPOINT,
 * CMD, WORKDIR and STOPSIGNAL are those Dockerfiles'; sizes are approximate; the openjdk:17 image
 * is Oracle Linux 8 on the Hub, Debian here (its file tree), and temurin's Ubuntu noble tree is
 * the catalogue's Ubuntu.
 */
final class LanguageImages {
  private static final String SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private LanguageImages() {
  }

  static List<ImageSpec> all() {
    List<ImageSpec> out = new ArrayList<>();
    out.add(golang(List.of("latest", "1", "1.23", "1.23.4", "bookworm", "1.23-bookworm"), "debian", "1.23.4", 823_000_000L));
    out.add(golang(List.of("1.22", "1.22.9", "1.22-bookworm"), "debian", "1.22.9", 819_000_000L));
    out.add(golang(List.of("alpine", "1-alpine", "1.23-alpine", "1.23.4-alpine"), "alpine", "1.23.4", 259_000_000L));
    out.add(golang(List.of("1.22-alpine", "1.22.9-alpine"), "alpine", "1.22.9", 254_000_000L));
    out.add(temurin(List.of("latest", "21", "21-jdk", "21.0.5_11-jdk", "21-jdk-noble"), "21.0.5+11", true, 462_000_000L));
    out.add(temurin(List.of("21-jre", "21.0.5_11-jre", "21-jre-noble"), "21.0.5+11", false, 268_000_000L));
    out.add(temurin(List.of("17", "17-jdk", "17.0.13_11-jdk", "17-jdk-noble"), "17.0.13+11", true, 407_000_000L));
    out.add(openjdk(List.of("17", "17-jdk", "17.0.2", "17.0.2-jdk", "17-oracle"), 471_000_000L));
    out.add(openjdk(List.of("17-slim", "17-jdk-slim", "17.0.2-jdk-slim", "17-jdk-slim-bullseye"), 408_000_000L));
    out.add(php(List.of("latest", "8", "8.3", "8.3.14", "cli", "8-cli", "8.3-cli", "8.3.14-cli"), "debian", "8.3.14", false,
        491_000_000L));
    out.add(php(List.of("apache", "8-apache", "8.3-apache", "8.3.14-apache"), "debian", "8.3.14", true, 507_000_000L));
    out.add(php(List.of("alpine", "cli-alpine", "8.3-alpine", "8.3-cli-alpine"), "alpine", "8.3.14", false, 101_000_000L));
    out.add(php(List.of("8.2", "8.2.26", "8.2-cli", "8.2.26-cli"), "debian", "8.2.26", false, 488_000_000L));
    out.add(php(List.of("8.2-apache", "8.2.26-apache"), "debian", "8.2.26", true, 504_000_000L));
    return out;
  }

  /** golang: GOPATH /go as WORKDIR, GOTOOLCHAIN=local, go on PATH; no CMD of its own (the base's). */
  private static ImageSpec golang(List<String> tags, String base, String version, long size) {
    boolean alpine = base.equals("alpine");
    List<String> env = List.of("PATH=/go/bin:/usr/local/go/bin:" + SYSTEM_PATH, "GOLANG_VERSION=" + version,
        "GOTOOLCHAIN=local", "GOPATH=/go");
    List<String> cmd = List.of(alpine ? "/bin/sh" : "bash");
    return new ImageSpec("golang", tags, base, env, null, cmd, List.of(), List.of(), "/go", "", Map.of(), size,
        Map.of("/usr/local/go/bin/go", "#!kujira:go\n", "/usr/local/go/bin/gofmt", "#!kujira:gofmt\n",
            "/usr/local/go/VERSION", "go" + version + "\ntime 2024-11-06T18:46:45Z\n", "/go/src/", "", "/go/bin/", ""),
        List.of(alpine ? "ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit" : "ADD rootfs.tar.xz / # buildkit",
            "CMD [\"" + cmd.get(0) + "\"]", "ENV GOLANG_VERSION " + version, "ENV GOTOOLCHAIN=local", "ENV GOPATH /go",
            "ENV PATH $GOPATH/bin:/usr/local/go/bin:$PATH", "COPY /target/ / # buildkit",
            "RUN /bin/sh -c mkdir -p \"$GOPATH/src\" \"$GOPATH/bin\" && chmod -R 1777 \"$GOPATH\" # buildkit",
            "WORKDIR /go"));
  }

  /** eclipse-temurin: JAVA_HOME /opt/java/openjdk, the cacert entrypoint, jshell (JDK) or no CMD (JRE). */
  private static ImageSpec temurin(List<String> tags, String version, boolean jdk, long size) {
    String major = version.substring(0, version.indexOf('.'));
    String program = "-temurin-" + major;
    List<String> env = List.of("PATH=/opt/java/openjdk/bin:" + SYSTEM_PATH, "JAVA_HOME=/opt/java/openjdk",
        "LANG=en_US.UTF-8", "LANGUAGE=en_US:en", "LC_ALL=en_US.UTF-8", "JAVA_VERSION=jdk-" + version);
    Map<String, String> files = new java.util.TreeMap<>(Map.of("/opt/java/openjdk/bin/java", "#!kujira:java" + program + "\n",
        "/__cacert_entrypoint.sh", "#!/bin/sh\nexec \"$@\"\n"));
    if (jdk) {
      files.put("/opt/java/openjdk/bin/javac", "#!kujira:javac" + program + "\n");
      files.put("/opt/java/openjdk/bin/jshell", "#!kujira:jshell" + program + "\n");
      files.put("/opt/java/openjdk/bin/jar", "#!kujira:jar" + program + "\n");
    }
    return new ImageSpec("eclipse-temurin", tags, "ubuntu", env, List.of("/__cacert_entrypoint.sh"),
        jdk ? List.of("jshell") : null, List.of(), List.of(), "", "", Map.of(), size, files,
        history(jdk, "ADD file:ubuntu-noble-oci-amd64-root.tar.gz in / ", "CMD [\"/bin/bash\"]",
            "ENV JAVA_HOME=/opt/java/openjdk", "ENV PATH=/opt/java/openjdk/bin:" + SYSTEM_PATH,
            "ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8", "ENV JAVA_VERSION=jdk-" + version,
            "RUN /bin/sh -c set -eux; ARCH=\"$(dpkg --print-architecture)\"; wget -O /tmp/openjdk.tar.gz ${BINARY_URL} # buildkit",
            "COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit",
            "ENTRYPOINT [\"/__cacert_entrypoint.sh\"]", "CMD [\"jshell\"]"));
  }

  /** The history lines, the last (CMD jshell) only for a JDK: a JRE's ENTRYPOINT resets the base's CMD to none. */
  private static List<String> history(boolean jdk, String... lines) {
    List<String> h = List.of(lines);
    return jdk ? h : h.subList(0, h.size() - 1);
  }

  /** openjdk:17 (17.0.2, the last GA build the image got): JAVA_HOME /usr/local/openjdk-17, CMD jshell. */
  private static ImageSpec openjdk(List<String> tags, long size) {
    List<String> env = List.of("PATH=/usr/local/openjdk-17/bin:" + SYSTEM_PATH, "JAVA_HOME=/usr/local/openjdk-17",
        "LANG=C.UTF-8", "JAVA_VERSION=17.0.2");
    return new ImageSpec("openjdk", tags, "debian", env, null, List.of("jshell"), List.of(), List.of(), "", "", Map.of(),
        size, Map.of("/usr/local/openjdk-17/bin/java", "#!kujira:java-openjdk-17\n", "/usr/local/openjdk-17/bin/javac",
            "#!kujira:javac-openjdk-17\n", "/usr/local/openjdk-17/bin/jshell", "#!kujira:jshell-openjdk-17\n",
            "/usr/local/openjdk-17/bin/jar", "#!kujira:jar-openjdk-17\n"),
        List.of("ADD rootfs.tar.xz / # buildkit", "CMD [\"bash\"]", "ENV JAVA_HOME /usr/local/openjdk-17",
            "ENV PATH $JAVA_HOME/bin:$PATH", "ENV LANG C.UTF-8", "ENV JAVA_VERSION 17.0.2",
            "RUN /bin/sh -c set -eux; curl -fL -o openjdk.tgz \"$downloadUrl\" # buildkit", "CMD [\"jshell\"]"));
  }

  /** php: docker-php-entrypoint, PHP_INI_DIR; cli runs php, apache runs apache2-foreground on /var/www/html. */
  private static ImageSpec php(List<String> tags, String base, String version, boolean apache, long size) {
    List<String> env = new ArrayList<>(List.of("PATH=" + SYSTEM_PATH, "PHPIZE_DEPS=autoconf dpkg-dev file g++ gcc libc-dev make"
        + " pkg-config re2c", "PHP_INI_DIR=/usr/local/etc/php"));
    if (apache) {
      env.addAll(List.of("APACHE_CONFDIR=/etc/apache2", "APACHE_ENVVARS=/etc/apache2/envvars"));
    }
    env.addAll(List.of("PHP_VERSION=" + version, "PHP_URL=https://www.php.net/distributions/php-" + version + ".tar.xz"));
    String program = "php-" + version;
    Map<String, String> files = new java.util.TreeMap<>(Map.of("/usr/local/bin/php", "#!kujira:" + program + "\n",
        "/usr/local/bin/docker-php-entrypoint", apache ? ENTRY_APACHE : ENTRY_CLI, "/var/www/html/", ""));
    if (apache) {
      files.put("/usr/local/bin/apache2-foreground", "#!kujira:apache2-foreground-" + program + "\n");
    }
    List<String> history = new ArrayList<>(List.of(base.equals("alpine")
        ? "ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit" : "ADD rootfs.tar.xz / # buildkit",
        "ENV PHP_INI_DIR=/usr/local/etc/php", "ENV PHP_VERSION=" + version,
        "COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/ # buildkit",
        "ENTRYPOINT [\"docker-php-entrypoint\"]"));
    if (apache) {
      history.addAll(List.of("STOPSIGNAL SIGWINCH", "COPY apache2-foreground /usr/local/bin/ # buildkit",
          "WORKDIR /var/www/html", "EXPOSE map[80/tcp:{}]", "CMD [\"apache2-foreground\"]"));
    } else {
      history.add("CMD [\"php\" \"-a\"]");
    }
    return new ImageSpec("php", tags, base, env, List.of("docker-php-entrypoint"),
        apache ? List.of("apache2-foreground") : List.of("php", "-a"), apache ? List.of("80/tcp") : List.of(), List.of(),
        apache ? "/var/www/html" : "", apache ? "SIGWINCH" : "", Map.of(), size, files, history);
  }

  /** docker-library/php's docker-php-entrypoint: an option as first argument runs php (cli) or Apache. */
  private static final String ENTRY_CLI = "#!/bin/sh\nset -e\n\n# first arg is `-f` or `--some-option`\n"
      + "if [ \"${1#-}\" != \"$1\" ]; then\n\tset -- php \"$@\"\nfi\n\nexec \"$@\"\n";
  private static final String ENTRY_APACHE = "#!/bin/sh\nset -e\n\n# first arg is `-f` or `--some-option`\n"
      + "if [ \"${1#-}\" != \"$1\" ]; then\n\tset -- apache2-foreground \"$@\"\nfi\n\nexec \"$@\"\n";
}
