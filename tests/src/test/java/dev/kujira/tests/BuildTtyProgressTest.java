package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The final frame of buildx's TTY progress, against screens captured from the real engine (resources/tty). */
class BuildTtyProgressTest {
  static final Path DIR = Path.of("src/test/resources/tty");

  @Test
  void ttyBuilds_drawTheRecordedFinalFrames() throws IOException {
    Path work = Files.createTempDirectory("tty-work");
    for (String f : new String[] {"Dockerfile", "a.txt", "Dockerfile.bad"}) {
      Files.copy(DIR.resolve(f), work.resolve(f));
    }
    EngineOptions options = EngineOptions.defaults().withHostDir(work, Transcripts.WORK)
        .withArchive(ConformanceSuiteTest.BUSYBOX);
    try (Engine engine = Engine.create(options)) {
      engine.setTerminal(true);
      engine.cd(Transcripts.WORK);
      assertFrame(engine.run("COLUMNS=100 docker build -t tty1 .").output(), "build.screen");
      assertFrame(engine.run("COLUMNS=100 docker build -t tty1 .").output(), "cached.screen");
      assertFrame(engine.run("COLUMNS=100 docker build -f Dockerfile.bad -t tty2 .").output(), "failed.screen");
    }
  }

  private static void assertFrame(String actual, String screen) throws IOException {
    String expected = Files.readString(DIR.resolve(screen), StandardCharsets.UTF_8);
    assertThat(logTimes(Transcripts.normalize(actual))).as(screen).isEqualTo(logTimes(Transcripts.normalize(expected)));
  }

  /** A failed step's log lines start with seconds since the step began (0.244 on the real engine): a measurement, not a behaviour. */
  private static String logTimes(String text) {
    return text.replaceAll("(?m)^\\d+\\.\\d{3} ", "<S> ");
  }
}
