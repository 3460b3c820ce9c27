package dev.kujira.tests.bench;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Many sessions in one JVM, a load run (not a test; {@code tests/load.sh} runs it by hand).
 *
 * <p>{@code idle N}: N sessions, each with three running containers (a shell loop around sleep,
 * an httpd, a postgres); prints the JVM's live threads, the heap after GC, and the process CPU
 * used while the sessions sit idle and while their clocks move a minute (the loops go round).
 *
 * <p>{@code one N}: one session with N detached shell loops and N {@code httpd -f} (issue 17's
 * measurement).
 *
 * <p>{@code flow N}: N sessions that each run a typical learner flow of about fifty commands and
 * leave three containers running; prints the heap per session, the live threads and the p50/p99
 * time per command.
 */
public final class LoadRun {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The learner flow: about fifty command lines, three containers left running. */
  static final List<String> FLOW = List.of(
      "docker version --format '{{.Server.Version}}'",
      "docker images",
      "docker pull busybox",
      "docker images",
      "docker run --rm busybox echo hello",
      "docker run --rm busybox uname -a",
      "docker run --rm busybox sh -c 'ls / | wc -l'",
      "docker run --name first busybox echo first",
      "docker ps -a",
      "docker rm first",
      "docker run -d --name loop busybox sh -c 'while true; do date; sleep 5; done'",
      "docker ps",
      "docker logs loop",
      "docker run -d --name web -p 8080:80 httpd",
      "docker ps --format '{{.Names}} {{.Status}}'",
      "curl -s localhost:8080",
      "docker exec web ls /usr/local/apache2/htdocs",
      "docker exec web sh -c 'echo hi > /usr/local/apache2/htdocs/hi.html'",
      "curl -s localhost:8080/hi.html",
      "docker logs web",
      "docker run -d --name db -e POSTGRES_PASSWORD=pw postgres",
      "docker logs db",
      "docker inspect -f '{{.State.Status}}' db",
      "docker top loop",
      "docker network ls",
      "docker network create appnet",
      "docker network connect appnet web",
      "docker network connect appnet db",
      "docker run --rm --network appnet busybox ping -c 1 db",
      "docker volume create data",
      "docker run --rm -v data:/data busybox sh -c 'echo saved > /data/f'",
      "docker run --rm -v data:/data busybox cat /data/f",
      "docker volume ls",
      "printf 'FROM busybox\\nRUN echo built > /x\\nCMD cat /x\\n' > Dockerfile",
      "docker build -t myimg .",
      "docker run --rm myimg",
      "docker history myimg",
      "docker tag myimg myimg:v1",
      "docker images myimg",
      "docker rmi myimg:v1",
      "docker run -d --name tmp busybox sleep 300",
      "docker stop -t 1 tmp",
      "docker start tmp",
      "docker kill tmp",
      "docker rm tmp",
      "docker inspect -f '{{.NetworkSettings.Networks.appnet.IPAddress}}' web",
      "docker exec loop ps",
      "docker stats --no-stream --format '{{.Name}}'",
      "docker system df",
      "docker ps -q");

  private LoadRun() {
  }

  /** Runs {@code idle N} or {@code flow N}. */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "idle";
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    if (mode.equals("flow")) {
      flow(n);
    } else if (mode.equals("one")) {
      one(n);
    } else {
      idle(n);
    }
  }

  private static void idle(int n) throws IOException, InterruptedException {
    long baseHeap = heapAfterGc();
    int baseThreads = THREADS.getThreadCount();
    List<Engine> sessions = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Engine e = Engine.create(EngineOptions.defaults());
      must(e, "docker run -d busybox sh -c 'while true; do sleep 1; done'");
      must(e, "docker run -d httpd");
      must(e, "docker run -d -e POSTGRES_PASSWORD=pw postgres");
      sessions.add(e);
    }
    System.out.printf("idle: %d sessions x 3 running containers started in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    long heap = heapAfterGc();
    System.out.printf("  live threads: %d (before: %d; peak %d)%n", THREADS.getThreadCount(), baseThreads,
        THREADS.getPeakThreadCount());
    System.out.printf("  heap after GC: %.1f MB (%.1f KB per session)%n", (heap - baseHeap) / 1048576.0,
        (heap - baseHeap) / 1024.0 / n);
    long cpu = processCpu();
    Thread.sleep(10_000);
    System.out.printf("  process CPU while idle for 10 s: %.1f ms%n", (processCpu() - cpu) / 1e6);
    Thread.sleep(12_000);
    System.out.printf("  live threads after 22 s idle: %d%n", THREADS.getThreadCount());
    cpu = processCpu();
    long a0 = System.nanoTime();
    for (Engine e : sessions) {
      e.advance(60_000);
    }
    System.out.printf("  one virtual minute in every session (60 loop iterations each): %.1f s wall, %.1f s CPU;"
        + " live threads %d%n", (System.nanoTime() - a0) / 1e9, (processCpu() - cpu) / 1e9, THREADS.getThreadCount());
    must(sessions.get(n - 1), "docker ps -q");
    sessions.forEach(Engine::close);
  }

  /** Issue 17's measurement: one session with N shell loops and N busybox httpd -f, detached. */
  private static void one(int n) throws IOException, InterruptedException {
    int baseThreads = THREADS.getThreadCount();
    long baseHeap = heapAfterGc();
    Engine e = Engine.create(EngineOptions.defaults());
    for (int i = 0; i < n; i++) {
      must(e, "docker run -d busybox sh -c 'while true; do sleep 1; done'");
      must(e, "docker run -d busybox httpd -f");
    }
    e.advance(10_000);
    System.out.printf("one session, %d running containers: live threads %d (before: %d), heap after GC %.1f MB%n",
        2 * n, THREADS.getThreadCount(), baseThreads, (heapAfterGc() - baseHeap) / 1048576.0);
    long cpu = processCpu();
    Thread.sleep(10_000);
    System.out.printf("  process CPU while idle for 10 s: %.1f ms%n", (processCpu() - cpu) / 1e6);
    e.close();
  }

  private static void flow(int n) throws IOException {
    long baseHeap = heapAfterGc();
    int baseThreads = THREADS.getThreadCount();
    List<Engine> sessions = new ArrayList<>();
    long[] times = new long[n * FLOW.size()];
    int k = 0;
    int failures = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Engine e = Engine.create(EngineOptions.defaults());
      for (String line : FLOW) {
        long s = System.nanoTime();
        CommandResult r = e.run(line);
        times[k++] = System.nanoTime() - s;
        if (r.exitCode() != 0 && i == 0) {
          failures++;
          System.out.println("  (exit " + r.exitCode() + ") " + line + ": " + r.output().strip());
        }
      }
      sessions.add(e);
      if ((i + 1) % 1000 == 0) {
        System.out.printf("  %d sessions, %.0f s, threads %d%n", i + 1, (System.nanoTime() - t0) / 1e9,
            THREADS.getThreadCount());
      }
    }
    long heap = heapAfterGc();
    Arrays.sort(times);
    System.out.printf("flow: %d sessions x %d commands (%d failed in session 1) in %.1f s%n", n, FLOW.size(), failures,
        (System.nanoTime() - t0) / 1e9);
    System.out.printf("  running containers in the last session: %d%n",
        sessions.get(n - 1).run("docker ps -q").stdout().lines().count());
    System.out.printf("  live threads: %d (before: %d; peak %d)%n", THREADS.getThreadCount(), baseThreads,
        THREADS.getPeakThreadCount());
    System.out.printf("  heap after GC: %.1f MB (%.1f KB per session)%n", (heap - baseHeap) / 1048576.0,
        (heap - baseHeap) / 1024.0 / n);
    System.out.printf("  per command: p50 %.2f ms, p99 %.2f ms, max %.1f ms%n", times[times.length / 2] / 1e6,
        times[(int) (times.length * 0.99)] / 1e6, times[times.length - 1] / 1e6);
    sessions.forEach(Engine::close);
  }

  private static void must(Engine e, String line) {
    CommandResult r = e.run(line);
    if (r.exitCode() != 0) {
      throw new IllegalStateException(line + ": " + r.output());
    }
  }

  static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static long heapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
