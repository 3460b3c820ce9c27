package dev.kujira.lessons.goal;

/**
 * Is a goal's answer: whether it holds and, when not, what is missing (for the learner and authors).
 *
 * @param holds whether the goal holds
 * @param missing what is missing, in English ("" when it holds)
 */
public record Verdict(boolean holds, String missing) {
  /** Returns a verdict that holds. */
  public static Verdict yes() {
    return new Verdict(true, "");
  }

  /** Returns a verdict that does not hold, because of {@code why}. */
  public static Verdict no(String why) {
    return new Verdict(false, why);
  }

  /** Returns yes or no(why). */
  public static Verdict of(boolean holds, String why) {
    return holds ? yes() : no(why);
  }
}
