package dev.kujira.engine.image.registry;

import dev.kujira.engine.image.registry.Variants.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * node, python and ruby at the tags learners use, as the Hub had them on 2024-12-04 (the
 * catalogue's snapshot, docs/images.md): each line's full version, its Debian bookworm
 * (buildpack-deps), slim and Alpine 3.20 variants, ENV/CMD/ENTRYPOINT as nodejs/docker-node,
 * docker-library/python and docker-library/ruby's Dockerfiles of that day set them. The
 * interpreters' executables carry their version after the marker line (as a real binary has it
 * compiled in), so {@code docker run -e NODE_VERSION=x node:20 node -v} still prints v20.18.1;
 * npm reads its package.json and pip its dist-info directory, as the real tools do.
 */
final class ScriptImages {
  private static final String PATH = OfficialImages.PATH;
  /** nodejs/docker-node's docker-entrypoint.sh: an option or a non-command as first argument runs node. */
  private static final String NODE_ENTRY = "#!/bin/sh\nset -e\n\n"
      + "# Run command with node if the first argument contains a \"-\" or is not a system command. The last\n"
      + "# part inside the \"{}\" is a workaround for the following bug in ash/dash:\n"
      + "# https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=874264\n"
      + "if [ \"${1#-}\" != \"${1}\" ] || [ -z \"$(command -v \"${1}\")\" ] || { [ -f \"${1}\" ] && ! [ -x \"${1}\" ]; }; then\n"
      + "  set -- node \"$@\"\nfi\n\nexec \"$@\"\n";

  private ScriptImages() {
  }

  static List<ImageSpec> all() {
    List<ImageSpec> out = new ArrayList<>();
    // Node's release lines (nodejs/Release): 23 is "current" and latest, 22 (jod) the active LTS, 20 (iron)
    // and 18 (hydrogen) maintenance LTS; npm is the one each release bundles (its changelog).
    node(out, "23.3.0", "10.9.0", List.of("current", ""), new long[] {1_130_000_000L, 233_000_000L, 165_000_000L});
    node(out, "22.12.0", "10.9.0", List.of("jod", "lts"), new long[] {1_120_000_000L, 220_000_000L, 157_000_000L});
    node(out, "20.18.1", "10.8.2", List.of("iron"), new long[] {1_100_000_000L, 200_000_000L, 135_000_000L});
    node(out, "18.20.5", "10.8.2", List.of("hydrogen"), new long[] {1_090_000_000L, 197_000_000L, 127_000_000L});
    // 16 (gallium) left docker-node at its end of life (c17837cf, 2023-09-04); the Hub keeps its last build,
    // 16.20.2 with npm 8.19.4 and yarn 1.22.19, whose default Debian was buster and Alpine 3.18.
    node(out, "16.20.2", "8.19.4", List.of("gallium"), new long[] {909_000_000L, 175_000_000L, 115_000_000L});
    // CPython's bundled pip (ensurepip) per release; 3.10 and 3.11 add setuptools 65.5.1 and wheel.
    python(out, "3.13.1", "24.3.1", "9cf9427bee9e2242e3877dd0f6b641c1853ca461f39d6503ce260a59c80bf0d9", List.of("3", ""),
        new long[] {1_020_000_000L, 121_000_000L, 45_100_000L});
    python(out, "3.12.8", "24.3.1", "c909157bb25ec114e5869124cc2a9c4a4d4c1e957ca4ff553f1edc692101154e", List.of(),
        new long[] {1_020_000_000L, 125_000_000L, 50_400_000L});
    python(out, "3.11.11", "24.0", "2a9920c7a0cd236de33644ed980a13cbbc21058bfdc528febb6081575ed73be3", List.of(),
        new long[] {1_010_000_000L, 131_000_000L, 53_600_000L});
    python(out, "3.10.16", "23.0.1", "bfb249609990220491a1b92850a07135ed0831e41738cf681d63cf01b2a8fbd1", List.of(),
        new long[] {1_000_000_000L, 127_000_000L, 50_100_000L});
    // Ruby's release announcements: the description ruby -v prints and the RubyGems/Bundler it bundles.
    ruby(out, "3.3.6", "ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]", "3.5.22", "2.5.22",
        "540975969d1af42190d26ff629bc93b1c3f4bffff4ab253e245e125085e66266", List.of("3", ""),
        new long[] {1_010_000_000L, 219_000_000L, 101_000_000L});
    ruby(out, "3.2.6", "ruby 3.2.6 (2024-10-30 revision 63aeb018eb) [x86_64-linux]", "3.4.19", "2.4.19",
        "671134022238c2c4a9d79dc7d1e58c909634197617901d25863642f735a27ecb", List.of(),
        new long[] {1_000_000_000L, 216_000_000L, 97_300_000L});
    return out;
  }

  /** The version, its minor (and major: node's lines are majors), then {@code more} aliases. */
  private static List<String> aliases(String version, boolean major, List<String> more) {
    List<String> out = new ArrayList<>(List.of(version, version.substring(0, version.lastIndexOf('.'))));
    if (major) {
      out.add(version.substring(0, version.indexOf('.')));
    }
    out.addAll(more);
    return out;
  }

  /**
   * node: the node user (uid/gid 1000, home /home/node) groupadd/useradd or adduser make, node
   * and npm under /usr/local, yarn, docker-entrypoint.sh; the full variant's base is
   * buildpack-deps:bookworm (its curl layer brings curl and wget).
   */
  private static void node(List<ImageSpec> out, String version, String npm, List<String> more, long[] sizes) {
    boolean eol = version.startsWith("16.");
    String yarn = eol ? "1.22.19" : "1.22.22";
    for (Kind kind : Kind.values()) {
      List<String> tags = eol ? Variants.tags(aliases(version, true, more), switch (kind) {
        case FULL -> List.of("", "buster");
        case SLIM -> List.of("slim", "buster-slim");
        case ALPINE -> List.of("alpine", "alpine3.18");
      }) : Variants.tags(kind, aliases(version, true, more), "bookworm-slim");
      boolean alpine = kind == Kind.ALPINE;
      Map<String, String> files = new TreeMap<>(Map.of(
          "/usr/local/bin/node", "#!kujira:node\nversion=" + version + "\n",
          "/usr/local/bin/npm", "#!kujira:npm\n", "/usr/local/bin/npx", "#!kujira:npx\n",
          "/usr/local/lib/node_modules/npm/package.json", "{\n  \"name\": \"npm\",\n  \"version\": \"" + npm + "\"\n}\n",
          "/usr/local/bin/yarn", "#!kujira:yarn\n", "/usr/local/bin/docker-entrypoint.sh", NODE_ENTRY,
          "/etc/passwd+", alpine ? "node:x:1000:1000::/home/node:/bin/sh\n" : "node:x:1000:1000::/home/node:/bin/bash\n",
          "/etc/group+", "node:x:1000:\n", "/home/node/", "0755 1000:1000"));
      List<String> lines = new ArrayList<>();
      if (!alpine) {
        lines.add("RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash"
            + " --create-home node # buildkit");
      }
      lines.add("ENV NODE_VERSION=" + version);
      lines.add(alpine ? "RUN /bin/sh -c addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node"
          + "     && apk add --no-cache libstdc++ && node --version && npm --version # buildkit"
          : "RUN /bin/sh -c ARCH= && dpkgArch=\"$(dpkg --print-architecture)\"  && curl -fsSLO --compressed"
              + " \"https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz\"  && node --version"
              + "  && npm --version # buildkit");
      lines.addAll(List.of("ENV YARN_VERSION=" + yarn,
          "RUN /bin/sh -c set -ex   && curl -fsSLO --compressed \"https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v"
              + "$YARN_VERSION.tar.gz\"  && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn  && yarn --version"
              + " # buildkit",
          "COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", "ENTRYPOINT [\"docker-entrypoint.sh\"]",
          "CMD [\"node\"]"));
      out.add(new ImageSpec("node", tags, kind.base(), List.of(PATH, "NODE_VERSION=" + version, "YARN_VERSION=" + yarn),
          List.of("docker-entrypoint.sh"),
          List.of("node"), List.of(), List.of(), "", "", Map.of(), sizes[kind.ordinal()], files,
          Variants.history(kind, false, lines)));
    }
  }

  /**
   * python: CPython under /usr/local with the python/pip symlinks the Dockerfile's last RUN makes;
   * PATH repeats /usr/local/bin (the Dockerfile's ENV PATH /usr/local/bin:$PATH); 3.13's
   * Dockerfile no longer sets LANG.
   */
  private static void python(List<ImageSpec> out, String version, String pip, String sha, List<String> more, long[] sizes) {
    String minor = version.substring(0, version.lastIndexOf('.'));
    boolean old = minor.equals("3.10") || minor.equals("3.11");
    String gpg = old ? "A035C8C19219BA821ECEA86B64E628F8D684696D" : "7169605F62C751356D054A26A821E680E5FA6305";
    String site = "/usr/local/lib/python" + minor + "/site-packages/";
    for (Kind kind : Kind.values()) {
      Map<String, String> files = new TreeMap<>();
      String py = "#!kujira:python3\nversion=" + version + "\n";
      String pipExe = "#!kujira:pip\npython=" + minor + "\n";
      for (String name : List.of("python3", "python", "python" + minor)) {
        files.put("/usr/local/bin/" + name, py);
      }
      for (String name : List.of("pip3", "pip", "pip" + minor)) {
        files.put("/usr/local/bin/" + name, pipExe);
      }
      files.put(site + "pip-" + pip + ".dist-info/METADATA", "Metadata-Version: 2.1\nName: pip\nVersion: " + pip + "\n");
      if (old) {
        files.put(site + "setuptools-65.5.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: setuptools\nVersion: 65.5.1\n");
        files.put(site + "wheel-0.45.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: wheel\nVersion: 0.45.1\n");
      }
      List<String> env = new ArrayList<>(List.of("PATH=/usr/local/bin:" + PATH.substring(5)));
      List<String> lines = new ArrayList<>(List.of("ENV PATH=" + env.get(0).substring(5)));
      if (!minor.equals("3.13")) {
        env.add("LANG=C.UTF-8");
        lines.add("ENV LANG=C.UTF-8");
      }
      lines.add(kind == Kind.ALPINE ? "RUN /bin/sh -c set -eux; apk add --no-cache ca-certificates tzdata; # buildkit"
          : "RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends "
              + (kind == Kind.FULL ? "libbluetooth-dev tk-dev uuid-dev" : "ca-certificates netbase tzdata")
              + "; rm -rf /var/lib/apt/lists/* # buildkit");
      env.addAll(List.of("GPG_KEY=" + gpg, "PYTHON_VERSION=" + version, "PYTHON_SHA256=" + sha));
      lines.addAll(List.of("ENV GPG_KEY=" + gpg, "ENV PYTHON_VERSION=" + version, "ENV PYTHON_SHA256=" + sha,
          "RUN /bin/sh -c set -eux; wget -O python.tar.xz \"https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}"
              + "/Python-$PYTHON_VERSION.tar.xz\"; ./configure --enable-loadable-sqlite-extensions --enable-optimizations"
              + " --enable-option-checking=fatal --enable-shared --with-lto --with-ensurepip; make install;"
              + (old ? " pip3 install --disable-pip-version-check --no-cache-dir --no-compile 'setuptools==65.5.1' wheel;" : "")
              + " pip3 --version # buildkit",
          "RUN /bin/sh -c set -eux; for src in idle3 pip3 pydoc3 python3 python3-config; do dst=\"$(echo \"$src\" | tr -d 3)\";"
              + " [ -s \"/usr/local/bin/$src\" ]; [ ! -e \"/usr/local/bin/$dst\" ]; ln -svT \"$src\" \"/usr/local/bin/$dst\";"
              + " done # buildkit",
          "CMD [\"python3\"]"));
      out.add(new ImageSpec("python", Variants.tags(kind, aliases(version, false, more), "slim-bookworm"), kind.base(), env, null,
          List.of("python3"), List.of(), List.of(), "", "", Map.of(), sizes[kind.ordinal()], files,
          Variants.history(kind, false, lines)));
    }
  }

  /**
   * ruby: GEM_HOME /usr/local/bundle (world-writable), gemrc's --no-document, the gem and bundle
   * versions the release bundles; PATH gains $GEM_HOME/bin.
   */
  private static void ruby(List<ImageSpec> out, String version, String description, String gem, String bundler,
      String sha, List<String> more, long[] sizes) {
    String minor = version.substring(0, version.lastIndexOf('.'));
    String url = "https://cache.ruby-lang.org/pub/ruby/" + minor + "/ruby-" + version + ".tar.xz";
    for (Kind kind : Kind.values()) {
      Map<String, String> files = new TreeMap<>(Map.of("/usr/local/bin/ruby", "#!kujira:ruby\ndescription=" + description
          + "\n", "/usr/local/bin/irb", "#!kujira:irb\n", "/usr/local/bin/gem", "#!kujira:gem\nversion=" + gem + "\n",
          "/usr/local/bin/bundle", "#!kujira:bundle\nversion=" + bundler + "\n", "/usr/local/bin/bundler",
          "#!kujira:bundle\nversion=" + bundler + "\n", "/usr/local/etc/gemrc", "install: --no-document\n"
              + "update: --no-document\n", "/usr/local/bundle/", ""));
      List<String> env = List.of("PATH=/usr/local/bundle/bin:" + PATH.substring(5), "LANG=C.UTF-8", "RUBY_VERSION=" + version,
          "RUBY_DOWNLOAD_URL=" + url, "RUBY_DOWNLOAD_SHA256=" + sha, "GEM_HOME=/usr/local/bundle",
          "BUNDLE_SILENCE_ROOT_WARNING=1", "BUNDLE_APP_CONFIG=/usr/local/bundle");
      List<String> lines = List.of("RUN /bin/sh -c set -eux; mkdir -p /usr/local/etc; { echo 'install: --no-document';"
          + " echo 'update: --no-document'; } >> /usr/local/etc/gemrc # buildkit", "ENV LANG=C.UTF-8",
          "ENV RUBY_VERSION=" + version, "ENV RUBY_DOWNLOAD_URL=" + url, "ENV RUBY_DOWNLOAD_SHA256=" + sha,
          "RUN /bin/sh -c set -eux; wget -O ruby.tar.xz \"$RUBY_DOWNLOAD_URL\"; ./configure --disable-install-doc"
              + " --enable-shared; make install; ruby --version; gem --version; bundle --version # buildkit",
          "ENV GEM_HOME=/usr/local/bundle", "ENV BUNDLE_SILENCE_ROOT_WARNING=1 BUNDLE_APP_CONFIG=/usr/local/bundle",
          "ENV PATH=/usr/local/bundle/bin:" + PATH.substring(5),
          "RUN /bin/sh -c set -eux; mkdir \"$GEM_HOME\"; chmod 1777 \"$GEM_HOME\" # buildkit", "CMD [\"irb\"]");
      out.add(new ImageSpec("ruby", Variants.tags(kind, aliases(version, false, more), "slim-bookworm"), kind.base(), env, null,
          List.of("irb"), List.of(), List.of(), "", "", Map.of(), sizes[kind.ordinal()], files,
          Variants.history(kind, false, lines)));
    }
  }
}
