package dev.kujira.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Waiting costs nothing: a detached process that waits (a sleep, a shell loop around sleep, a
 * server waiting for a request or a signal) holds no thread and uses no CPU, so the JVM's thread
 * count does not follow the number of running containers. Behaviour, not timing: thread counts
 * and CPU time spent while nothing happens.
 */
class WaitsCostNothingTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private String run(String line) {
    CommandResult r = engine.run(line);
    assertThat(r.exitCode()).as(line + "\n" + r.output()).isZero();
    return r.stdout();
  }

  @Test
  void everyKindOfDetachedWait_holdsNoThread() {
    String[] waits = {
        "docker run -d busybox sleep 1000",
        "docker run -d busybox sh -c 'while true; do sleep 1; done'",
        "docker run -d --name ticker busybox sh -c 'until false; do if true; then sleep 2 && echo tick; fi; done'",
        "docker run -d busybox sh -c 'echo start; { sleep 5; echo a; }; sleep 1000'",
        "docker run -d busybox httpd -f -p 8080",
        "docker run -d nginx",
        "docker run -d httpd",
        "docker run -d redis",
        "docker run -d -e POSTGRES_PASSWORD=pw postgres",
        "docker run -d -e MYSQL_ROOT_PASSWORD=pw mysql",
        "docker run -d registry:2",
        "docker run -d busybox sh -c 'sleep 1000 & wait'",
        "docker run -d --name trapper busybox sh -c 'trap \"echo bye; exit 3\" TERM; sleep 1000 & wait $!'",
        "docker run -d busybox tail -f /dev/null",
        "docker run -d --name follow busybox sh -c 'touch /l; tail -f /l & while true; do echo x >> /l; sleep 1; done'",
        "docker run -d --name jobs busybox sh -c 'while true; do sleep 2 & wait; echo job; done'",
    };
    for (String w : waits) {
      run(w);
    }
    run("sleep 30");
    assertThat(Scheduler.heldThreads()).as("pooled threads held by waiting processes:\n%s", held()).isZero();
    assertThat(run("docker ps -q").lines().count()).isEqualTo(waits.length);
    // The loops went round while the host slept, and their output is there.
    assertThat(run("docker logs ticker")).startsWith("tick\ntick\n");
    // Stopping wakes each waiting process with its signal, and it ends as it would have on a thread.
    assertThat(run("docker stop -t 1 ticker")).isEqualTo("ticker\n");
    assertThat(run("docker inspect -f '{{.State.ExitCode}}' ticker")).isEqualTo("137\n");
    assertThat(run("docker logs jobs")).startsWith("job\njob\njob\n");
    assertThat(run("docker logs follow")).startsWith("x\nx\nx\n");
    // A trapped signal interrupts wait, and the trap ends the shell, without a thread on either side.
    run("docker stop trapper");
    assertThat(run("docker inspect -f '{{.State.ExitCode}}' trapper")).isEqualTo("3\n");
    assertThat(run("docker logs trapper")).isEqualTo("bye\n");
    // A kill ends a process waiting without a thread as it ended one waiting on a thread.
    for (String w : List.of("sleep 600 & wait", "sleep 600 & wait $!", "while true; do sleep 1; done", "tail -f /dev/null")) {
      String id = run("docker run -d busybox sh -c '" + w + "'").strip();
      run("docker kill " + id);
      assertThat(run("docker inspect -f '{{.State.ExitCode}}' " + id)).as(w).isEqualTo("137\n");
    }
  }

  @Test
  void manyWaitingContainers_doNotGrowTheThreadCount() {
    int before = THREADS.getThreadCount();
    for (int i = 0; i < 200; i++) {
      run("docker run -d busybox sh -c 'while true; do sleep 1; done'");
      run("docker run -d busybox httpd -f");
    }
    run("sleep 10");
    assertThat(run("docker ps -q").lines().count()).isEqualTo(400);
    assertThat(Scheduler.heldThreads()).isZero();
    // Idle pooled threads may linger a few seconds; they are a handful whatever the number of containers.
    assertThat(THREADS.getThreadCount() - before).isLessThan(16);
  }

  @Test
  void waitingUsesNoCpu() throws Exception {
    for (int i = 0; i < 50; i++) {
      run("docker run -d busybox sh -c 'while true; do sleep 1; done'");
      run("docker run -d nginx");
    }
    long cpu = totalCpu();
    Thread.sleep(1000);
    long idle = totalCpu() - cpu;
    // Nothing happens while no command runs: no thread spins or polls.
    assertThat(idle).as("CPU ns used by the JVM's threads in an idle second").isLessThan(100_000_000L);
    // A server waiting through an hour of virtual time costs no work at all: no event, no step.
    Engine quiet = Engine.create(EngineOptions.defaults());
    try {
      quiet.run("docker run -d nginx");
      long t0 = THREADS.getCurrentThreadCpuTime();
      quiet.run("sleep 3600");
      assertThat(THREADS.getCurrentThreadCpuTime() - t0).isLessThan(200_000_000L);
    } finally {
      quiet.close();
    }
  }

  @Test
  void interactiveShellAtItsPrompt_holdsNoThread() {
    engine.setTerminal(true);
    run("docker run -dit --name box busybox sh");
    run("docker run -dit --name box2 busybox sh -c 'read line; echo got $line'");
    run("sleep 5");
    assertThat(Scheduler.heldThreads()).as("pooled threads held by waiting processes:\n%s", held()).isZero();
    // exec and stop still reach it.
    assertThat(run("docker exec box echo hi")).isEqualTo("hi\n");
    run("docker stop box");
    assertThat(run("docker inspect -f '{{.State.ExitCode}}' box")).isEqualTo("137\n");
  }

  @Test
  void foregroundServer_blocksWithoutCpuUntilCtrlC() throws Exception {
    run("docker pull nginx");
    java.util.concurrent.atomic.AtomicInteger code = new java.util.concurrent.atomic.AtomicInteger(-1);
    Thread client = new Thread(() -> code.set(engine.run("docker run --rm nginx").exitCode()), "client");
    client.start();
    int quiet = 0;
    for (int i = 0; i < 2000 && quiet < 5; i++) {
      Thread.sleep(10);
      quiet = client.getState() == Thread.State.WAITING ? quiet + 1 : 0;
    }
    long cpu = THREADS.getThreadCpuTime(client.getId());
    Thread.sleep(500);
    // Like nginx in accept(2): the foreground server uses no CPU while nothing happens.
    assertThat(THREADS.getThreadCpuTime(client.getId()) - cpu).isLessThan(50_000_000L);
    assertThat(code.get()).isEqualTo(-1);
    engine.interrupt();
    client.join(30_000);
    assertThat(code.get()).isEqualTo(130);
  }

  /** Returns the stacks of the threads that wait in the scheduler, for a failure message. */
  private static String held() {
    StringBuilder sb = new StringBuilder();
    Thread.getAllStackTraces().forEach((t, st) -> {
      if (java.util.Arrays.stream(st).anyMatch(f -> f.getMethodName().equals("sleep")
          && f.getClassName().endsWith("Scheduler"))) {
        java.util.Arrays.stream(st).limit(30).forEach(f -> sb.append("  ").append(f).append('\n'));
        sb.append('\n');
      }
    });
    return sb.toString();
  }

  private static long totalCpu() {
    long sum = 0;
    for (long id : THREADS.getAllThreadIds()) {
      long t = THREADS.getThreadCpuTime(id);
      sum += Math.max(0, t);
    }
    return sum;
  }
}
