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
 * Seed 003 (the blog post "docker: Dockerの使い方", inventory seed-001-003.md part B) typed into
 * one session, in the note's order. The recording engine has no ubuntu image, so each step checks
 * the facts the inventory lists (formats, errors, ids, users) rather than a transcript.
 * Adaptations: {@code docker prune prune} and argument-less {@code docker history} are the note's
 * mistakes and are kept to check Docker's errors; {@code docker history} is then given the image.
 */
class Seed003FlowTest {
  @TempDir
  Path dir;

  @Test
  void seed003_fromPullToCommitAndRunningAsYourself() throws IOException {
    Files.writeString(dir.resolve("hello.txt"), "Hello World!\n");
    Files.writeString(dir.resolve("Dockerfile"), "FROM ubuntu:latest\nCOPY hello.txt /home/hello.txt\n"
        + "CMD [\"cat\", \"/home/hello.txt\"]\n");
    try (Engine e = Engine.create(EngineOptions.defaults().withHostDir(dir))) {
      // L37-59: pull (the tag defaults to latest), then run with the exact argument echoed.
      assertThat(e.run("docker pull ubuntu").stdout()).startsWith("Using default tag: latest\n");
      assertThat(e.run("docker run ubuntu echo \"Hello World!\"").stdout()).isEqualTo("Hello World!\n");
      // L92-96: COMMAND double-quoted, an argument with a space single-quoted inside it.
      CommandResult ps = e.run("docker ps -a");
      assertThat(ps.stdout()).startsWith("CONTAINER ID   IMAGE     COMMAND                 CREATED")
          .contains("\"echo 'Hello World!'\"").contains("Exited (0)");
      assertThat(e.run("docker container ps -a").stdout()).isEqualTo(ps.stdout());
      // L107-110: the images table, and the repository filter.
      assertThat(e.run("docker images ubuntu").stdout()).startsWith("REPOSITORY   TAG       IMAGE ID       CREATED")
          .contains("ubuntu       latest");
      // L163-191: build -t hello (tag latest), run its CMD, override it: the default user is root.
      assertThat(e.run("docker build -q -t hello .").exitCode()).isZero();
      assertThat(e.run("docker images hello --format '{{.Repository}}:{{.Tag}}'").stdout()).isEqualTo("hello:latest\n");
      assertThat(e.run("docker run hello").stdout()).isEqualTo("Hello World!\n");
      assertThat(e.run("docker run hello whoami").stdout()).isEqualTo("root\n");
      // L300-320: commit a stopped container; the full sha256 id, the short one in the list, newest first.
      String last = e.run("docker ps -lq").stdout().strip();
      String full = e.run("docker commit " + last + " helloworld:update").stdout().strip();
      assertThat(full).matches("sha256:[0-9a-f]{64}");
      assertThat(e.run("docker images").stdout().split("\n")[1])
          .startsWith("helloworld   update    " + full.substring(7, 19));
      // L325-336: a name under the user's account (the note's tag step is not shown: docker tag).
      assertThat(e.run("docker tag helloworld:update sakakibarayuuki/hello:update").exitCode()).isZero();
      // L340-342: history needs its image (the note's bare command is an error).
      CommandResult bare = e.run("docker history");
      assertThat(bare.exitCode()).isEqualTo(1);
      assertThat(bare.stderr()).startsWith("\"docker history\" requires exactly 1 argument.\n");
      assertThat(e.run("docker history hello").stdout()).contains("COPY hello.txt /home/hello.txt # buildkit");
      // L136-145: the note's "docker prune prune" is not a command; rmi of an image in use fails.
      assertThat(e.run("docker prune prune").stderr()).startsWith("docker: 'prune' is not a docker command.\n");
      CommandResult rmi = e.run("docker rmi ubuntu:latest");
      assertThat(rmi.exitCode()).isEqualTo(1);
      assertThat(rmi.stderr()).contains("must force").contains("is using its referenced image");
      assertThat(e.run("docker system prune -f").stdout()).startsWith("Deleted Containers:\n");
      // L222-247: restart, pause shows (Paused), a running container cannot be removed without -f.
      e.run("docker run -d --name dev ubuntu sleep 1000");
      assertThat(e.run("docker restart dev").stdout()).isEqualTo("dev\n");
      e.run("docker pause dev");
      assertThat(e.run("docker ps --format '{{.Status}}'").stdout()).contains("(Paused)");
      e.run("docker unpause dev");
      assertThat(e.run("docker rm dev").stderr()).contains("container is running: stop the container before removing");
      assertThat(e.run("docker rm -f dev").stdout()).isEqualTo("dev\n");
      // L389-420: built without -t it is <none>; run by id as the host's user with . bind-mounted.
      e.run("printf 'FROM ubuntu:latest\\n\\nRUN mkdir created_in_Dockerfile\\n' > Dockerfile");
      String id = e.run("docker build -q .").stdout().strip();
      assertThat(e.run("docker images --filter dangling=true --format '{{.Repository}} {{.Tag}}'").stdout())
          .isEqualTo("<none> <none>\n");
      CommandResult mine = e.run("docker run --rm -u $(id -u):$(id -g) -v .:/created_in_run " + id.substring(7, 19)
          + " sh -c 'id -u; ls -ld /created_in_Dockerfile /created_in_run; test -f /.dockerenv && echo dockerenv'");
      assertThat(mine.exitCode()).as(mine.output()).isZero();
      assertThat(mine.stdout()).startsWith("0\n").contains("dockerenv")
          .containsPattern("drwxr-xr-x \\d+ root root +\\d+ .* /created_in_Dockerfile\n");
    }
  }
}
