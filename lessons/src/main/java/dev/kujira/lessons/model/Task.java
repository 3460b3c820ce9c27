package dev.kujira.lessons.model;

import dev.kujira.lessons.goal.Goal;
import java.util.List;

/**
 * Is one thing the learner must make true.
 *
 * @param id the task's id, unique in its lesson
 * @param label what to do, as the task list shows it
 * @param goal the state that completes it
 * @param needs the tasks that must be done first
 * @param hints the hints, from a nudge to the exact command
 * @param detectors the ids of the mistake detectors to watch for while it is open
 */
public record Task(String id, Text label, Goal goal, List<String> needs, List<Text> hints, List<String> detectors) {
  /** Copies the lists. */
  public Task {
    needs = List.copyOf(needs);
    hints = List.copyOf(hints);
    detectors = List.copyOf(detectors);
  }
}
