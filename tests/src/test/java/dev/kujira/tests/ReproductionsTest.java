package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The inputs issue 18 found ending in "kujira: internal error", each with the answer the real
 * shell or Docker 26.1 gave (recorded on the real engine), run while another session in the same
 * JVM keeps answering.
 */
class ReproductionsTest {
  private static CommandResult run(Engine e, String line) {
    CommandResult r = e.run(line);
    assertThat(r.output()).as(line).doesNotContain("internal error").doesNotContain("Exception");
    return r;
  }

  @Test
  void eachReproductionEndsWithARealError_whileAnotherSessionAnswers() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger answers = new AtomicInteger();
    Thread other = new Thread(() -> {
      try (Engine e = Engine.create(EngineOptions.defaults())) {
        while (!stop.get()) {
          if (e.run("echo alive").stdout().equals("alive\n")) {
            answers.incrementAndGet();
          }
        }
      } catch (java.io.IOException ex) {
        throw new IllegalStateException(ex);
      }
    });
    other.start();
    Path dir = Files.createTempDirectory("repro");
    for (String[] df : new String[][] {{"d1", "ARG X\n"}, {"d2", "FROM Bx\n"}, {"d3", "FROM busybox\nSHELL sh\n"},
        {"d4", "FROM busybox\nCOPY [ \"b\"] x\n"}, {"d5", "FROM busybox\nUSER nobody $((\n"}}) {
      Files.createDirectories(dir.resolve(df[0]));
      Files.writeString(dir.resolve(df[0]).resolve("Dockerfile"), df[1]);
    }
    Files.writeString(dir.resolve("d4/b"), "b");
    try (Engine e = Engine.create(EngineOptions.defaults().withArchive(ConformanceSuiteTest.BUSYBOX).withHostDir(dir))) {
      assertThat(run(e, "echo 99999999999").stdout()).isEqualTo("99999999999\n");
      assertThat(run(e, "echo hi 99999999999>x; cat x").stdout()).isEqualTo("hi 99999999999\n");
      assertThat(run(e, "head -n abc x").output()).isEqualTo("head: invalid number 'abc'\n");
      assertThat(run(e, "tail -n -9999999999 x").output()).isEqualTo("tail: invalid number '9999999999'\n");
      assertThat(run(e, "docker 4339407855315698040").output()).startsWith("docker: '4339407855315698040' is not a docker command.");
      assertThat(run(e, "echo x | sed 's/x/\\9/'").stdout()).isEqualTo("\n");
      assertThat(run(e, "curl -s file:///nonexistent").exitCode()).isEqualTo(37);
      assertThat(run(e, "docker network create --subnet 10.256.0.0/24 n1").output()).isEqualTo(
          "Error response from daemon: invalid network config:\ninvalid subnet 10.256.0.0/24: invalid CIDR block notation\n");
      assertThat(run(e, "docker network create --gateway=v1 n2").output())
          .isEqualTo("every ip-range or gateway must have a corresponding subnet\n");
      assertThat(run(e, "docker network create --subnet 10.9.0.0/24 --gateway=v1 n3").output())
          .isEqualTo("no matching subnet for gateway v1\n");
      assertThat(run(e, "docker run --rm --user '::' busybox id").stdout())
          .isEqualTo("uid=0(root) gid=0(root) groups=0(root),10(wheel)\n");
      assertThat(run(e, "docker compose cp ? busybox").exitCode()).isNotZero();
      assertThat(run(e, "cd " + dir.toAbsolutePath() + "/d1 && docker build -q .").output()).contains("dockerfile contains no stages to build");
      assertThat(run(e, "cd " + dir.toAbsolutePath() + "/d2 && docker build -q .").output())
          .contains("failed to parse stage name \"Bx\": invalid reference format");
      assertThat(run(e, "cd " + dir.toAbsolutePath() + "/d3 && docker build -q .").output())
          .contains("dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form");
      assertThat(run(e, "cd " + dir.toAbsolutePath() + "/d4 && docker build -q .").output()).contains("COPY requires at least two arguments");
      assertThat(run(e, "cd " + dir.toAbsolutePath() + "/d5 && docker inspect -f '{{json .Config.User}}' $(docker build -q .)").stdout())
          .isEqualTo("\"nobody $((\"\n");
      // A detached container whose shell met the crash before: it runs, and stops when asked.
      run(e, "docker run -d --name up1 busybox sh -c 'echo 99999999999; sleep 1000'");
      assertThat(run(e, "docker logs up1").stdout()).isEqualTo("99999999999\n");
      run(e, "docker stop -t 1 up1");
      assertThat(run(e, "docker ps -a --format '{{.Names}} {{.State}}'").stdout()).isEqualTo("up1 exited\n");
    } finally {
      stop.set(true);
      other.join();
    }
    assertThat(answers.get()).isPositive();
  }

  /** Runs {@code body} while another session in the same JVM keeps answering; returns how often it answered. */
  private static int whileAnotherAnswers(ThrowingRunnable body) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger answers = new AtomicInteger();
    Thread other = new Thread(() -> {
      try (Engine e = Engine.create(EngineOptions.defaults())) {
        while (!stop.get()) {
          if (e.run("echo alive").stdout().equals("alive\n")) {
            answers.incrementAndGet();
          }
        }
      } catch (java.io.IOException ex) {
        throw new IllegalStateException(ex);
      }
    });
    other.start();
    try {
      body.run();
    } finally {
      stop.set(true);
      other.join();
    }
    return answers.get();
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void memoryAndCpu_endInTheSystemsErrors_whileAnotherSessionAnswers() throws Exception {
    Path dir = Files.createTempDirectory("budget");
    Files.writeString(dir.resolve("compose.yaml"), "x: &a\n  <<: *a\nservices:\n  web:\n    image: busybox\n");
    Files.createDirectories(dir.resolve("r"));
    Files.writeString(dir.resolve("r/compose.yaml"),
        "services:\n  web:\n    image: busybox\n    command: sleep 100\n    deploy:\n      replicas: {}\n");
    int answers = whileAnotherAnswers(() -> {
      try (Engine e = Engine.create(EngineOptions.defaults().withArchive(ConformanceSuiteTest.BUSYBOX)
          .withHostDir(dir, "/root/p"))) {
        e.cd("/root/p");
        // Format widths no program could allocate: the OOM killer ends the stage (reported only when last).
        assertThat(run(e, "printf '%999999999d' 1 | wc -c").output()).isEqualTo("0\n");
        assertThat(run(e, "printf '%.999999999f' 1 | wc -c").output()).isEqualTo("0\n");
        assertThat(run(e, "awk 'BEGIN{printf \"%999999999d\", 1}' | wc -c").output()).isEqualTo("0\n");
        CommandResult killed = run(e, "awk 'BEGIN{printf \"%999999999d\", 1}'");
        assertThat(killed.output()).isEqualTo("Killed\n");
        assertThat(killed.exitCode()).isEqualTo(137);
        assertThat(run(e, "printf '%-0d|%.5d|%#x|%+.2f|%5s|%-5s|%05d|%.1s\\n' 3 42 255 3.14159 ab cd -42 xyz").stdout())
            .isEqualTo("3|00042|0xff|+3.14|   ab|cd   |-0042|x\n");
        // An archive of everything is held in memory: past the line's buffers, tar runs out of it.
        assertThat(run(e, "docker run --rm busybox sh -c 'tar cf - / | wc -c; echo $?'").output()).endsWith("\n0\n0\n");
        // Runaway interpreters end at the line's CPU budget with a notice.
        for (String loop : new String[] {"awk 'BEGIN{for(;;)i++}'", "echo x | awk '{while(1) x=x x}'",
            "i=0; while true; do i=$((i+1)); done", "docker run --rm busybox sh -c 'awk \"BEGIN{for(;;)i++}\"'"}) {
          CommandResult r = run(e, loop);
          assertThat(r.exitCode()).as(loop).isEqualTo(137);
          assertThat(r.output()).as(loop).satisfiesAnyOf(
              o -> assertThat(o).contains(dev.kujira.engine.util.Budget.expiredNotice()),
              o -> assertThat(o).contains("Killed"));
        }
        // All the session's files share one bound: the disk fills, as a real one does.
        CommandResult fill = run(e, "docker run --rm busybox sh -c 'for i in 1 2 3 4 5 6; do dd if=/dev/zero of=/f$i"
            + " bs=1M count=64 2>&1 | head -1; done'");
        assertThat(fill.output()).contains("dd: error writing '/f4': No space left on device");
        // Expansions nested deeper than bash's recursion bound.
        assertThat(run(e, "echo $(( " + "$(( ".repeat(3000) + "1" + " ))".repeat(3000) + " ))").output())
            .contains("expression recursion level exceeded");
        assertThat(run(e, "echo $(( " + "(".repeat(3000) + "1" + ")".repeat(3000) + " ))").output())
            .contains("expression recursion level exceeded");
        // Compose: an anchor inside itself, a mapping where a number goes.
        assertThat(run(e, "docker compose config").output()).isEqualTo("yaml: anchor 'a' value contains itself\n");
        assertThat(run(e, "cd r && docker compose config").output())
            .isEqualTo("validating /root/p/r/compose.yaml: services.web.deploy.replicas must be a integer\n");
        run(e, "docker run -d --name s1 busybox sleep 1000");
        assertThat(run(e, "docker stats --no-trunc --no-stream --format '{{.Name}}'").stdout()).isEqualTo("s1\n");
        assertThat(run(e, "echo still here").stdout()).isEqualTo("still here\n");
      }
    });
    assertThat(answers).isPositive();
  }

  @Test
  void interruptAndClose_endARunawayAwk_whileAnotherSessionAnswers() throws Exception {
    int answers = whileAnotherAnswers(() -> {
      try (Engine e = Engine.create(EngineOptions.defaults())) {
        Thread t = after200ms(e::interrupt);
        CommandResult r = e.run("awk 'BEGIN{while(1) i++}'");
        t.join();
        assertThat(r.exitCode()).isIn(130, 137);
        assertThat(e.run("echo next").stdout()).isEqualTo("next\n");
      }
      // Closing the session (a browser tab that went away) ends a runaway program too.
      Engine closed = Engine.create(EngineOptions.defaults());
      Thread t = after200ms(closed::close);
      CommandResult r = closed.run("echo x | awk '{while(1) x=x x}'");
      t.join();
      assertThat(r.exitCode()).isNotZero();
      assertThat(r.output()).doesNotContain("internal error");
    });
    assertThat(answers).isPositive();
  }

  private static Thread after200ms(Runnable action) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
      action.run();
    });
    t.start();
    return t;
  }

  @Test
  void fileSystemOperations_endWithinTheBudget_whileAnotherSessionAnswers() throws Exception {
    // Issue 18: 10k touch in a loop took 11.5 s and mkdir -p 5,000 levels deep over 120 s, past any budget.
    int answers = whileAnotherAnswers(() -> {
      try (Engine e = Engine.create(EngineOptions.defaults())) {
        CommandResult touch = run(e, "mkdir /tmp/t && cd /tmp/t && i=0; while [ $i -lt 10000 ]; do touch f$i;"
            + " i=$((i+1)); done; ls | wc -l");
        assertThat(touch.output()).isEqualTo("10000\n");
        CommandResult deep = run(e, "cd /tmp && mkdir -p $(printf 'd/%.0s' $(seq 5000)); echo $?");
        assertThat(deep.output()).isEqualTo("0\n");
      }
    });
    assertThat(answers).isPositive();
  }

  @Test
  void sessionCaps_endInDaemonErrors_whileAnotherSessionAnswers() throws Exception {
    int answers = whileAnotherAnswers(() -> {
      try (Engine e = Engine.create(EngineOptions.defaults().withArchive(ConformanceSuiteTest.BUSYBOX))) {
        e.run("i=0; while [ $i -lt " + dev.kujira.engine.process.Limits.VOLUMES + " ]; do docker volume create v$i >/dev/null;"
            + " i=$((i+1)); done");
        assertThat(run(e, "docker volume create one-more").output()).isEqualTo("Error response from daemon: no space left on"
            + " device: this session may hold at most 500 volumes (kujira's limit); remove some with docker volume rm or"
            + " docker volume prune\n");
        assertThat(run(e, "docker volume prune -af").exitCode()).isZero();
        assertThat(run(e, "docker volume create one-more").stdout()).isEqualTo("one-more\n");
        // Images: busybox is one; each commit with its own label is another image.
        e.run("docker create --name base busybox");
        e.run("i=1; while [ $i -lt " + dev.kujira.engine.process.Limits.IMAGES + " ]; do docker commit -c \"LABEL n=$i\""
            + " base img$i >/dev/null; i=$((i+1)); done");
        assertThat(run(e, "docker images -q | wc -l").stdout().trim()).isEqualTo("500");
        CommandResult full = run(e, "docker commit base one-more");
        assertThat(full.output()).isEqualTo("Error response from daemon: no space left on device: this session may hold at"
            + " most 500 images (kujira's limit); remove some with docker rmi or docker image prune\n");
        assertThat(run(e, "docker tag img1 again:1").exitCode()).as("a tag is no new image").isZero();
        assertThat(run(e, "docker rmi img1 again:1").exitCode()).isZero();
        assertThat(run(e, "docker commit base one-more").exitCode()).isZero();
        // Containers (10,000 detached ones all started) and networks (each with a subnet of its own).
        run(e, "docker rm base");
        e.run("i=0; while [ $i -lt " + dev.kujira.engine.process.Limits.CONTAINERS + " ]; do docker run -d busybox"
            + " sleep 1000 >/dev/null; i=$((i+1)); done");
        CommandResult container = run(e, "docker run -d busybox sleep 1000");
        assertThat(container.output()).startsWith("docker: Error response from daemon: no space left on device: this"
            + " session may hold at most 500 containers (kujira's limit); remove some with docker rm or docker"
            + " container prune");
        assertThat(container.exitCode()).isEqualTo(125);
        assertThat(run(e, "docker rm -f $(docker ps -aq) | wc -l").stdout().trim()).isEqualTo("500");
        e.run("i=0; while docker network create --subnet 10.$i.0.0/16 n$i >/dev/null; do i=$((i+1)); done");
        assertThat(run(e, "docker network ls -q | wc -l").stdout().trim())
            .isEqualTo(String.valueOf(dev.kujira.engine.process.Limits.NETWORKS));
        assertThat(run(e, "docker network create one-more").output()).isEqualTo("Error response from daemon: no space"
            + " left on device: this session may hold at most 100 networks (kujira's limit); remove some with docker"
            + " network rm or docker network prune\n");
      }
    });
    assertThat(answers).isPositive();
  }
}
