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
 * @param imageId the id of the image it made, or "" when it failed
 */
public record BuildInfo(String source, boolean noCache, List<Step> steps, String imageId) {

  /** Copies the steps. */
  public BuildInfo {
    steps = List.copyOf(steps);
  }

  /** Creates the record of a build whose image is not known. */
  public BuildInfo(String source, boolean noCache, List<Step> steps) {
    this(source, noCache, steps, "");
  }

  /**
   * Is one build step.
   *
   * @param title the step as the progress shows it ("[2/3] RUN apk add curl")
   * @param stage the stage's name ({@code FROM … AS name}), or "" for an unnamed stage
   * @param instruction the instruction as written ("RUN apk add curl")
   * @param cached whether the cache answered it
   * @param reason why it ran (a miss) or why it was reused (a hit), in plain English
   * @param imageId the image the step committed: the legacy builder makes one per step (the id its
   *     " ---> " line shows); BuildKit makes none, and its steps have ""
   */
  public record Step(String title, String stage, String instruction, boolean cached, String reason, String imageId) {
    /** Creates a step that made no image of its own (BuildKit's). */
    public Step(String title, String stage, String instruction, boolean cached, String reason) {
      this(title, stage, instruction, cached, reason, "");
    }
  }
}
