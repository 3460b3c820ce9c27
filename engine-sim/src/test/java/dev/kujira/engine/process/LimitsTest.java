package dev.kujira.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.Test;

/**
 * Whatever a learner types ends: endless output, endless devices, busy loops, fork bombs, huge
 * files and growing strings each stop with a clear message, and the session still works after.
 */
class LimitsTest extends SessionStillAnswers {

  @Test
  void yes_intoHead_printsOnlyWhatHeadTakes() {
    assertThat(engine.run("docker run --rm busybox sh -c 'yes | head -3'").stdout()).isEqualTo("y\ny\ny\n");
  }

  @Test
  void endlessDevice_isReadUpToItsBound() {
    CommandResult r = engine.run("docker run --rm busybox sh -c 'cat /dev/zero | wc -c; head -c 7 /dev/urandom | wc -c'");
    assertThat(r.stdout()).isEqualTo(Devices() + "\n7\n");
  }

  private static int Devices() {
    return dev.kujira.engine.fs.Devices.ENDLESS;
  }

  @Test
  void busyLoop_inTheForeground_isKilledWithANotice() {
    CommandResult r = engine.run("docker run --name spin busybox sh -c 'while true; do :; done'");
    assertThat(r.exitCode()).isEqualTo(137);
    assertThat(r.stderr()).contains(dev.kujira.engine.util.Budget.expiredNotice());
    assertThat(engine.run("docker inspect -f '{{.State.ExitCode}}' spin").stdout()).isEqualTo("137\n");
  }

  @Test
  void busyLoop_detached_keepsRunningUntilStopped() {
    engine.run("docker run -d --name spin busybox sh -c 'while :; do :; done'");
    engine.run("sleep 5");
    assertThat(engine.run("docker ps --format '{{.Names}} {{.State}}'").stdout()).isEqualTo("spin running\n");
    engine.run("docker stop -t 1 spin");
    assertThat(engine.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' spin").stdout())
        .isEqualTo("exited 137\n");
  }

  @Test
  void forkBomb_stopsAtTheJobLimit_andItsContainerEnds() {
    CommandResult r = engine.run("docker run --rm busybox sh -c 'f() { f | f & }; f'");
    // PID 1 returns at once (f runs in the background), so the container exits 0 as the real one would.
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).contains("more than " + Limits.JOBS + " background processes at once");
  }

  @Test
  void endlessRecursion_stopsAtTheCallDepth() {
    CommandResult r = engine.run("docker run --rm busybox sh -c 'g() { g; }; g'");
    assertThat(r.exitCode()).isEqualTo(137);
    assertThat(r.stderr()).contains("called itself " + Limits.CALL_DEPTH + " levels deep");
  }

  @Test
  void scriptRunningItself_failsToFork() {
    engine.run("echo 'sh /s.sh' > s.sh");
    CommandResult r = engine.run("docker run --rm -v $(pwd)/s.sh:/s.sh busybox sh /s.sh");
    assertThat(r.stderr()).contains("can't fork: Resource temporarily unavailable");
  }

  @Test
  void hugeDd_failsWithNoSpace() {
    CommandResult r = engine.run("docker run --rm busybox dd if=/dev/zero of=/big bs=1M count=10000");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).isEqualTo("dd: error writing '/big': No space left on device\n");
  }

  @Test
  void growingString_isKilledByTheOomKiller() {
    // The container's main process: no shell above it reports "Killed"; docker run exits 137.
    CommandResult r = engine.run("docker run --rm busybox sh -c 'x=a; while true; do x=$x$x; done'");
    assertThat(r.exitCode()).isEqualTo(137);
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void endlessRedirect_intoAFile_stopsAtTheFileBound() {
    CommandResult r = engine.run(
        "docker run --rm busybox sh -c 'for i in $(seq 70); do cat /dev/zero; done > /f; ls -l /f | awk \"{print \\$5}\"'");
    assertThat(r.stderr()).contains("cat: write error: No space left on device\n");
    assertThat(r.stdout()).isEqualTo((64 << 20) + "\n");
  }
}
