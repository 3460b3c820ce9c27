package dev.kujira.engine.api;

import java.util.List;

/**
 * Is the record of one finished or failed build: what each step was and whether the build cache
 * answered it, and why not.
 *
 * <pre>{@code
 * BuildInfo last = engine.state().builds().last().orElseThrow();
 * long misses = last.steps().stream().filter(s -> !s.cached()).count();
 * }</pre>
 *
 * @param source the Dockerfile that was read, "CONTEXT/Dockerfile"
 * @param noCache whether {@code --no-cache} was given
 * @param steps its steps in order
 */
public record BuildInfo(String source, boolean noCache, List<Step> steps) {

  /** Copies the steps. */
  public BuildInfo {
    steps = List.copyOf(steps);
  }

  /**
   * Is one build step.
   *
   * @param title the step as the progress shows it ("[2/3] RUN apk add curl")
   * @param stage the stage's name ({@code FROM … AS name}), or "" for an unnamed stage
   * @param instruction the instruction as written ("RUN apk add curl")
   * @param cached whether the cache answered it
   * @param reason why it ran (a miss) or why it was reused (a hit), in plain English
   */
  public record Step(String title, String stage, String instruction, boolean cached, String reason) {
  }
}
