package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the registry scenarios (push, pull, login against a private registry at
 * localhost:5000; see resources/registry/README.md): the recorded registry ran beside the real
 * daemon, so the simulator first starts {@code registry:2} published on that port, silently.
 */
class RegistryScenariosTest {
  static final Path SCENARIOS = Path.of("src/test/resources/registry");

  static List<Path> scenarios() throws IOException {
    try (Stream<Path> dirs = Files.list(SCENARIOS)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void scenario_matchesTheRecording(Path dir) throws IOException {
    List<String> setup = Files.readAllLines(dir.resolve("sim-setup.txt"), StandardCharsets.UTF_8);
    String expected = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
    String actual = ConformanceSuiteTest.run(dir, setup);
    assertThat(Transcripts.normalize(actual))
        .as(Diff.unified(Transcripts.normalize(expected), Transcripts.normalize(actual)))
        .isEqualTo(Transcripts.normalize(expected));
  }
}
