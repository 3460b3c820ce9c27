package dev.kujira.tests.bench;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the simulator where learners feel it: a throwaway {@code docker run}, listing 1,000
 * containers, and creating a fresh session. Run with {@code tests/bench.sh}; figures go in the README.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
  static final Path BUSYBOX = Path.of(System.getProperty("kujira.busybox", "conformance/busybox-image.tar"));

  /** One engine with busybox loaded. */
  @State(Scope.Thread)
  public static class Session {
    Engine engine;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      engine = Engine.create(EngineOptions.defaults().withArchive(BUSYBOX));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      engine.close();
    }
  }

  /** One engine holding 1,000 exited containers. */
  @State(Scope.Thread)
  public static class Crowded {
    Engine engine;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      engine = Engine.create(EngineOptions.defaults().withArchive(BUSYBOX));
      for (int i = 0; i < 1000; i++) {
        engine.run("docker run busybox true");
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      engine.close();
    }
  }

  /** One engine with a 1,000-file build context and a 20-step Dockerfile, built once. */
  @State(Scope.Thread)
  public static class BuildContext {
    Engine engine;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("kujira-bench-ctx");
      for (int i = 0; i < 1000; i++) {
        java.nio.file.Path f = dir.resolve("src/d" + (i % 10) + "/file" + i + ".txt");
        java.nio.file.Files.createDirectories(f.getParent());
        java.nio.file.Files.writeString(f, "content of file " + i + "\n");
      }
      StringBuilder df = new StringBuilder("FROM busybox\nWORKDIR /app\nCOPY src /app/src\n");
      for (int i = 0; i < 17; i++) {
        df.append("RUN echo step ").append(i).append(" > /app/step").append(i).append('\n');
      }
      java.nio.file.Files.writeString(dir.resolve("Dockerfile"), df.toString());
      engine = Engine.create(EngineOptions.defaults().withArchive(BUSYBOX).withHostDir(dir));
      CommandResult first = engine.run("docker build -q -t bench .");
      if (first.exitCode() != 0) {
        throw new IllegalStateException(first.output());
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      engine.close();
    }
  }

  /** A 20-step build of a 1,000-file context with {@code --no-cache}: every step runs. */
  @Benchmark
  public CommandResult buildCold(BuildContext b) {
    return b.engine.run("docker build -q --no-cache -t bench .");
  }

  /** The same build again: every step is a cache hit. */
  @Benchmark
  public CommandResult buildCached(BuildContext b) {
    return b.engine.run("docker build -q -t bench .");
  }

  /** {@code docker run --rm busybox echo hi}. */
  @Benchmark
  public CommandResult runRmEcho(Session s) {
    return s.engine.run("docker run --rm busybox echo hi");
  }

  /** {@code docker ps -a} over 1,000 containers. */
  @Benchmark
  public CommandResult psAllThousand(Crowded c) {
    return c.engine.run("docker ps -a");
  }

  /** A fresh session, busybox loaded. */
  @Benchmark
  public Engine freshSession() throws IOException {
    Engine e = Engine.create(EngineOptions.defaults().withArchive(BUSYBOX));
    e.close();
    return e;
  }
}
