package dev.kujira.engine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Push and pull against the simulated Hub and a registry container: the Hub's namespace rule,
 * logins stored in config.json, data that lives in the registry's volume, and what learners
 * reach with curl. (Transcripts against a real registry are in tests/…/registry.)
 */
class RegistryPushTest {
  private static Engine engine() throws IOException {
    return Engine.create(EngineOptions.defaults());
  }

  @Test
  void hubPush_withoutLogin_isDenied_andAsTheOwner_succeeds() throws IOException {
    try (Engine e = engine()) {
      e.run("docker pull -q alpine");
      e.run("docker tag alpine alice/base");
      CommandResult denied = e.run("docker push alice/base");
      assertThat(denied.exitCode()).isEqualTo(1);
      assertThat(denied.output()).endsWith("denied: requested access to the resource is denied\n")
          .contains("The push refers to repository [docker.io/alice/base]");
      assertThat(e.run("docker login -u bob -p pw").exitCode()).isZero();
      assertThat(e.run("docker push alice/base").output()).contains("denied: requested access");
      e.run("docker login -u alice -p pw");
      CommandResult ok = e.run("docker push alice/base");
      assertThat(ok.exitCode()).isZero();
      // The layer is the official image's, so the Hub mounts it across instead of receiving it.
      assertThat(ok.output()).contains(": Mounted from library/alpine").containsPattern("latest: digest: sha256:[0-9a-f]{64} size: \\d+");
      e.run("docker rmi alice/base alpine");
      assertThat(e.run("docker pull alice/base").output()).contains("Status: Downloaded newer image for alice/base:latest");
    }
  }

  @Test
  void login_storesCredentials_andLogoutRemovesThem() throws IOException {
    try (Engine e = engine()) {
      assertThat(e.run("docker login -u alice -p secret").output()).endsWith("Login Succeeded\n");
      assertThat(e.run("cat ~/.docker/config.json").output()).isEqualTo(
          "{\n\t\"auths\": {\n\t\t\"https://index.docker.io/v1/\": {\n\t\t\t\"auth\": \"YWxpY2U6c2VjcmV0\"\n\t\t}\n\t}\n}");
      assertThat(e.run("docker logout").output()).isEqualTo("Removing login credentials for https://index.docker.io/v1/\n");
      assertThat(e.run("cat ~/.docker/config.json").output()).isEqualTo("{\n\t\"auths\": {}\n}");
    }
  }

  @Test
  void registryData_livesInItsVolume_acrossContainers() throws IOException {
    try (Engine e = engine()) {
      e.run("docker pull -q busybox");
      e.run("docker run -d --name reg -p 5000:5000 -v regdata:/var/lib/registry registry:2");
      e.run("docker tag busybox localhost:5000/tools/box:1");
      assertThat(e.run("docker push localhost:5000/tools/box:1").output()).contains(": Pushed");
      assertThat(e.run("curl -s localhost:5000/v2/tools/box/tags/list").output())
          .isEqualTo("{\"name\":\"tools/box\",\"tags\":[\"1\"]}\n");
      e.run("docker rm -f reg");
      assertThat(e.run("docker pull localhost:5000/tools/box:1").output())
          .contains("dial tcp 127.0.0.1:5000: connect: connection refused");
      e.run("docker run -d --name reg2 -p 5000:5000 -v regdata:/var/lib/registry registry:2");
      e.run("docker rmi localhost:5000/tools/box:1 busybox");
      CommandResult pulled = e.run("docker pull localhost:5000/tools/box:1");
      assertThat(pulled.output()).contains(": Pull complete", "Status: Downloaded newer image for localhost:5000/tools/box:1");
      assertThat(e.run("docker run --rm localhost:5000/tools/box:1 echo back").output()).isEqualTo("back\n");
    }
  }

  @Test
  void pushToAnUnknownHost_failsItsDnsLookup() throws IOException {
    try (Engine e = engine()) {
      e.run("docker pull -q busybox");
      e.run("docker tag busybox myregistry:5000/box");
      assertThat(e.run("docker push myregistry:5000/box").output())
          .contains("Get \"https://myregistry:5000/v2/\": dial tcp: lookup myregistry on ")
          .contains(":53: no such host");
    }
  }
}
