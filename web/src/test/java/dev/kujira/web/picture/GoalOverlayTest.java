package dev.kujira.web.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.run.LessonSession;
import org.junit.jupiter.api.Test;

/** The overlay read from a bundled lesson's goals, as a learner works through it. */
class GoalOverlayTest {
  private static Lesson lesson(String id) {
    return Catalog.bundled().lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void highlightsWhatTheOpenTaskNamesThenTurnsItGreen() {
    Lesson lesson = lesson("networks-01-user-network-dns");
    try (LessonSession s = LessonSession.open(lesson, EngineOptions.defaults())) {
      Overlay before = GoalOverlay.of(lesson.tasks(), s::done, Lang.EN);
      assertThat(before.mark("network", "appnet")).isEqualTo(Overlay.Mark.NEEDED);
      assertThat(before.mark("container", "api")).isEqualTo(Overlay.Mark.NEEDED);
      String svg = StatePicture.svg(s.engine().state(), before, Lang.EN, "p");
      assertThat(svg).contains("k-network k-placeholder k-needed").contains("○ appnet");

      lesson.solution().forEach(s::run);
      Overlay after = GoalOverlay.of(lesson.tasks(), s::done, Lang.EN);
      assertThat(after.tasks()).allMatch(Overlay.Task::done);
      assertThat(after.mark("network", "appnet")).isEqualTo(Overlay.Mark.DONE);
      String done = StatePicture.svg(s.engine().state(), after, Lang.EN, "p");
      assertThat(done).contains("✓ appnet").doesNotContain("k-placeholder").doesNotContain("k-needed");
      assertThat(GoalOverlay.of(s, Lang.JA).tasks()).isNotEmpty();
    }
  }

  @Test
  void readsTheNamesOfEveryBundledGoalWithoutFailing() {
    for (Lesson l : Catalog.bundled().lessons()) {
      l.tasks().forEach(t -> assertThat(GoalOverlay.needs(t.goal())).isNotNull());
    }
  }
}
