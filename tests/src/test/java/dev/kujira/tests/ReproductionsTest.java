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
}
