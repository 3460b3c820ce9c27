package dev.kujira.lessons.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.model.Lesson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every bundled lesson lints clean and passes {@code lessons test}: solution, near misses, mutants. */
class BundledLessonsTest {
  @Test
  void bundled_lint_hasNoErrors() {
    Catalog c = Catalog.bundled();
    assertThat(c.errors()).isEmpty();
    assertThat(c.lessons()).isNotEmpty();
  }

  @Test
  void bundled_lessonsTest_everyLessonPasses() {
    List<String> failures = new ArrayList<>();
    for (Lesson l : Catalog.bundled().lessons()) {
      LessonTester.Report r = LessonTester.test(l, EngineOptions.defaults());
      System.out.println(l.id() + ": " + (r.passed() ? "ok" : "FAILED") + " (" + r.mutants() + " mutants)");
      r.failures().forEach(f -> failures.add(l.id() + ": " + f));
    }
    assertThat(failures).isEmpty();
  }
}
