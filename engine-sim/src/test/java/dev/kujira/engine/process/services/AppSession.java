package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.api.CommandResult;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The common part of the tests that run a learner's app in an image: a host folder for the app's
 * files, one engine per test (made by the subclass once its files are written), closed after it,
 * and {@link #ok} for a line that must succeed.
 */
abstract class AppSession {
  @TempDir
  Path dir;
  /** The session; each subclass creates it in its own {@code @BeforeEach}. */
  Engine engine;

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  /** Runs {@code line} and checks it exits 0, showing its output when it does not. */
  CommandResult ok(String line) {
    CommandResult r = engine.run(line);
    assertThat(r.exitCode()).as(line + "\n" + r.output()).isZero();
    return r;
  }
}
