package dev.kujira.lessons.drill;

import dev.kujira.lessons.load.Diagnostic;
import dev.kujira.lessons.load.LessonLoader;
import dev.kujira.lessons.model.Lesson;
import java.util.List;

/**
 * Is one generated exercise: a one-step lesson (in the lessons' own YAML format, so the same goals,
 * hints and detectors serve it) and a wrong answer that looks right.
 *
 * @param template the template's id
 * @param topic the template's topic
 * @param seed the seed it was generated from
 * @param yaml the lesson text
 * @param wrong command lines that must leave the task undone (empty for a question)
 */
public record Drill(String template, String topic, long seed, String yaml, List<String> wrong) {
  /** Copies the list. */
  public Drill {
    wrong = List.copyOf(wrong);
  }

  /** Returns the drill as a lesson; a template that writes an invalid lesson is a bug, so it throws. */
  public Lesson lesson() {
    LessonLoader.Result r = LessonLoader.load("drill/" + template + "-" + seed + ".yaml", yaml);
    List<Diagnostic> errors = r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    if (r.lesson().isEmpty() || !errors.isEmpty()) {
      throw new IllegalStateException("drill " + template + " (seed " + seed + ") is not a valid lesson: " + errors + "\n" + yaml);
    }
    return r.lesson().get();
  }

  /** Returns whether the drill asks a "predict the output" question rather than a task. */
  public boolean question() {
    return wrong.isEmpty();
  }
}
