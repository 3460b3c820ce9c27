package dev.kujira.lessons.model;

import java.util.List;

/**
 * Is a wrong answer that looks right: its command lines must leave {@code task} undone.
 *
 * @param commands the command lines, run from the lesson's start state
 * @param task the task they must fail
 * @param why why they are wrong
 */
public record NearMiss(List<String> commands, String task, Text why) {
  /** Copies the list. */
  public NearMiss {
    commands = List.copyOf(commands);
  }
}
