package dev.kujira.lessons.author;

import dev.kujira.lessons.model.Text;

/**
 * Is a goal proposed from what a demonstration changed.
 *
 * @param goal the goal in the lessons' YAML (a flow mapping)
 * @param label the task's label, in both languages
 * @param hint what the goal asks for, said as a concept (the second hint)
 */
public record Proposal(String goal, Text label, Text hint) {
}
