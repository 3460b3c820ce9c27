package dev.kujira.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.Test;

/**
 * A program past its memory is killed as Linux's OOM killer kills it ("Killed", 137, OOMKilled),
 * a fork past the pids limit fails as busybox ash reports it, and a writer into a pipe whose
 * reader has gone dies of SIGPIPE without a word. Each expectation was recorded on Docker 26.1.5
 * (busybox 1.35) with the same command lines.
 */
class KillsAndForksTest extends SessionStillAnswers {
  private static final String BIG_VALUE = "x=$(head -c 20000000 /dev/zero | tr \"\\0\" a); echo done";

  @Test
  void mainProcessPastMemoryLimit_exits137_oomKilled() {
    CommandResult r = engine.run("docker run --name oomt -m 6m busybox sh -c '" + BIG_VALUE + "'");
    assertThat(r.exitCode()).isEqualTo(137);
    assertThat(r.output()).isEmpty();
    assertThat(engine.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}' oomt").stdout())
        .isEqualTo("exited 137 true\n");
  }

  @Test
  void childPastMemoryLimit_isReportedKilled_andTheShellGoesOn() {
    CommandResult r = engine.run("docker run --rm -m 6m busybox sh -c 'sh -c \"x=\\$(head -c 20000000 /dev/zero"
        + " | tr a b); echo done\"; echo st=$?; echo after'");
    assertThat(r.output()).isEqualTo("Killed\nst=137\nafter\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void execPastMemoryLimit_exits137_containerRunsOn_oomKilled() {
    engine.run("docker run -d --name oome -m 6m busybox sleep 100");
    CommandResult r = engine.run("docker exec oome sh -c '" + BIG_VALUE + "'");
    assertThat(r.exitCode()).isEqualTo(137);
    assertThat(engine.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}' oome").stdout())
        .isEqualTo("running 0 true\n");
  }

  @Test
  void streamingPastMemoryLimit_isFine() {
    // Data that only passes through a pipe is no program's memory.
    assertThat(engine.run("docker run --rm -m 6m busybox sh -c 'head -c 20000000 /dev/zero | tr \"\\0\" a > /dev/null;"
        + " echo st=$?'").output()).isEqualTo("st=0\n");
  }

  @Test
  void hostProgramPastTheSessionsMemory_isKilled_andTheSessionGoesOn() {
    CommandResult r = engine.run("awk 'BEGIN{printf \"%999999999d\", 1}'; echo after");
    assertThat(r.output()).isEqualTo("Killed\nafter\n");
    CommandResult builtin = engine.run("printf '%999999999d' 1");
    assertThat(builtin.output()).isEqualTo("Killed\n");
    assertThat(builtin.exitCode()).isEqualTo(137);
  }

  @Test
  void forkPastPidsLimit_failsAndEndsTheShell() {
    CommandResult r = engine.run("docker run --rm --pids-limit 4 busybox sh -c 'for i in 1 2 3 4 5 6; do sleep 2 & done;"
        + " echo st=$?; wait; echo done'");
    assertThat(r.output()).isEqualTo("sh: can't fork: Resource temporarily unavailable\n");
    assertThat(r.exitCode()).isEqualTo(2);
    CommandResult pipe = engine.run("docker run --rm --pids-limit 3 busybox sh -c 'sleep 2 & sleep 2 & ls / | wc -l;"
        + " echo st=$?; wait'");
    assertThat(pipe.output()).isEqualTo("sh: can't fork: Resource temporarily unavailable\n");
    assertThat(pipe.exitCode()).isEqualTo(2);
  }

  @Test
  void sessionCapOnRunningProcesses_failsTheForkPastIt() {
    // Ten containers of 100 processes each: with the host's own, the session's 1,000th fork fails.
    for (int c = 0; c < 10; c++) {
      engine.run("docker run -d --name p" + c + " busybox sh -c 'for i in $(seq 99); do sleep 1000 & done; wait'");
    }
    assertThat(engine.run("docker logs p9").output()).isEqualTo("sh: can't fork: Resource temporarily unavailable\n");
    assertThat(engine.run("docker inspect -f '{{.State.ExitCode}}' p9").stdout()).isEqualTo("2\n");
    CommandResult r = engine.run("docker run --rm busybox sh -c 'sleep 1 & echo forked'");
    assertThat(r.output()).isEqualTo("forked\n");
    engine.run("docker rm -f p0 p1 p2 p3 p4 p5 p6 p7 p8 p9");
  }

  @Test
  void writerIntoAPipeWhoseReaderIsDone_diesQuietly() {
    assertThat(engine.run("seq 999999999 | head -3").output()).isEqualTo("1\n2\n3\n");
    assertThat(engine.run("seq 999999999 | head -c 6").output()).isEqualTo("1\n2\n3\n");
    assertThat(engine.run("docker run --rm busybox sh -c 'seq 999999999 | head -n 2; yes | head -1'").output())
        .isEqualTo("1\n2\ny\n");
    assertThat(engine.run("seq 100000 | head -n 100000 | tail -1").output()).isEqualTo("100000\n");
  }
}
