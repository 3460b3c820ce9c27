package dev.kujira.engine.image.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compiled languages' images: golang (docker-library/golang 1.23, 1.22 and the last 1.21
 * build, bookworm and alpine), eclipse-temurin (adoptium/containers 21 and 17, JDK and JRE, Ubuntu
 * noble and Alpine), openjdk (docker-library/openjdk, deprecated: 17 is the last 17.0.2 build and
 * 21 the 21 GA build, both Oracle Linux 8) and, in {@link PhpImages}, php. ENV, ENTRYPOINT, CMD,
 * WORKDIR and STOPSIGNAL are those Dockerfiles' of 2024-12-04 (docs/images.md); sizes are
 * approximate; openjdk's Oracle Linux and Debian bullseye are the catalogue's Debian bookworm tree.
 */
final class LanguageImages {
  private static final String SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private LanguageImages() {
  }

  static List<ImageSpec> all() {
    List<ImageSpec> out = new ArrayList<>();
    golang(out, "1.23.4", List.of("1", ""), 823_000_000L, 259_000_000L);
    golang(out, "1.22.10", List.of(), 819_000_000L, 254_000_000L);
    // 1.21 left docker-library/golang at its end of life (1.21.13, 2024-08-06); the Hub keeps its last build.
    golang(out, "1.21.13", List.of(), 814_000_000L, 227_000_000L);
    for (String major : List.of("21", "17")) {
      String version = major.equals("21") ? "21.0.5+11" : "17.0.13+11";
      String tag = version.replace('+', '_');
      List<String> more = major.equals("21") ? List.of("latest") : List.of();
      out.add(temurin(tags(List.of(tag + "-jdk", major + "-jdk", major), "noble", more), version, true, false,
          major.equals("21") ? 462_000_000L : 407_000_000L));
      out.add(temurin(tags(List.of(tag + "-jre", major + "-jre"), "noble", List.of()), version, false, false,
          major.equals("21") ? 268_000_000L : 263_000_000L));
      out.add(temurin(List.of(tag + "-jdk-alpine", major + "-jdk-alpine", major + "-alpine"), version, true, true,
          major.equals("21") ? 355_000_000L : 341_000_000L));
      out.add(temurin(List.of(tag + "-jre-alpine", major + "-jre-alpine"), version, false, true,
          major.equals("21") ? 197_000_000L : 185_000_000L));
    }
    out.add(openjdk(List.of("17", "17-jdk", "17.0", "17.0-jdk", "17.0.2", "17.0.2-jdk", "17-oracle", "17-jdk-oracle",
        "17-oraclelinux8", "17.0.2-oraclelinux8"), "17.0.2", "/usr/java/openjdk-17", 471_000_000L));
    out.add(openjdk(List.of("17-slim", "17-jdk-slim", "17.0.2-slim", "17.0.2-jdk-slim", "17-slim-bullseye",
        "17-jdk-slim-bullseye"), "17.0.2", "/usr/local/openjdk-17", 408_000_000L));
    out.add(openjdk(List.of("21", "21-jdk", "21-rc", "21-rc-jdk", "21-oracle", "21-jdk-oracle", "21-oraclelinux8"), "21",
        "/usr/java/openjdk-21", 504_000_000L));
    out.addAll(PhpImages.all());
    return out;
  }

  /** Each of {@code names} bare and with "-" + {@code os}, then {@code more}. */
  private static List<String> tags(List<String> names, String os, List<String> more) {
    List<String> out = new ArrayList<>(names);
    names.forEach(n -> out.add(n + "-" + os));
    out.addAll(more);
    return out;
  }

  /** One golang line in its bookworm (buildpack-deps:bookworm-scm plus gcc) and alpine variants. */
  private static void golang(List<ImageSpec> out, String version, List<String> more, long size, long alpineSize) {
    List<String> aliases = new ArrayList<>(List.of(version, version.substring(0, version.lastIndexOf('.'))));
    aliases.addAll(more);
    out.add(golang(Variants.tags(Variants.Kind.FULL, aliases, ""), Variants.Kind.FULL, version, size));
    out.add(golang(Variants.tags(Variants.Kind.ALPINE, aliases, ""), Variants.Kind.ALPINE, version, alpineSize));
  }

  /** golang: GOPATH /go as WORKDIR, GOTOOLCHAIN=local, go on PATH; no CMD of its own (the base's). */
  private static ImageSpec golang(List<String> tags, Variants.Kind kind, String version, long size) {
    boolean alpine = kind == Variants.Kind.ALPINE;
    List<String> env = List.of("PATH=/go/bin:/usr/local/go/bin:" + SYSTEM_PATH, "GOLANG_VERSION=" + version,
        "GOTOOLCHAIN=local", "GOPATH=/go");
    List<String> cmd = List.of(alpine ? "/bin/sh" : "bash");
    Map<String, String> files = new java.util.TreeMap<>(Map.of("/usr/local/go/bin/go", "#!kujira:go\n",
        "/usr/local/go/bin/gofmt", "#!kujira:gofmt\n", "/usr/local/go/VERSION", "go" + version + "\n", "/go/src/", "",
        "/go/bin/", ""));
    return new ImageSpec("golang", tags, kind.base(), env, null, cmd, List.of(), List.of(), "/go", "", Map.of(), size, files,
        Variants.history(kind, true, List.of(alpine ? "RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit"
            : "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends g++ gcc libc6-dev make"
                + " pkg-config; rm -rf /var/lib/apt/lists/* # buildkit",
            "ENV GOLANG_VERSION=" + version, "ENV GOTOOLCHAIN=local", "ENV GOPATH=/go",
            "ENV PATH=/go/bin:/usr/local/go/bin:" + SYSTEM_PATH, "COPY /target/ / # buildkit",
            "RUN /bin/sh -c mkdir -p \"$GOPATH/src\" \"$GOPATH/bin\" && chmod -R 1777 \"$GOPATH\" # buildkit",
            "WORKDIR /go")));
  }

  /** eclipse-temurin: JAVA_HOME /opt/java/openjdk, the cacert entrypoint, jshell (JDK) or no CMD (JRE). */
  private static ImageSpec temurin(List<String> tags, String version, boolean jdk, boolean alpine, long size) {
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
    List<String> history = new ArrayList<>(alpine ? Variants.ALPINE
        : List.of("ARG RELEASE", "ARG LAUNCHPAD_BUILD_ARCH", "LABEL org.opencontainers.image.ref.name=ubuntu",
            "LABEL org.opencontainers.image.version=24.04", "ADD file:ubuntu-noble-oci-amd64-root.tar.gz in / ",
            "CMD [\"/bin/bash\"]"));
    history.addAll(List.of("ENV JAVA_HOME=/opt/java/openjdk", "ENV PATH=/opt/java/openjdk/bin:" + SYSTEM_PATH,
        "ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8",
        alpine ? "RUN /bin/sh -c set -eux; apk add --no-cache fontconfig ttf-dejavu gnupg ca-certificates p11-kit-trust"
            + " musl-locales musl-locales-lang tzdata coreutils openssl # buildkit"
            : "RUN /bin/sh -c set -eux; apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y"
                + " --no-install-recommends wget fontconfig ca-certificates p11-kit tzdata locales; rm -rf /var/lib/apt/lists/*"
                + " # buildkit",
        "ENV JAVA_VERSION=jdk-" + version,
        "RUN /bin/sh -c set -eux; wget -O /tmp/openjdk.tar.gz ${BINARY_URL}; tar --extract --file /tmp/openjdk.tar.gz"
            + " --directory \"$JAVA_HOME\" --strip-components 1 # buildkit",
        "RUN /bin/sh -c set -eux; echo \"Verifying install ...\"; " + (jdk ? "fileEncoding=\"$(echo 'System.out.println"
            + "(System.getProperty(\"file.encoding\"))' | jshell -s -)\"; [ \"$fileEncoding\" = 'UTF-8' ]; rm -rf ~/.java; "
            + "echo \"javac --version\"; javac --version; " : "") + "echo \"java --version\"; java --version;"
            + " echo \"Complete.\" # buildkit",
        "COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit",
        "ENTRYPOINT [\"/__cacert_entrypoint.sh\"]"));
    if (jdk) {
      // A JRE's ENTRYPOINT resets the base's CMD to none; the JDK's Dockerfile sets jshell.
      history.add("CMD [\"jshell\"]");
    }
    return new ImageSpec("eclipse-temurin", tags, alpine ? "alpine" : "ubuntu", env, List.of("/__cacert_entrypoint.sh"),
        jdk ? List.of("jshell") : null, List.of(), List.of(), "", "", alpine ? Map.of()
            : Map.of("org.opencontainers.image.ref.name", "ubuntu", "org.opencontainers.image.version", "24.04"),
        size, files, history);
  }

  /**
   * openjdk (docker-library/openjdk, deprecated in 2022): {@code version} "17.0.2" (the last 17
   * build) or "21" (the 21 GA build, 21+35, the last 21 the image got); JAVA_HOME as the
   * variant's Dockerfile sets it, CMD jshell.
   */
  private static ImageSpec openjdk(List<String> tags, String version, String home, long size) {
    String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
    boolean oracle = home.startsWith("/usr/java");
    List<String> env = List.of("PATH=" + home + "/bin:" + SYSTEM_PATH, "JAVA_HOME=" + home, "LANG=C.UTF-8",
        "JAVA_VERSION=" + version);
    Map<String, String> files = new java.util.TreeMap<>();
    for (String tool : List.of("java", "javac", "jshell", "jar")) {
      files.put(home + "/bin/" + tool, "#!kujira:" + tool + "-openjdk-" + major + "\n");
    }
    List<String> history = new ArrayList<>(oracle ? List.of("ADD oraclelinux-8-slim-amd64-rootfs.tar.xz / # buildkit",
        "CMD [\"/bin/bash\"]") : List.of("ADD rootfs.tar.xz / # buildkit", "CMD [\"bash\"]"));
    history.addAll(List.of(oracle ? "RUN /bin/sh -c set -eux; microdnf install gzip tar binutils freetype fontconfig;"
            + " microdnf clean all # buildkit" : "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y"
            + " --no-install-recommends ca-certificates p11-kit; rm -rf /var/lib/apt/lists/* # buildkit",
        "ENV JAVA_HOME=" + home, "ENV PATH=" + home + "/bin:" + SYSTEM_PATH, "ENV LANG=C.UTF-8", "ENV JAVA_VERSION=" + version,
        "RUN /bin/sh -c set -eux; curl -fL -o openjdk.tgz \"$downloadUrl\"; tar --extract --file openjdk.tgz --directory"
            + " \"$JAVA_HOME\" --strip-components 1; javac --version; java --version # buildkit", "CMD [\"jshell\"]"));
    return new ImageSpec("openjdk", tags, "debian", env, null, List.of("jshell"), List.of(), List.of(), "", "", Map.of(),
        size, files, history);
  }
}
