package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The node images at the tags learners pull, as the Hub had them on 2024-12-04 (nodejs/docker-node
 * at 92c52602: 18/20/22/23 bookworm, bookworm-slim and alpine3.20 Dockerfiles). The real engine
 * here has no Hub, so the facts are the Dockerfiles': ENV NODE_VERSION and YARN_VERSION, the
 * node user (groupadd --gid 1000 / useradd --uid 1000 --create-home; adduser -u 1000 on Alpine),
 * docker-entrypoint.sh (an option or a non-command as first argument runs node), npm as each
 * Node release bundles it (its changelog: 18.20.5 and 20.18.1 carry 10.8.2, 22.12.0 and 23.3.0
 * carry 10.9.0); node:16 is the last 16 build (16.20.2, npm 8.19.4, yarn 1.22.19; docker-node removed 16 in
 * c17837cf on 2023-09-04).
 */
class NodeImagesTest extends AppSession {

  @BeforeEach
  void setUp() throws IOException {
    Files.writeString(dir.resolve("app.js"), "console.log('hi from node');\n");
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
  }

  @Test
  void eachTagHasItsLinesVersionAndNpm() {
    String[][] cases = {{"node:18", "v18.20.5", "10.8.2"}, {"node:20", "v20.18.1", "10.8.2"},
        {"node:22", "v22.12.0", "10.9.0"}, {"node:lts", "v22.12.0", "10.9.0"}, {"node:latest", "v23.3.0", "10.9.0"},
        {"node:current", "v23.3.0", "10.9.0"}, {"node:20-slim", "v20.18.1", "10.8.2"},
        {"node:20-alpine", "v20.18.1", "10.8.2"}, {"node:18-alpine", "v18.20.5", "10.8.2"},
        {"node:22-bookworm", "v22.12.0", "10.9.0"}, {"node:22-bookworm-slim", "v22.12.0", "10.9.0"},
        {"node:lts-alpine", "v22.12.0", "10.9.0"}, {"node:iron", "v20.18.1", "10.8.2"},
        {"node:20.18.1-alpine3.20", "v20.18.1", "10.8.2"}, {"node:22.12", "v22.12.0", "10.9.0"},
        {"node:16", "v16.20.2", "8.19.4"}, {"node:gallium-alpine3.18", "v16.20.2", "8.19.4"}};
    for (String[] c : cases) {
      ok("docker pull -q " + c[0]);
      assertThat(ok("docker run --rm " + c[0] + " node -v").stdout()).as(c[0]).isEqualTo(c[1] + "\n");
      assertThat(ok("docker run --rm " + c[0] + " npm -v").stdout()).as(c[0]).isEqualTo(c[2] + "\n");
    }
  }

  @Test
  void theVersionIsTheBinarysNotTheEnvironments() {
    // node reports process.version, compiled in; NODE_VERSION is only the Dockerfile's build argument.
    assertThat(ok("docker run --rm -e NODE_VERSION=1.0.0 node:20 node --version").stdout()).isEqualTo("v20.18.1\n");
    assertThat(ok("docker run --rm node:18 sh -c 'echo $NODE_VERSION $YARN_VERSION'").stdout())
        .isEqualTo("18.20.5 1.22.22\n");
  }

  @Test
  void configAsTheDockerfileSetsIt() {
    ok("docker pull -q node:20-alpine");
    assertThat(ok("docker image inspect -f '{{json .Config.Env}} {{json .Config.Entrypoint}} {{json .Config.Cmd}}'"
        + " node:20-alpine").stdout()).isEqualTo("[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\","
            + "\"NODE_VERSION=20.18.1\",\"YARN_VERSION=1.22.22\"] [\"docker-entrypoint.sh\"] [\"node\"]\n");
    ok("docker pull -q node:22");
    String history = ok("docker history --no-trunc --format '{{.CreatedBy}}' node:22").stdout();
    assertThat(history).startsWith("CMD [\"node\"]\nENTRYPOINT [\"docker-entrypoint.sh\"]\n")
        .contains("ENV NODE_VERSION=22.12.0\n").contains("useradd --uid 1000 --gid node").endsWith("ADD rootfs.tar.xz / # buildkit\n");
    // The layers weigh what the Hub's do: the entrypoint script 388 bytes, yarn's tarball 5.34MB, node the rest.
    assertThat(ok("docker history --format '{{.Size}}' node:20-alpine").stdout())
        .startsWith("0B\n0B\n388B\n5.34MB\n0B\n122MB\n0B\n0B\n7.8MB\n");
  }

  @Test
  void theNodeUserAndItsHome() {
    assertThat(ok("docker run --rm -u node node:22 id").stdout()).startsWith("uid=1000(node) gid=1000(node)");
    assertThat(ok("docker run --rm node:22 grep ^node: /etc/passwd").stdout())
        .isEqualTo("node:x:1000:1000::/home/node:/bin/bash\n");
    assertThat(ok("docker run --rm node:20-alpine grep ^node: /etc/passwd").stdout())
        .isEqualTo("node:x:1000:1000::/home/node:/bin/sh\n");
    assertThat(ok("docker run --rm -u node -w /home/node node:20 sh -c 'whoami; touch f && ls -n'").stdout())
        .startsWith("node\n").contains(" 1000 1000 ");
  }

  @Test
  void theEntrypointRunsNodeForAnOptionOrAFile() {
    assertThat(ok("docker run --rm node:20 -v").stdout()).isEqualTo("v20.18.1\n");
    assertThat(ok("docker run --rm -v " + dir + ":/app -w /app node:20 app.js").stdout()).isEqualTo("hi from node\n");
    assertThat(ok("docker run --rm node:20 echo plain").stdout()).isEqualTo("plain\n");
  }

  @Test
  void baseOsPerVariant() {
    assertThat(ok("docker run --rm node:20-alpine cat /etc/alpine-release").stdout()).isEqualTo("3.20.3\n");
    assertThat(ok("docker run --rm node:20-slim grep VERSION_CODENAME /etc/os-release").stdout())
        .isEqualTo("VERSION_CODENAME=bookworm\n");
    // buildpack-deps:bookworm brings curl to the full variant; the slim one has none.
    assertThat(engine.run("docker run --rm node:20 sh -c 'command -v curl'").stdout()).isEqualTo("/usr/bin/curl\n");
    assertThat(engine.run("docker run --rm node:20-slim sh -c 'command -v curl'").exitCode()).isNotZero();
  }

  @Test
  void sizesRankAsOnTheHub() {
    ok("docker pull -q node:22");
    ok("docker pull -q node:22-slim");
    ok("docker pull -q node:22-alpine");
    String[] sizes = ok("docker images --format '{{.Tag}} {{.Size}}' node").stdout().split("\n");
    assertThat(sizes).containsExactlyInAnyOrder("22 1.12GB", "22-slim 220MB", "22-alpine 157MB");
  }

  @Test
  void buildpackDepsLayersArePulledOnce() {
    // node, python, ruby (FROM buildpack-deps:bookworm) and golang (bookworm-scm) share their base's layers.
    ok("docker pull node:22");
    assertThat(ok("docker pull python:3.12").stdout().split(": Already exists", -1)).hasSize(5);
    assertThat(ok("docker pull golang:1.23").stdout().split(": Already exists", -1)).hasSize(4);
  }

  @Test
  void alpinesOwnNodejsPackageIsItsVersion() {
    // Alpine 3.20's community repository: nodejs 20.15.1-r0, npm 10.9.1-r0 (its package.json under /usr/lib).
    assertThat(ok("docker run --rm alpine:3.20 sh -c 'apk add nodejs npm >/dev/null && node -v && npm -v'").stdout())
        .isEqualTo("v20.15.1\n10.9.1\n");
  }
}
