package dev.kujira.lessons.model;

import java.util.List;

/**
 * Is one page of a lesson: prose (Markdown), the tasks it asks for, and "predict the output"
 * questions asked when the learner enters it.
 *
 * @param prose the Markdown text; blocks fenced as {@code ```output COMMAND} are generated
 * @param tasks the tasks
 * @param solution the command lines that do this step's tasks
 * @param questions the questions asked on the state the step starts from
 */
public record Step(Text prose, List<Task> tasks, List<String> solution, List<Question> questions) {
  /** Copies the lists. */
  public Step {
    tasks = List.copyOf(tasks);
    solution = List.copyOf(solution);
    questions = List.copyOf(questions);
  }

  /** Is a step without questions. */
  public Step(Text prose, List<Task> tasks, List<String> solution) {
    this(prose, tasks, solution, List.of());
  }
}
