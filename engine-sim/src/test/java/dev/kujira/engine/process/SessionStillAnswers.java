package dev.kujira.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh session with busybox loaded for each test, which must still run a container after the test's limit was hit. */
abstract class SessionStillAnswers {
  private static final Path BUSYBOX = Path.of("../conformance/busybox-image.tar");
  protected Engine engine;

  @BeforeEach
  void startSession() throws IOException {
    engine = Engine.create(EngineOptions.defaults().withArchive(BUSYBOX));
  }

  @AfterEach
  void sessionStillAnswers() {
    assertThat(engine.run("docker run --rm busybox echo still here").stdout()).isEqualTo("still here\n");
    engine.close();
  }
}
