package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * golang, php, eclipse-temurin and openjdk at the tags learners pull, as the Hub had them on
 * 2024-12-04: docker-library/golang at 7db8188 (1.23.4, 1.22.10; 1.21 left the repository at
 * 1.21.13 on 2024-08-06 and the Hub keeps that build), docker-library/php at 75f5e0e7 (8.4.1 is
 * latest; 8.3.14, 8.2.26; cli, apache, fpm and their alpine3.20 variants), adoptium/containers at
 * 27e3b63e (21.0.5+11, 17.0.13+11 on noble and alpine) and docker-library/official-images'
 * library/openjdk (17 is the last 17.0.2 build on Oracle Linux 8, 21 the 21 GA build 21+35 of
 * 2023-09-25; there is no latest). The real engine here has no Hub: these are the Dockerfiles'.
 */
class CompiledImagesTest extends AppSession {

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
  }

  @Test
  void golangTags() {
    String[][] cases = {{"golang:1.21", "1.21.13"}, {"golang:1.22", "1.22.10"}, {"golang:1.23", "1.23.4"},
        {"golang:latest", "1.23.4"}, {"golang:1", "1.23.4"}, {"golang:1.21-alpine", "1.21.13"},
        {"golang:1.22-bookworm", "1.22.10"}, {"golang:1.23-alpine3.20", "1.23.4"}, {"golang:alpine", "1.23.4"}};
    for (String[] c : cases) {
      ok("docker pull -q " + c[0]);
      assertThat(ok("docker run --rm " + c[0] + " go version").stdout()).as(c[0])
          .isEqualTo("go version go" + c[1] + " linux/amd64\n");
      assertThat(ok("docker run --rm " + c[0] + " sh -c 'echo $GOLANG_VERSION $GOPATH; pwd'").stdout()).as(c[0])
          .isEqualTo(c[1] + " /go\n/go\n");
    }
    assertThat(ok("docker run --rm golang:1.21-alpine cat /etc/alpine-release").stdout()).isEqualTo("3.20.3\n");
  }

  @Test
  void phpTagsAndVariants() {
    String[][] cases = {{"php:latest", "8.4.1"}, {"php:8", "8.4.1"}, {"php:cli", "8.4.1"}, {"php:8.3", "8.3.14"},
        {"php:8.3-cli", "8.3.14"}, {"php:8.2-apache", "8.2.26"}, {"php:8.3-fpm", "8.3.14"}, {"php:8.2-alpine", "8.2.26"},
        {"php:8.3-fpm-alpine", "8.3.14"}, {"php:8.4-cli-bookworm", "8.4.1"}};
    for (String[] c : cases) {
      ok("docker pull -q " + c[0]);
      assertThat(ok("docker run --rm " + c[0] + " php -v").stdout()).as(c[0]).startsWith("PHP " + c[1] + " (cli)");
    }
    assertThat(ok("docker image inspect -f '{{json .Config.Cmd}} {{.Config.WorkingDir}} {{.Config.StopSignal}} "
        + "{{json .Config.ExposedPorts}}' php:8.3-fpm").stdout()).isEqualTo("[\"php-fpm\"] /var/www/html SIGQUIT "
            + "{\"9000/tcp\":{}}\n");
    // docker-php-entrypoint: an option as first argument goes to php (cli) or php-fpm (fpm).
    assertThat(ok("docker run --rm php:8.2-cli -r 'echo PHP_VERSION;'").stdout()).isEqualTo("8.2.26");
    assertThat(ok("docker run --rm php:8.3-fpm cat /usr/local/bin/docker-php-entrypoint").stdout())
        .contains("set -- php-fpm \"$@\"");
    assertThat(ok("docker run --rm php:8.3-fpm-alpine cat /etc/alpine-release").stdout()).isEqualTo("3.20.3\n");
  }

  @Test
  void temurinTags() {
    String[][] cases = {{"eclipse-temurin:21", "21.0.5", "Temurin-21.0.5+11 (build 21.0.5+11-LTS)", " LTS"},
        {"eclipse-temurin:21-jre", "21.0.5", "Temurin-21.0.5+11 (build 21.0.5+11-LTS)", " LTS"},
        {"eclipse-temurin:21-alpine", "21.0.5", "Temurin-21.0.5+11 (build 21.0.5+11-LTS)", " LTS"},
        {"eclipse-temurin:17", "17.0.13", "Temurin-17.0.13+11 (build 17.0.13+11)", ""},
        {"eclipse-temurin:17-jre", "17.0.13", "Temurin-17.0.13+11 (build 17.0.13+11)", ""},
        {"eclipse-temurin:17-jre-alpine", "17.0.13", "Temurin-17.0.13+11 (build 17.0.13+11)", ""}};
    for (String[] c : cases) {
      ok("docker pull -q " + c[0]);
      CommandResult r = ok("docker run --rm " + c[0] + " java -version");
      assertThat(r.stderr()).as(c[0]).startsWith("openjdk version \"" + c[1] + "\" 2024-10-15" + c[3] + "\n"
          + "OpenJDK Runtime Environment " + c[2] + "\n");
    }
    assertThat(engine.run("docker run --rm eclipse-temurin:21-jre javac -version").exitCode()).isNotZero();
    assertThat(ok("docker image inspect -f '{{json .Config.Cmd}} {{json .Config.Entrypoint}}' eclipse-temurin:21-jre")
        .stdout()).isEqualTo("null [\"/__cacert_entrypoint.sh\"]\n");
    assertThat(ok("docker run --rm eclipse-temurin:21-alpine cat /etc/alpine-release").stdout()).isEqualTo("3.20.3\n");
  }

  @Test
  void openjdkTags() {
    ok("docker pull -q openjdk:21");
    ok("docker pull -q openjdk:17");
    assertThat(ok("docker run --rm openjdk:21 java -version").stderr()).isEqualTo("openjdk version \"21\" 2023-09-19\n"
        + "OpenJDK Runtime Environment (build 21+35-2513)\nOpenJDK 64-Bit Server VM (build 21+35-2513, mixed mode, sharing)\n");
    assertThat(ok("docker run --rm openjdk:17 sh -c 'echo $JAVA_HOME $JAVA_VERSION; java -version'").output())
        .contains("/usr/java/openjdk-17 17.0.2\n").contains("openjdk version \"17.0.2\" 2022-01-18\n");
    assertThat(ok("docker run --rm openjdk:17-slim sh -c 'echo $JAVA_HOME'").stdout()).isEqualTo("/usr/local/openjdk-17\n");
    assertThat(engine.run("docker pull openjdk").stderr()).contains("manifest for openjdk:latest not found");
  }
}
