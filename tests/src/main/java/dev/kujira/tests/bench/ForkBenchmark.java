package dev.kujira.tests.bench;

import dev.kujira.engine.Checkpoint;
import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.EngineState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Measures what a lesson's start state costs each learner: forking a session from a shared
 * checkpoint (busybox, a built image, a user network, a volume, one running and two exited
 * containers), against creating a session and replaying the same setup; and the price of a
 * checkpoint and of a typed state picture. Run with {@code tests/bench.sh ForkBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ForkBenchmark {

  /** A lesson's start state, set up once and shared by every fork. */
  @State(Scope.Benchmark)
  public static class LessonStart {
    Engine setup;
    Checkpoint start;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      setup = Engine.create(EngineOptions.defaults().withArchive(EngineBenchmark.BUSYBOX));
      lesson(setup);
      start = setup.checkpoint();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      setup.close();
    }
  }

  /** Plays a typical lesson setup into {@code e}. */
  static void lesson(Engine e) {
    e.writeHostFile("/root/app/Dockerfile", 0644,
        "FROM busybox\nWORKDIR /app\nCOPY . /app\nCMD [\"cat\", \"/app/msg.txt\"]\n".getBytes(StandardCharsets.UTF_8));
    e.writeHostFile("/root/app/msg.txt", 0644, "hello\n".getBytes(StandardCharsets.UTF_8));
    e.cd("/root/app");
    e.run("docker build -q -t app .");
    e.run("docker network create appnet");
    e.run("docker run -d --name db --network appnet -v data:/data busybox sleep 100000");
    e.run("docker run --name once app");
    e.run("docker create --name spare busybox");
  }

  /** A learner's session forked from the shared start state, then closed. */
  @Benchmark
  public Engine fork(LessonStart l) {
    Engine e = Engine.fork(l.start);
    e.close();
    return e;
  }

  /** The same start state reached the slow way: a fresh session that replays the setup. */
  @Benchmark
  public Engine createAndReplay() throws IOException {
    Engine e = Engine.create(EngineOptions.defaults().withArchive(EngineBenchmark.BUSYBOX));
    lesson(e);
    e.close();
    return e;
  }

  /** A checkpoint of the start state (what undo pays per line). */
  @Benchmark
  public Checkpoint checkpoint(LessonStart l) {
    return l.setup.checkpoint();
  }

  /** A typed picture of the start state (what a lesson pays per goal check). */
  @Benchmark
  public EngineState state(LessonStart l) {
    return l.setup.state();
  }
}
