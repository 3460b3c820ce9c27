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
 * The study notes' walkthroughs on images the recording engine lacks (httpd, nginx), typed into
 * one interactive session as a learner types them (the host shell keeps its state from line to
 * line, as in the REPL); each step checks the model's facts against what the note shows and
 * Docker 26.1 prints. Every adaptation of a note's command is written beside it; the notes' own
 * mistakes are those the inventories (seeds/inventory) list.
 */
class NotesWalkthroughsTest {
  @TempDir
  Path dir;

  private Engine session() throws IOException {
    Engine e = Engine.create(EngineOptions.defaults().withHostDir(dir));
    e.keepShellStatus(true);
    return e;
  }

  private static CommandResult ok(Engine e, String line) {
    CommandResult r = e.run(line);
    assertThat(r.exitCode()).as(line + "\n" + r.output()).isZero();
    return r;
  }

  /**
   * Seed 000, L204-320 and L397-678: run, ps, stop, ps -a, start, logs, inspect --format (the
   * note's {@code $INSTANCE_ID} set from {@code docker ps -q}), cp both ways, rm, container prune,
   * a shell's {@code ls} in httpd, a user-defined network and {@code network inspect | grep -A 15
   * Containers}, connect/disconnect, commit, save and load. Adaptations: the note's bracketed
   * placeholders are given names; {@code -it ... /bin/bash} sessions are typed as one-shot exec
   * commands (the tmux tests type the interactive ones); the confirmation of {@code container prune}
   * is piped in; the note's container-to-host {@code docker cp} swaps its placeholders (inventory
   * seed-000 Appendix A.5) and is typed as {@code CONTAINER:SRC DEST}; its "docker inspect [network
   * name]" for a container's address (A.12) is typed with the container, as L281 does.
   */
  @Test
  void seed000_containerLifecycleInspectCpNetworksAndImages() throws IOException {
    try (Engine e = session()) {
      assertThat(ok(e, "docker run -d --name my-container httpd:2.4").output())
          .contains("Unable to find image 'httpd:2.4' locally").containsPattern("\n[0-9a-f]{64}\n$");
      assertThat(ok(e, "docker ps --format '{{.Image}} {{.Command}} {{.Ports}} {{.Names}}'").stdout())
          .isEqualTo("httpd:2.4 \"httpd-foreground\" 80/tcp my-container\n");
      assertThat(ok(e, "docker stop my-container").stdout()).isEqualTo("my-container\n");
      assertThat(ok(e, "docker ps -q").stdout()).isEmpty();
      assertThat(ok(e, "docker ps -a --format '{{.Names}} {{.Status}}'").stdout()).startsWith("my-container Exited (0) ");
      ok(e, "docker start my-container");
      // httpd-foreground's AH00558 twice per start (httpd -t's check, then the server's own).
      assertThat(ok(e, "docker logs my-container 2>&1 | grep -c AH00558").stdout()).isEqualTo("4\n");
      ok(e, "INSTANCE_ID=$(docker ps -q)");
      assertThat(ok(e, "docker inspect --format='{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' $INSTANCE_ID")
          .stdout()).isEqualTo("172.17.0.2\n");
      assertThat(ok(e, "docker inspect --format='{{.LogPath}}' $INSTANCE_ID").stdout())
          .matches("/var/lib/docker/containers/([0-9a-f]{64})/\\1-json.log\n");
      ok(e, "echo hi > hello.txt && docker cp hello.txt my-container:/tmp/ && docker cp my-container:/tmp/hello.txt back.txt");
      assertThat(ok(e, "cat back.txt").stdout()).isEqualTo("hi\n");
      ok(e, "docker stop my-container");
      assertThat(ok(e, "docker rm my-container").stdout()).isEqualTo("my-container\n");
      assertThat(ok(e, "echo y | docker container prune").stdout()).endsWith("Total reclaimed space: 0B\n");

      ok(e, "docker run --name my-apache-app -dit httpd:2.4");
      assertThat(ok(e, "docker exec my-apache-app pwd").stdout()).isEqualTo("/usr/local/apache2\n");
      ok(e, "docker network create mydockernet");
      ok(e, "docker run -dit --name web01 -p 8080:80  --net mydockernet httpd:2.4");
      String grep = ok(e, "docker network inspect mydockernet | grep -A 15 Containers").stdout();
      assertThat(grep).startsWith("        \"Containers\": {\n").contains("\"Name\": \"web01\",").contains("\"IPv4Address\": \"172.18.0.2/16\",");
      assertThat(ok(e, "curl -s localhost:8080").stdout()).isEqualTo("<html><body><h1>It works!</h1></body></html>\n");
      ok(e, "docker network connect mydockernet my-apache-app");
      assertThat(ok(e, "docker inspect -f '{{len .NetworkSettings.Networks}}' my-apache-app").stdout()).isEqualTo("2\n");
      ok(e, "docker network disconnect mydockernet my-apache-app");

      assertThat(ok(e, "docker commit my-apache-app custom-image").stdout()).matches("sha256:[0-9a-f]{64}\n");
      ok(e, "docker save -o saved.tar custom-image");
      assertThat(ok(e, "tar tvf saved.tar").stdout()).contains(" index.json\n").contains(" manifest.json\n");
      ok(e, "docker image rm custom-image");
      assertThat(ok(e, "docker load -i saved.tar").stdout()).endsWith("Loaded image: custom-image:latest\n");
    }
  }

  /**
   * Seed 004, L182-790: pull, ls -a, inspect, history, tag, rm (twice: the second finds no
   * nginx:latest), prune -a; then create -it, start, pause, unpause, logs, exec /bin/ls (one
   * name per line: no -t, so a pipe, as the note shows), stop, rm, run -dit -p and curl.
   * Adaptation: prune's confirmation is piped in.
   */
  @Test
  void seed004_imagesAndContainerLifecycle() throws IOException {
    try (Engine e = session()) {
      assertThat(ok(e, "docker image pull nginx").stdout()).startsWith("Using default tag: latest\n")
          .endsWith("Status: Downloaded newer image for nginx:latest\ndocker.io/library/nginx:latest\n");
      assertThat(ok(e, "docker image ls -a").stdout()).startsWith("REPOSITORY   TAG       IMAGE ID       CREATED       SIZE\n")
          .containsPattern("\nnginx        latest    [0-9a-f]{12}   ");
      assertThat(ok(e, "docker image inspect nginx --format '{{json .RepoTags}} {{.Config.StopSignal}}'").stdout())
          .isEqualTo("[\"nginx:latest\"] SIGQUIT\n");
      assertThat(ok(e, "docker image history nginx").stdout()).startsWith(
          "IMAGE          CREATED       CREATED BY                                      SIZE      COMMENT\n");
      ok(e, "docker image tag nginx:latest nginx:v1");
      assertThat(ok(e, "docker image ls --format '{{.Repository}}:{{.Tag}}'").stdout()).isEqualTo("nginx:latest\nnginx:v1\n");
      assertThat(ok(e, "docker image rm nginx").stdout()).isEqualTo("Untagged: nginx:latest\n");
      CommandResult again = e.run("docker image rm nginx");
      assertThat(again.exitCode()).isEqualTo(1);
      assertThat(again.stderr()).isEqualTo("Error response from daemon: No such image: nginx:latest\n");
      assertThat(ok(e, "echo y | docker image prune -a").stdout()).contains("Deleted Images:\nuntagged: nginx:v1\n");
      assertThat(ok(e, "docker image ls -q").stdout()).isEmpty();

      assertThat(ok(e, "docker container create -it --name nginx nginx").stdout()).matches("[0-9a-f]{64}\n");
      assertThat(ok(e, "docker container ls -a --format '{{.Names}} {{.Status}}'").stdout()).isEqualTo("nginx Created\n");
      ok(e, "docker container start nginx");
      ok(e, "docker container pause nginx");
      assertThat(ok(e, "docker container ls --format '{{.Status}}'").stdout()).endsWith(" (Paused)\n");
      ok(e, "docker container unpause nginx");
      // Created with -t: the terminal's line discipline turned each newline into CRLF, which the log keeps.
      assertThat(ok(e, "docker container logs nginx").output())
          .contains("/docker-entrypoint.sh: Configuration complete; ready for start up\r\n");
      assertThat(ok(e, "docker container exec nginx /bin/ls").stdout()).isEqualTo(String.join("\n", "bin", "boot", "dev",
          "docker-entrypoint.d", "docker-entrypoint.sh", "etc", "home", "lib", "lib64", "media", "mnt", "opt", "proc",
          "root", "run", "sbin", "srv", "sys", "tmp", "usr", "var") + "\n");
      assertThat(ok(e, "docker container inspect nginx --format '{{.State.Status}} {{.Config.Tty}}'").stdout())
          .isEqualTo("running true\n");
      assertThat(ok(e, "docker container stop nginx").stdout()).isEqualTo("nginx\n");
      assertThat(ok(e, "docker container ls -a --format '{{.Status}}'").stdout()).startsWith("Exited (0) ");
      ok(e, "docker container rm nginx");
      assertThat(ok(e, "docker container ls -a").stdout()).isEqualTo("CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n");
      ok(e, "docker container run -dit --name nginx -p 8080:80 nginx");
      assertThat(ok(e, "docker container ls --format '{{.Ports}}'").stdout()).isEqualTo("0.0.0.0:8080->80/tcp, :::8080->80/tcp\n");
      assertThat(ok(e, "curl localhost:8080").stdout()).contains("<title>Welcome to nginx!</title>");
    }
  }

  /**
   * Seed 004's host side, L148-173 and L1263-1349: the socket's owner and mode with the note's
   * {@code ll}, the volume's directory under the data root with {@code sudo ls -ltr}, a file
   * written in the container at /home appearing in _data. Adaptations: the note's host was Rocky
   * Linux (SELinux's "." after the mode, "ll" from its profile); on the simulated Debian host ll
   * is the interactive shell's ~/.bashrc alias. The note's off-camera stop and rm of alpine-linux1
   * before {@code volume rm vm1} (inventory seed-004 Appendix A.3) are typed. The socket is a socket
   * (ls's "s", and ll's -F "=" after its name, as GNU ls shows one).
   */
  @Test
  void seed004_hostSide_socketAndVolumeDirectories() throws IOException {
    try (Engine e = session()) {
      assertThat(ok(e, "ll /var/run/docker.sock").stdout()).matches("srw-rw---- 1 root docker 0 .* /var/run/docker.sock=\n");
      ok(e, "docker volume create vm1");
      assertThat(ok(e, "sudo ls -ltr /var/lib/docker/volumes/vm1/").stdout()).startsWith("total 4\ndrwxr-xr-x 2 root root 4096 ")
          .endsWith(" _data\n");
      ok(e, "docker container run -dit --name alpine-linux1 --mount type=volume,src=vm1,target=/home alpine");
      ok(e, "docker container exec alpine-linux1 sh -c 'cd /home && touch test.txt'");
      ok(e, "docker container stop alpine-linux1 && docker container rm alpine-linux1");
      assertThat(ok(e, "sudo ls -ltr /var/lib/docker/volumes/vm1/_data").stdout())
          .matches("total 0\n-rw-r--r-- 1 root root 0 .* test.txt\n");
      CommandResult rm = ok(e, "docker volume rm vm1");
      assertThat(rm.stdout()).isEqualTo("vm1\n");
      assertThat(e.run("ls /var/lib/docker/volumes/vm1").exitCode()).isEqualTo(2);
    }
  }

  /**
   * The host shell is one session, as the notes assume when they set a variable on one line and use
   * it on the next ({@code $INSTANCE_ID}, {@code cd} into the compose folder): exported and plain
   * variables, cd, functions and aliases carry over, a child bash sees only the exported ones.
   */
  @Test
  void theHostShellKeepsItsStateAcrossTheFlow() throws IOException {
    Files.createDirectories(dir.resolve("wp"));
    try (Engine e = session()) {
      ok(e, "cd wp");
      ok(e, "export COMPOSE_PROJECT_NAME=notes; TAG=2.4");
      ok(e, "up() { docker compose version; }; alias dps='docker ps --format {{.Names}}'");
      assertThat(ok(e, "pwd").stdout()).endsWith("/wp\n");
      assertThat(ok(e, "echo $COMPOSE_PROJECT_NAME:$TAG; bash -c 'echo [$TAG]'").stdout()).isEqualTo("notes:2.4\n[]\n");
      assertThat(ok(e, "type up dps | head -2").stdout()).isEqualTo("up is a function\ndps is aliased to `docker ps --format {{.Names}}'\n");
      assertThat(ok(e, "up").stdout()).startsWith("Docker Compose version ");
    }
  }
}
