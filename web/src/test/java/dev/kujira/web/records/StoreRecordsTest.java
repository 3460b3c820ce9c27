package dev.kujira.web.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.lessons.run.Leitner;
import dev.kujira.lessons.run.Progress;
import dev.kujira.web.store.JdbcStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records over a SQLite store: time spent, the completion code itself, and the drills' boxes, across a restart. */
class StoreRecordsTest {
  @TempDir
  Path dir;

  private JdbcStore open() {
    return JdbcStore.open("jdbc:sqlite:" + dir.resolve("kujira.db"));
  }

  private static Progress lesson(String id, boolean finished, long seconds) {
    return new Progress(1, Map.of(id, new Progress.LessonProgress(List.of("web"), Map.of(), Map.of("web", 1), seconds,
        finished)));
  }

  @Test
  void theCodeAndTheTimeSpentAreKeptAndAFinishedLessonKeepsItsCode() {
    try (JdbcStore store = open()) {
      StoreRecords r = new StoreRecords(store);
      r.saveProgress("s1", lesson("l1", false, 40));
      assertThat(r.codes("s1")).isEmpty();
      r.saveProgress("s1", lesson("l1", true, 95));
      assertThat(r.codes("s1")).as("finished, but the code not handed over yet").isEmpty();
      r.saveCode("s1", "l1", "KJ1.abc.def");
      r.saveProgress("s1", lesson("l1", true, 120));
    }
    try (JdbcStore store = open()) {
      StoreRecords r = new StoreRecords(store);
      assertThat(r.codes("s1")).containsExactly(Map.entry("l1", "KJ1.abc.def"));
      assertThat(r.progress("s1").lessons().get("l1").seconds()).isEqualTo(120);
      assertThat(r.progress("s1").lessons().get("l1").finished()).isTrue();
      assertThat(r.codes("s2")).isEmpty();
    }
  }

  @Test
  void theLeitnerBoxesAndTheDrillInProgressSurviveARestart() {
    Leitner schedule = Leitner.empty().record("stop-one", true).record("predict-ps", false).record("stop-one", true);
    try (JdbcStore store = open()) {
      new StoreRecords(store).saveDrills("s1", schedule, "run-detached/12345");
    }
    try (JdbcStore store = open()) {
      StoreRecords r = new StoreRecords(store);
      assertThat(r.drills("s1")).isEqualTo(schedule);
      assertThat(r.currentDrill("s1")).isEqualTo("run-detached/12345");
      assertThat(r.drills("s2")).isEqualTo(Leitner.empty());
      assertThat(r.currentDrill("s2")).isEmpty();
    }
  }
}
