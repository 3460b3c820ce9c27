package dev.kujira.engine.process.busybox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code timeout} inside containers: busybox's applet (recorded on Docker 26.1.5 with busybox 1.35,
 * conformance b60: PROG keeps timeout's pid, so a timed-out PROG dies of the signal, 143/137, and
 * as PID 1 ignores it) and the GNU coreutils one of the Debian and Ubuntu images (124, as the host's).
 * Times are the simulated clock's whole seconds.
 */
class ContainerTimeoutTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
    for (String image : new String[] {"busybox", "alpine", "debian", "ubuntu"}) {
      assertThat(engine.run("docker pull -q " + image).exitCode()).isZero();
    }
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private String run(String line) {
    CommandResult r = engine.run(line);
    return r.output() + "[exit " + r.exitCode() + "]";
  }

  /** Runs {@code script} in a busybox container under ash, printing "t=SECONDS" after it. */
  private String timed(String image, String script) {
    return run("docker run --rm " + image + " sh -c 'exec 2>&1; s=$(date +%s); " + script
        + "; echo t=$(( $(date +%s) - s ))'");
  }

  @Test
  void busybox_theProgramDiesOfTheSignalWithTimeoutsPid() {
    assertThat(timed("busybox", "timeout 1 sleep 5; echo status $?")).isEqualTo("Terminated\nstatus 143\nt=1\n[exit 0]");
    assertThat(timed("busybox", "timeout -s KILL 2 sleep 5; echo status $?")).isEqualTo("Killed\nstatus 137\nt=2\n[exit 0]");
    assertThat(timed("busybox", "timeout -s INT 1 sleep 5; echo status $?")).isEqualTo("status 130\nt=1\n[exit 0]");
    // The watcher wakes once a second: 1.5 s is 2, and 0 is 1.
    assertThat(timed("busybox", "timeout 1.5 sleep 5; echo status $?")).isEqualTo("Terminated\nstatus 143\nt=2\n[exit 0]");
    assertThat(timed("busybox", "timeout 0 sleep 5; echo status $?")).isEqualTo("Terminated\nstatus 143\nt=1\n[exit 0]");
    assertThat(timed("busybox", "timeout 5 sh -c \"exit 3\"; echo status $?")).isEqualTo("status 3\nt=0\n[exit 0]");
  }

  @Test
  void busybox_handlersAndPidOneKeepTheProgramRunning() {
    assertThat(timed("busybox", "timeout 1 sh -c \"trap \\\"\\\" TERM; sleep 3; echo survived\"; echo status $?"))
        .isEqualTo("survived\nstatus 0\nt=3\n[exit 0]");
    assertThat(timed("busybox", "timeout -k 1 1 sh -c \"trap \\\"\\\" TERM; sleep 5; echo survived\"; echo status $?"))
        .isEqualTo("Killed\nstatus 137\nt=2\n[exit 0]");
    assertThat(timed("busybox", "timeout 1 sh -c \"trap \\\"echo caught; exit 4\\\" TERM; sleep 3\"; echo status $?"))
        .isEqualTo("caught\nstatus 4\nt=3\n[exit 0]");
    // As PID 1 the program ignores the TERM and even the KILL of its own watcher.
    assertThat(run("s=$(date +%s); docker run --rm busybox timeout -k 1 1 sleep 4; echo \"rc=$? t=$(( $(date +%s) - s ))\""))
        .isEqualTo("rc=0 t=4\n[exit 0]");
  }

  @Test
  void busybox_errorsAndUsage() {
    assertThat(run("docker run --rm busybox timeout 1 nope"))
        .isEqualTo("timeout: can't execute 'nope': No such file or directory\n[exit 127]");
    assertThat(run("docker run --rm busybox timeout x sleep 1")).isEqualTo("timeout: invalid number 'x'\n[exit 1]");
    assertThat(run("docker run --rm busybox timeout -s FOO 1 sleep 1")).isEqualTo("timeout: unknown signal 'FOO'\n[exit 1]");
    assertThat(run("docker run --rm busybox timeout 1")).isEqualTo("BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\n" + Texts.busybox("timeout") + "[exit 1]");
    assertThat(run("docker run --rm alpine timeout 5 echo hi")).isEqualTo("hi\n[exit 0]");
  }

  @Test
  void debianAndUbuntu_haveCoreutilsTimeoutWith124() {
    assertThat(timed("debian", "timeout 1 sleep 5; echo status $?")).isEqualTo("status 124\nt=1\n[exit 0]");
    assertThat(timed("ubuntu", "timeout 2.5 sleep 5; echo status $?")).isEqualTo("status 124\nt=2\n[exit 0]");
    assertThat(timed("debian", "timeout -s KILL 1 sleep 5; echo status $?")).isEqualTo("Killed\nstatus 137\nt=1\n[exit 0]");
    assertThat(timed("debian", "timeout --preserve-status 1 sleep 5; echo status $?")).isEqualTo("status 143\nt=1\n[exit 0]");
    assertThat(timed("debian", "timeout 1 sh -c \"trap \\\"echo got; exit 3\\\" TERM; sleep 3\"; echo status $?"))
        .isEqualTo("got\nstatus 124\nt=3\n[exit 0]");
    assertThat(run("docker run --rm debian timeout 1 nope"))
        .isEqualTo("timeout: failed to run command 'nope': No such file or directory\n[exit 127]");
    assertThat(run("docker run --rm debian timeout --version")).startsWith("timeout (GNU coreutils) 9.1\n");
  }
}
