package dev.kujira.lessons.detect;

import dev.kujira.engine.api.CommandResult;
import dev.kujira.lessons.goal.Goal;
import dev.kujira.lessons.goal.World;
import dev.kujira.lessons.state.ContainerFacts;
import dev.kujira.lessons.state.StateFacts;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Is what a detector looks at after one command line: the line, its result, the state before and
 * after, and the goals still open (so that "a bind mount where a volume was asked" can be told).
 *
 * @param line the command line
 * @param result what it printed and its exit code
 * @param before the state before it
 * @param after the world after it (facts and probes)
 * @param pending the goals of the tasks still open
 */
public record Attempt(String line, CommandResult result, StateFacts before, World after, List<Goal> pending) {
  /** Copies the list. */
  public Attempt {
    pending = List.copyOf(pending);
  }

  /** Returns the containers this line created. */
  public List<ContainerFacts> created() {
    return after.facts().containers().stream().filter(c -> before.container(c.id()).isEmpty())
        .collect(Collectors.toList());
  }

  /** Returns the line's words (split on blanks; detectors only look for flags and subcommands). */
  public List<String> words() {
    return List.of(line.trim().split("\\s+"));
  }
}
