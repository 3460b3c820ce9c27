package dev.kujira.lessons.drill;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.model.Question;
import dev.kujira.lessons.run.LessonSession;
import dev.kujira.lessons.run.Prediction;
import java.util.ArrayList;
import java.util.List;

/** Checks generated drills the way {@code lessons test} checks lessons: the reference passes, the wrong answer fails. */
public final class Drills {
  private Drills() {
  }

  /**
   * Returns what is wrong with {@code drill} (empty: nothing): for a task, its solution must
   * complete it and its wrong answer must not; for a question, the engine's answer must be
   * accepted and a different one refused.
   */
  public static List<String> check(Drill drill, EngineOptions options) {
    List<String> problems = new ArrayList<>();
    String at = drill.template() + " (seed " + drill.seed() + ")";
    try (LessonSession s = LessonSession.open(drill.lesson(), options)) {
      if (drill.question()) {
        for (Question q : s.lesson().steps().get(0).questions()) {
          Prediction p = s.predict(q);
          if (!p.accepts(p.answerText())) {
            problems.add(at + ": the engine's own answer " + p.answerText() + " is refused");
          }
          if (p.accepts(wrongAnswer(p))) {
            problems.add(at + ": the wrong answer " + wrongAnswer(p) + " is accepted");
          }
          if (q.ask() == Question.Ask.CACHED && p.choices().isEmpty()) {
            problems.add(at + ": `" + q.run() + "` built nothing");
          }
        }
        return problems;
      }
      s.lesson().solution().forEach(s::run);
      if (!s.finished()) {
        problems.add(at + ": the solution " + s.lesson().solution() + " leaves the task undone: "
            + s.missing(s.lesson().tasks().get(0)));
      }
      s.reset();
      drill.wrong().forEach(s::run);
      if (s.finished()) {
        problems.add(at + ": the wrong answer " + drill.wrong() + " passes");
      }
    }
    return problems;
  }

  /** Returns an answer to {@code p} that differs from the engine's (one choice toggled, a number off by one, yes for no). */
  public static String wrongAnswer(Prediction p) {
    if (p.multipleChoice()) {
      List<String> nums = new ArrayList<>();
      boolean toggled = false;
      for (int i = 0; i < p.choices().size(); i++) {
        boolean right = p.correct().contains(p.choices().get(i));
        if (i == 0) {
          right = !right;
          toggled = true;
        }
        if (right) {
          nums.add(String.valueOf(i + 1));
        }
      }
      return toggled && !nums.isEmpty() ? String.join(" ", nums) : nums.isEmpty() ? "-" : "1";
    }
    if (p.question().ask() == Question.Ask.SUCCEEDS) {
      return p.answerText().equals("yes") ? "n" : "y";
    }
    return String.valueOf(Integer.parseInt(p.answerText()) + 1);
  }
}
