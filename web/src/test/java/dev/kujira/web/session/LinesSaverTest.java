package dev.kujira.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.model.Lang;
import dev.kujira.web.records.StoreRecords;
import dev.kujira.web.store.JdbcStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that a workspace's lines in the database follow it through commands, undo, reset and another node. */
class LinesSaverTest {
  private static final PrintStream SINK = new PrintStream(OutputStream.nullOutputStream());

  @TempDir
  Path dir;

  private static void run(LiveWorkspace w, String line) {
    w.run(line, InputStream.nullInputStream(), SINK, SINK);
  }

  @Test
  void theRecordedLinesFollowTheWorkspace() {
    try (JdbcStore store = JdbcStore.open("jdbc:sqlite:" + dir.resolve("k.db"))) {
      StoreRecords records = new StoreRecords(store);
      SandboxWorkspace w = new SandboxWorkspace(EngineOptions.defaults(), null, () -> Lang.EN);
      w.listen(new LinesSaver(records, "s", "sandbox", w, List.of()));
      run(w, "docker network create a");
      run(w, "docker network create b");
      run(w, "docker network ls");
      assertThat(records.lines("s", "sandbox")).containsExactly("docker network create a", "docker network create b",
          "docker network ls");
      w.undo();
      assertThat(records.lines("s", "sandbox")).containsExactly("docker network create a", "docker network create b");
      run(w, "docker volume create v");
      assertThat(records.lines("s", "sandbox")).containsExactly("docker network create a", "docker network create b",
          "docker volume create v");

      // Another node took the session meanwhile and wrote more: this one's next write puts its own lines back whole.
      records.saveLines("s", "sandbox", List.of("docker ps", "docker ps", "docker ps", "docker ps"));
      run(w, "docker volume ls");
      assertThat(records.lines("s", "sandbox")).containsExactly("docker network create a", "docker network create b",
          "docker volume create v", "docker volume ls");
      w.reset();
      assertThat(records.lines("s", "sandbox")).isEmpty();
      w.close();
    }
  }
}
