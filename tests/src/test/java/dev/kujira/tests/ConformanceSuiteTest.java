package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every recorded scenario of {@code src/test/resources/conformance/scenarios} (copied from
 * shared/conformance) through a fresh engine, one dynamic test per scenario, normalises both
 * transcripts as conformance.py does, and reports "conformance: N passed, M failed". Every
 * scenario but the not-yet-built ones must pass, so a regression fails the build; one scenario
 * runs on its own with {@code -Dtest='ConformanceSuiteTest'} and the display name filter of an IDE.
 */
class ConformanceSuiteTest {
  static final Path SCENARIOS = Path.of("src/test/resources/conformance/scenarios");
  /**
   * The busybox image both sides start from: the {@code docker save} archive of the real engine's
   * image, carried by the repository (conformance/README.md says how it was made) so a clone
   * alone runs its tests.
   */
  static final Path BUSYBOX = Path.of("../conformance/busybox-image.tar");

  /** Scenarios whose behaviour is not built yet; every other scenario must pass, so a regression fails the build. */
  static final Set<String> NOT_YET = Set.of();

  private static final AtomicInteger PASSED = new AtomicInteger();
  private static final AtomicInteger FAILED = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> everyScenario() throws IOException {
    List<Path> dirs;
    try (Stream<Path> list = Files.list(SCENARIOS)) {
      dirs = list.sorted().filter(Files::isDirectory).toList();
    }
    return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> scenario(dir)));
  }

  private static void scenario(Path dir) throws IOException {
    String name = dir.getFileName().toString();
    String expected = Transcripts.normalize(Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8));
    long started = System.nanoTime();
    String actual = Transcripts.normalize(run(dir));
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (millis > 2000) {
      System.out.println("slow scenario " + name + ": " + millis + " ms");
    }
    if (expected.equals(actual)) {
      PASSED.incrementAndGet();
      return;
    }
    FAILED.incrementAndGet();
    System.out.println("FAIL " + name + "\n" + Diff.unified(expected, actual));
    Assumptions.assumeFalse(NOT_YET.contains(name), name + " is not built yet");
    assertThat(actual).as(Diff.unified(expected, actual)).isEqualTo(expected);
  }

  @AfterAll
  static void report() {
    System.out.println("conformance: " + PASSED.get() + " passed, " + FAILED.get() + " failed");
  }

  /** Runs one scenario in a fresh engine whose host shows its files at /tmp/conformance-work. */
  static String run(Path scenario) throws IOException {
    return run(scenario, List.of());
  }

  /** Runs one scenario after the command lines {@code setup}, whose output is not part of the transcript. */
  static String run(Path scenario, List<String> setup) throws IOException {
    Path work = Files.createTempDirectory("conformance-work");
    try (Stream<Path> files = Files.walk(scenario)) {
      for (Path p : files.toList()) {
        Path rel = scenario.relativize(p);
        String n = rel.toString();
        if (n.equals("commands.txt") || n.equals("expected.txt") || n.equals("sim-setup.txt") || n.equals("real.txt")
            || n.isEmpty()) {
          continue;
        }
        Path target = work.resolve(rel);
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        }
      }
    }
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(scenario.resolve("commands.txt"), StandardCharsets.UTF_8)) {
      if (!l.isBlank() && !l.stripLeading().startsWith("#")) {
        lines.add(l);
      }
    }
    return transcript(work, setup, lines);
  }

  /** Runs {@code lines} in a fresh engine whose host shows {@code work} at /tmp/conformance-work. */
  static String transcript(Path work, List<String> setup, List<String> lines) throws IOException {
    EngineOptions options = EngineOptions.defaults().withHostDir(work, Transcripts.WORK).withArchive(BUSYBOX);
    StringBuilder sb = new StringBuilder();
    try (Engine engine = Engine.create(options)) {
      for (String line : setup) {
        engine.cd(Transcripts.WORK);
        assertThat(engine.run(line).exitCode()).as(line).isZero();
      }
      // The recording machine reaches no registry but the ones a scenario starts (conformance/README.md):
      // a pull of an image it lacks fails there, so after its setup the simulated one is offline too.
      engine.offline(true);
      for (String line : lines) {
        engine.cd(Transcripts.WORK);
        CommandResult r = engine.run(line);
        sb.append("$ ").append(line).append('\n').append(r.output());
        if (!r.output().isEmpty() && !r.output().endsWith("\n")) {
          sb.append('\n');
        }
        sb.append("[exit ").append(r.exitCode()).append("]\n");
      }
    }
    return sb.toString();
  }
}
