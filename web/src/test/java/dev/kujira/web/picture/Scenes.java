package dev.kujira.web.picture;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Deterministic engines in the states the picture tests draw: each made by running command lines. */
final class Scenes {
  /** Each scene's command lines, by name. */
  static final Map<String, List<String>> LINES = Map.of(
      "many", List.of(
          "docker pull busybox", "docker pull alpine", "docker pull alpine:3.19", "docker pull nginx",
          "docker pull nginx:alpine", "docker pull httpd", "docker pull redis", "docker pull postgres",
          "docker pull ubuntu", "docker pull debian",
          "docker network create a-network-with-a-rather-long-name-for-the-band",
          "docker run -d --name a-container-with-a-very-long-name-that-must-be-cut -p 127.0.0.1:8080:80 -p 8443:443"
              + " -p 9000:9000 -p 9001:9001/udp --network a-network-with-a-rather-long-name-for-the-band"
              + " --network-alias alias-one --network-alias alias-two -v /root/a/very/long/path/to/a/project/folder:/app"
              + " -v v1:/one -v v2:/two -v v3:/three -v v4:/four nginx",
          "docker run -d --name r1 --network a-network-with-a-rather-long-name-for-the-band redis",
          "docker run -d --name r2 --network a-network-with-a-rather-long-name-for-the-band redis",
          "docker run -d --name r3 --network a-network-with-a-rather-long-name-for-the-band redis",
          "docker run -d --name r4 --network a-network-with-a-rather-long-name-for-the-band redis",
          "docker run -d --restart always --name flaky busybox false"),
      "empty", List.of(),
      "web-and-db", List.of(
          "docker network create appnet",
          "docker volume create dbdata",
          "docker run -d --name web -p 8080:80 --network appnet --network-alias www nginx",
          "docker run -d --name db --network appnet -v dbdata:/data redis",
          "mkdir -p '/root/<script>&x'",
          "docker run -d --name cache --mount type=tmpfs,destination=/run -v '/root/<script>&x:/app:ro' busybox sleep 3600",
          "docker run --name hello busybox echo hi",
          "docker create --name later alpine",
          "docker pause cache"),
      "layers", List.of(
          "mkdir -p /root/app",
          "printf 'FROM busybox\\nRUN echo one > /one\\n' > /root/app/Dockerfile",
          "docker build -q -t app:1 /root/app",
          "printf 'FROM busybox\\nRUN echo one > /one\\nRUN echo \"<script>alert(1)</script>\" > /two\\n' > /root/app/Dockerfile",
          "docker build -q -t app:2 /root/app",
          "printf 'FROM busybox\\nRUN echo three > /one\\n' > /root/app/Dockerfile",
          "docker build -q -t app:1 /root/app",
          "docker pull alpine",
          "docker run -d --name svc -v /data alpine sleep 3600"));

  private Scenes() {
  }

  /** Returns a new engine in scene {@code name}; every line must succeed. */
  static Engine engine(String name) throws IOException {
    Engine e = Engine.create(EngineOptions.defaults());
    for (String line : LINES.get(name)) {
      CommandResult r = e.run(line);
      if (r.exitCode() != 0) {
        throw new AssertionError(line + " failed: " + r.output());
      }
    }
    return e;
  }

  /** A goal for the web-and-db scene: one task done, one open naming what is not there yet. */
  static Overlay goal() {
    return new Overlay(List.of(
        new Overlay.Task("run-web", "Run nginx as web on appnet, port 8080", true,
            new Overlay.Needs(Set.of("web"), Set.of("appnet"), Set.of(), Set.of("nginx"))),
        new Overlay.Task("db-volume", "Give db its data volume", true,
            new Overlay.Needs(Set.of("db"), Set.of(), Set.of("dbdata"), Set.of())),
        new Overlay.Task("proxy", "Start a proxy named edge on a new network front with a volume certs", false,
            new Overlay.Needs(Set.of("edge", "later"), Set.of("front"), Set.of("certs"), Set.of("nginx:1.27-alpine")))));
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
