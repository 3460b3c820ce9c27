package dev.kujira.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code kujira --mirror} against the real Docker engine of {@code
 * ../shared/conformance/real-docker.sh} (which CI starts, setting KUJIRA_REAL_DOCKER=1): each
 * docker command runs on both, both outputs are printed under their own headings, and the
 * normalised transcripts agree; a {@code --privileged} run is refused on the real side without a
 * confirmation. With KUJIRA_REAL_DOCKER=1 an unreachable engine fails the test; without it the
 * test is skipped. The engine is shared, so the run holds {@code /tmp/real-docker.lock} and
 * leaves the engine as it found it ({@code real-docker.sh reset}).
 */
class MirrorRealDockerTest {
  private static final Path REAL_DOCKER = Path.of("../conformance/real-docker.sh");
  private static final List<String> COMMANDS = List.of(
      "docker run --rm busybox echo hello from both",
      "docker volume create mirrorvol",
      "docker volume ls",
      "docker run --rm -v mirrorvol:/data busybox sh -c 'echo kept > /data/f; cat /data/f; exit 3'",
      "docker run --privileged --rm busybox true",
      "docker inspect --format '{{.Config.Cmd}} {{.RootFS.Type}}' busybox",
      "docker volume rm mirrorvol",
      "docker ps -a",
      "echo a host command, not mirrored");

  @Test
  void eachDockerCommand_runsOnBothSides_andTheyAgree(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue("1".equals(System.getenv("KUJIRA_REAL_DOCKER")),
        "KUJIRA_REAL_DOCKER is not 1: no real engine to mirror");
    Path commands = dir.resolve("commands.txt");
    Files.write(commands, COMMANDS, UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script = String.join("\n",
        "eval \"$('" + REAL_DOCKER.toAbsolutePath() + "' env)\"",
        "'" + REAL_DOCKER.toAbsolutePath() + "' reset >/dev/null 2>&1",
        "'" + java + "' -cp \"$KUJIRA_CP\" dev.kujira.cli.Main --mirror --no-history --load '"
            + ConformanceSuiteTest.BUSYBOX.toAbsolutePath() + "' < '" + commands + "'",
        "status=$?",
        "'" + REAL_DOCKER.toAbsolutePath() + "' reset >/dev/null 2>&1",
        "exit $status");
    ProcessBuilder pb = new ProcessBuilder("flock", "/tmp/real-docker.lock", "bash", "-c", script)
        .redirectErrorStream(true).directory(dir.toFile());
    pb.environment().put("KUJIRA_CP", System.getProperty("java.class.path"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(out).as(out).containsPattern("mirror: on, against Docker 26\\.");
    // Seven commands mirrored, each agreeing; the privileged one refused; the host command left alone.
    assertThat(TmuxScreen.count(out, "=== mirror: same output and exit status after normalisation")).as(out)
        .isEqualTo(7);
    assertThat(out).doesNotContain("they differ");
    assertThat(out).contains("=== kujira (simulated), exit 0\nhello from both\n"
        + "=== real docker at unix://");
    assertThat(out).contains("=== kujira (simulated), exit 3\nkept\n=== real docker at ");
    assertThat(out).contains("=== real docker: not run (refused: --privileged gives the container power over the real machine)");
    assertThat(out).contains("\na host command, not mirrored\n");
    assertThat(TmuxScreen.count(out, "=== kujira (simulated)")).isEqualTo(8);
    // The last command decides the exit status, as in a pipe.
    assertThat(p.exitValue()).isZero();
  }
}
