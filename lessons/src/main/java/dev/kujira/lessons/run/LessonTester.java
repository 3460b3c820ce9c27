package dev.kujira.lessons.run;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.model.NearMiss;
import dev.kujira.lessons.model.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Proves a lesson's goals: its solution completes every task, each near miss leaves its task
 * undone, every automatic mutant of the solution fails at least one task (unless accepted), every
 * "predict the output" question can be answered, and no output block is stale.
 */
public final class LessonTester {
  private LessonTester() {
  }

  /**
   * Is the outcome for one lesson.
   *
   * @param lesson the lesson's id
   * @param failures what went wrong (empty: passed)
   * @param mutants how many mutants were tried
   * @param acceptedMutants how many passing mutants the author accepted
   */
  public record Report(String lesson, List<String> failures, int mutants, int acceptedMutants) {
    /** Copies the list. */
    public Report {
      failures = List.copyOf(failures);
    }

    /** Returns whether the lesson passed. */
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** Tests {@code lesson} in fresh engines made with {@code options}. */
  public static Report test(Lesson lesson, EngineOptions options) {
    List<String> failures = new ArrayList<>();
    int accepted = 0;
    List<Mutants.Mutant> mutants = Mutants.of(lesson.solution());
    try (LessonSession s = LessonSession.open(lesson, options)) {
      for (dev.kujira.lessons.model.Step step : lesson.steps()) {
        for (dev.kujira.lessons.model.Question q : step.questions()) {
          Prediction p = s.predict(q);
          Prediction.setupFailure(s.engine(), q).ifPresent(f -> failures.add("question " + q.id() + ": its setup fails: " + f));
          if (q.ask() == dev.kujira.lessons.model.Question.Ask.CACHED && p.choices().isEmpty()) {
            failures.add("question " + q.id() + " asks which build steps are cached, but `" + q.run() + "` builds nothing");
          }
        }
        step.solution().forEach(s::run);
      }
      for (Task t : s.openTasks()) {
        failures.add("solution leaves task " + t.id() + " undone: " + s.missing(t));
      }
      for (NearMiss n : lesson.nearMisses()) {
        s.reset();
        n.commands().forEach(s::run);
        if (s.done(n.task())) {
          failures.add("near miss " + n.commands() + " passes task " + n.task() + " (it should not: " + n.why().en() + ")");
        }
      }
      for (Mutants.Mutant m : mutants) {
        s.reset();
        m.lines().forEach(s::run);
        if (s.finished()) {
          if (lesson.acceptedMutants().containsKey(m.name())) {
            accepted++;
          } else {
            failures.add("mutant " + m.name() + " passes every task (goal too lenient?): "
                + m.lines().stream().collect(Collectors.joining(" ; ")));
          }
        }
      }
    }
    failures.addAll(OutputBlocks.stale(lesson, options));
    return new Report(lesson.id(), failures, mutants.size(), accepted);
  }
}
