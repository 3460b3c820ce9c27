package dev.kujira.engine.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Remembers, for each build, what each step was and whether the cache answered it, so that
 * {@code kujira explain build} can say why a step ran: the first build of this Dockerfile,
 * {@code --no-cache}, a changed instruction, changed files, changed build arguments or
 * environment, or an earlier step that already missed (the cache is a chain).
 */
public final class BuildTrace {
  /** Is one step: its title, whether it was cached, its instruction text, its inputs. */
  public record Step(String title, boolean cached, String instruction, Map<String, String> files, String env,
      String stage, String imageId) {
  }

  private final String source;
  private final boolean noCache;
  private final List<Step> steps = new ArrayList<>();
  /** Why each step ran or was reused, against the build before it (filled when the build ends). */
  private List<String> reasons = List.of();
  private String imageId = "";

  /** Starts the trace of a build of {@code req}'s Dockerfile. */
  public static BuildTrace begin(dev.kujira.engine.api.BuildRequest req) {
    return new BuildTrace(req.dockerfile(), req.noCache());
  }

  /** Settles why each step ran or was reused, against {@code previous} (the build of the same source before it). */
  public void settle(BuildTrace previous) {
    reasons = reasons(previous);
  }

  BuildTrace(String source, boolean noCache) {
    this.source = source;
    this.noCache = noCache;
  }

  /** Returns which Dockerfile in which context the build read ("CONTEXT/Dockerfile"). */
  public String source() {
    return source;
  }

  void step(String title, boolean cached, String instruction, Map<String, String> files, String env) {
    step(title, "", cached, instruction, files, env);
  }

  /** Notes a step of stage {@code stage} (its AS name, or its index). */
  void step(String title, String stage, boolean cached, String instruction, Map<String, String> files, String env) {
    steps.add(new Step(title, cached, instruction, new LinkedHashMap<>(files), env, stage, ""));
  }

  /** Notes the image the last step committed (the legacy builder's per-step image). */
  void stepImage(String id) {
    if (!steps.isEmpty()) {
      Step s = steps.remove(steps.size() - 1);
      steps.add(new Step(s.title(), s.cached(), s.instruction(), s.files(), s.env(), s.stage(), id));
    }
  }

  /** Notes the image the build made. */
  void image(String id) {
    imageId = id;
  }

  /** Returns the id of the image the build made, or "" when it failed. */
  public String imageId() {
    return imageId;
  }

  /** Returns whether --no-cache was given. */
  public boolean noCache() {
    return noCache;
  }

  /** Returns the steps, in order. */
  public List<Step> steps() {
    return List.copyOf(steps);
  }

  /** Returns why each step ran or was reused, as the build's end judged it against the one before. */
  public List<String> reasons() {
    return reasons;
  }

  /** Returns why each step ran or was reused, against {@code previous} (the same lines explain prints). */
  List<String> reasons(BuildTrace previous) {
    List<String> out = new ArrayList<>();
    String firstMiss = null;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.cached()) {
        out.add("same instruction, same inputs, same steps before it");
        continue;
      }
      out.add(reason(s, i, previous, firstMiss));
      if (firstMiss == null) {
        firstMiss = s.title();
      }
    }
    return out;
  }

  /** Explains each step against {@code previous} (the last build of the same Dockerfile, or null). */
  public List<String> explain(BuildTrace previous) {
    List<String> out = new ArrayList<>();
    out.add("build of " + source + ": " + steps.size() + " steps, "
        + steps.stream().filter(Step::cached).count() + " from the cache");
    String firstMiss = null;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.cached()) {
        out.add(s.title() + ": CACHED (same instruction, same inputs, same steps before it)");
        continue;
      }
      out.add(s.title() + ": ran, because " + reason(s, i, previous, firstMiss));
      if (firstMiss == null) {
        firstMiss = s.title();
      }
    }
    return out;
  }

  private String reason(Step s, int i, BuildTrace previous, String firstMiss) {
    if (noCache) {
      return "--no-cache was given";
    }
    if (firstMiss != null) {
      return "an earlier step ran (" + firstMiss + "), and each step's cache key includes the one before it";
    }
    if (previous == null || i >= previous.steps.size()) {
      return "no earlier build of this Dockerfile has this step (nothing to reuse yet)";
    }
    Step old = previous.steps.get(i);
    if (!old.instruction().equals(s.instruction())) {
      return "the instruction changed (it was: " + old.instruction() + ")";
    }
    if (!old.files().equals(s.files())) {
      List<String> changed = new ArrayList<>();
      TreeSet<String> names = new TreeSet<>(old.files().keySet());
      names.addAll(s.files().keySet());
      for (String f : names) {
        String a = old.files().get(f);
        String b = s.files().get(f);
        if (a == null) {
          changed.add(f + " (new)");
        } else if (b == null) {
          changed.add(f + " (removed)");
        } else if (!a.equals(b)) {
          changed.add(f + " (content changed)");
        }
      }
      return "files it copies changed: " + String.join(", ", changed)
          + " (the cache compares content and permissions, not times)";
    }
    if (!old.env().equals(s.env())) {
      return "the build arguments or environment it sees changed";
    }
    return "the cache no longer had it (pruned, or the base image changed)";
  }
}
