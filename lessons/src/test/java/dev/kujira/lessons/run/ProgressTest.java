package dev.kujira.lessons.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.load.Catalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress records tasks, hints and attempts, survives a write and read, and merges an import. */
class ProgressTest {
  @Test
  void progress_recordsASession_andRoundTrips(@TempDir Path dir) throws Exception {
    try (LessonSession s = LessonSession.open(Catalog.bundled().lesson("first-steps-01-run-web").orElseThrow(),
        EngineOptions.defaults())) {
      s.run("docker ps");
      s.hint();
      s.run("docker run -d --name web nginx:1.27");
      Progress p = Progress.empty().with(s, 42);
      Path file = dir.resolve("progress.json");
      p.write(file);
      Progress back = Progress.read(file);
      assertThat(back).isEqualTo(p);
      Progress.LessonProgress lp = back.lessons().get("first-steps-01-run-web");
      assertThat(lp.done()).containsExactly("web");
      assertThat(lp.hints()).containsEntry("web", 1);
      assertThat(lp.attempts()).containsEntry("web", 2);
      assertThat(lp.seconds()).isEqualTo(42);
      assertThat(lp.finished()).isFalse();
      assertThat(Progress.empty().merge(back).merge(back).lessons().get("first-steps-01-run-web").seconds()).isEqualTo(84);
    }
  }
}
