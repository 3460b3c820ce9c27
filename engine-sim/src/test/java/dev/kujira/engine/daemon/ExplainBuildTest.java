package dev.kujira.engine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kujira explain build}: why each step of the last build ran or came from the cache. */
class ExplainBuildTest {
  @TempDir
  Path dir;
  private Engine engine;

  @BeforeEach
  void setUp() throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM busybox\nRUN echo one\nCOPY app /app\nRUN echo two\n");
    Files.createDirectories(dir.resolve("app"));
    Files.writeString(dir.resolve("app/a.txt"), "a\n");
    Files.writeString(dir.resolve("app/b.txt"), "b\n");
    engine = Engine.create(EngineOptions.defaults().withArchive(Path.of("../conformance/busybox-image.tar"))
        .withHostDir(dir));
    engine.run("docker build -q -t x .");
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void firstBuild_hasNothingToReuse_andTheChainMissesAfterIt() {
    assertThat(engine.run("kujira explain build").stdout())
        .contains("[2/4] RUN echo one: ran, because no earlier build of this Dockerfile has this step")
        .contains("[4/4] RUN echo two: ran, because an earlier step ran ([2/4] RUN echo one)");
  }

  @Test
  void changedFile_namesTheFile_andNotTheTouchedOne() {
    engine.run("echo changed > app/b.txt; touch app/a.txt");
    engine.run("docker build -q -t x .");
    assertThat(engine.run("kujira explain build").stdout())
        .contains("[2/4] RUN echo one: CACHED")
        .contains("[3/4] COPY app /app: ran, because files it copies changed: app/b.txt (content changed)")
        .doesNotContain("a.txt");
  }

  @Test
  void changedInstruction_showsTheOldText() {
    engine.run("sed -i 's/echo two/echo dos/' Dockerfile");
    engine.run("docker build -q -t x .");
    assertThat(engine.run("kujira explain build").stdout())
        .contains("[4/4] RUN echo dos: ran, because the instruction changed (it was: RUN echo two)");
  }

  @Test
  void noCache_isTheReasonForEveryStep() {
    engine.run("docker build -q --no-cache -t x .");
    assertThat(engine.run("kujira explain build").stdout()).contains("[3/4] COPY app /app: ran, because --no-cache was given");
  }
}
