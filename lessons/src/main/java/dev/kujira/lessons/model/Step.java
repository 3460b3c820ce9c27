package dev.kujira.lessons.model;

import java.util.List;

/**
 * Is one page of a lesson: prose (Markdown) and the tasks it asks for.
 *
 * @param prose the Markdown text; blocks fenced as {@code ```output COMMAND} are generated
 * @param tasks the tasks
 * @param solution the command lines that do this step's tasks
 */
public record Step(Text prose, List<Task> tasks, List<String> solution) {
  /** Copies the lists. */
  public Step {
    tasks = List.copyOf(tasks);
    solution = List.copyOf(solution);
  }
}
