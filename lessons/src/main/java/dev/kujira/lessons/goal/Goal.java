package dev.kujira.lessons.goal;

import java.util.List;

/**
 * Is a predicate over the engine's state, never over the command lines typed: any way of reaching
 * the state satisfies it. Written in a lesson's YAML (see {@link GoalParser}) and composed with
 * {@link All}, {@link Any} and {@link Not}.
 */
public sealed interface Goal permits Goal.All, Goal.Any, Goal.Not, ContainerGoal, ResourceGoal {
  /** Returns whether the goal holds in {@code world}. */
  Verdict check(World world);

  /** Returns the goal in a few English words, for authors. */
  String describe();

  /**
   * Holds when every part holds.
   *
   * @param parts the parts
   */
  record All(List<Goal> parts) implements Goal {
    /** Copies the list. */
    public All {
      parts = List.copyOf(parts);
    }

    @Override
    public Verdict check(World world) {
      for (Goal g : parts) {
        Verdict v = g.check(world);
        if (!v.holds()) {
          return v;
        }
      }
      return Verdict.yes();
    }

    @Override
    public String describe() {
      return "all of (" + String.join("; ", parts.stream().map(Goal::describe).toList()) + ")";
    }
  }

  /**
   * Holds when at least one part holds.
   *
   * @param parts the parts
   */
  record Any(List<Goal> parts) implements Goal {
    /** Copies the list. */
    public Any {
      parts = List.copyOf(parts);
    }

    @Override
    public Verdict check(World world) {
      String why = "";
      for (Goal g : parts) {
        Verdict v = g.check(world);
        if (v.holds()) {
          return v;
        }
        why = why.isEmpty() ? v.missing() : why + " / " + v.missing();
      }
      return Verdict.no(why);
    }

    @Override
    public String describe() {
      return "any of (" + String.join("; ", parts.stream().map(Goal::describe).toList()) + ")";
    }
  }

  /**
   * Holds when its part does not.
   *
   * @param part the negated goal
   */
  record Not(Goal part) implements Goal {
    @Override
    public Verdict check(World world) {
      return Verdict.of(!part.check(world).holds(), "must not hold: " + part.describe());
    }

    @Override
    public String describe() {
      return "not " + part.describe();
    }
  }
}
