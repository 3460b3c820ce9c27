package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 001 (a book's chapters 3-8 summarised, inventory seed-001-003.md part A) typed into one
 * session. The note shows no outputs, so each step checks the statement the note makes, on the
 * model. Adaptations: the Apache line is the one the httpd page on Docker Hub gives (the note
 * tells the reader to look there); {@code docker-compose} is typed as {@code docker compose}.
 */
class Seed001FlowTest {
  @TempDir
  Path dir;

  @Test
  void seed001_apacheLifecycleNetworksComposeAndImages() throws IOException {
    Files.writeString(dir.resolve("index.html"), "<h1>from my folder</h1>\n");
    Files.writeString(dir.resolve("Dockerfile"), "FROM busybox\nCOPY index.html /www/\n");
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: httpd:2.4\n    ports:\n"
        + "      - \"8081:80\"\n    volumes:\n      - site:/usr/local/apache2/htdocs\nvolumes:\n  site:\n");
    try (Engine e = Engine.create(EngineOptions.defaults().withHostDir(dir))) {
      // ch.3-4: run = pull + create + start; the page's -dit with a port and the folder bind-mounted.
      CommandResult run = e.run("docker run -dit --name my-apache-app -p 8080:80 -v \"$PWD\":/usr/local/apache2/htdocs/ httpd:2.4");
      assertThat(run.output()).contains("Unable to find image 'httpd:2.4' locally").contains("Status: Downloaded newer image for httpd:2.4");
      assertThat(e.run("curl -s localhost:8080").stdout()).isEqualTo("<h1>from my folder</h1>\n");
      // Stop by name, ps lists running ones only, ps -a all; start resumes the same container.
      e.run("docker stop my-apache-app");
      assertThat(e.run("docker ps -q").stdout()).isEmpty();
      assertThat(e.run("docker ps -a --format '{{.Names}} {{.Status}}'").stdout()).startsWith("my-apache-app Exited (0)");
      e.run("docker start my-apache-app");
      assertThat(e.run("docker logs my-apache-app").stdout()).contains("AH00558: httpd: Could not reliably determine");
      assertThat(e.run("docker exec my-apache-app ls /usr/local/apache2/htdocs").stdout()).contains("index.html");
      // create with --name and -p, then start runs the image's never-ending command.
      e.run("docker create --name web2 -p 8082:80 httpd:2.4");
      assertThat(e.run("docker ps -a --filter name=web2 --format '{{.Status}}'").stdout()).isEqualTo("Created\n");
      e.run("docker start web2");
      assertThat(e.run("curl -s localhost:8082").stdout()).contains("It works!");
      // ch.6: on the default bridge by IP (inspect shows it), not by name; a user network resolves names.
      String ip = e.run("docker container inspect --format '{{.NetworkSettings.IPAddress}}' web2").stdout().strip();
      assertThat(e.run("docker network inspect bridge --format '{{range .Containers}}{{.IPv4Address}} {{end}}'").stdout())
          .contains(ip + "/16");
      assertThat(e.run("docker run --rm busybox wget -qO- " + ip).stdout()).contains("It works!");
      assertThat(e.run("docker run --rm busybox ping -c 1 web2").stderr()).isEqualTo("ping: bad address 'web2'\n");
      e.run("docker network create mynet");
      e.run("docker run -d --name db --network mynet busybox sleep 1000");
      assertThat(e.run("docker run --rm --network mynet busybox ping -c 1 db").exitCode()).isZero();
      // Between containers -p does not matter: port 80 of web2 answers on its IP whatever was published.
      assertThat(e.run("docker run --rm busybox wget -qO- " + ip + ":80").exitCode()).isZero();
      // ch.7: up creates the network and the volume; down removes containers and network, keeps the volume.
      String up = e.run("docker compose up -d").output();
      assertThat(up).contains("Network " + dir.getFileName() + "_default  Created").contains("Volume \"" + dir.getFileName() + "_site\"  Created");
      e.run("docker compose down");
      assertThat(e.run("docker volume ls -q").stdout()).contains(dir.getFileName() + "_site");
      assertThat(e.run("docker network ls --format '{{.Name}}'").stdout()).doesNotContain(dir.getFileName() + "_default");
      // ch.8: commit, build -t myimage01 ., history shows the layers, save and load keep the image.
      e.run("docker exec db touch /changed");
      assertThat(e.run("docker commit db mycommit").stdout()).matches("sha256:[0-9a-f]{64}\n");
      assertThat(e.run("docker build -q -t myimage01 .").exitCode()).isZero();
      assertThat(e.run("docker history myimage01 --format '{{.CreatedBy}}'").stdout()).startsWith("COPY index.html /www/ # buildkit\n");
      assertThat(e.run("docker save -o img.tar myimage01").exitCode()).isZero();
      e.run("docker image rm myimage01");
      assertThat(e.run("docker load -i img.tar").stdout()).endsWith("Loaded image: myimage01:latest\n");
      // Removing a container leaves its image; image rm removes it once no container uses it.
      e.run("docker rm -f my-apache-app web2");
      assertThat(e.run("docker image ls httpd --format '{{.Tag}}'").stdout()).isEqualTo("2.4\n");
      // Registering on the Hub: login, then push (the simulated Hub).
      e.run("docker login -u kujira -p secret");
      e.run("docker tag myimage01 kujira/myimage01:1");
      CommandResult push = e.run("docker push kujira/myimage01:1");
      assertThat(push.exitCode()).as(push.output()).isZero();
      assertThat(push.stdout()).startsWith("The push refers to repository [docker.io/kujira/myimage01]\n")
          .containsPattern("1: digest: sha256:[0-9a-f]{64} size: \\d+\n");
    }
  }
}
