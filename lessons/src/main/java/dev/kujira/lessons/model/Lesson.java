package dev.kujira.lessons.model;

import java.util.List;
import java.util.Map;

/**
 * Is one lesson, as its YAML file describes it (see lessons/README.md).
 *
 * @param id the unique id (track-nn-slug)
 * @param version the lesson's version (completion codes name it)
 * @param title the title
 * @param track the track
 * @param order its place in the track
 * @param level beginner, intermediate or advanced
 * @param tags free tags
 * @param minutes the estimated minutes
 * @param prerequisites the ids of lessons to take first
 * @param start the command lines run silently before the learner starts
 * @param hostFiles files put on the host before the start commands (path → content)
 * @param allowed command prefixes allowed (empty: all)
 * @param denied command prefixes refused
 * @param deniedMessage what a refused command shows
 * @param steps the steps
 * @param nearMisses the wrong answers that must fail
 * @param acceptedMutants mutant names the author accepts as correct, with the reason
 * @param source the file it came from
 */
public record Lesson(String id, int version, Text title, String track, int order, String level, List<String> tags,
    int minutes, List<String> prerequisites, List<String> start, Map<String, String> hostFiles, List<String> allowed,
    List<String> denied, Text deniedMessage, List<Step> steps, List<NearMiss> nearMisses,
    Map<String, String> acceptedMutants, String source) {

  /** Copies the collections. */
  public Lesson {
    tags = List.copyOf(tags);
    prerequisites = List.copyOf(prerequisites);
    start = List.copyOf(start);
    hostFiles = Map.copyOf(hostFiles);
    allowed = List.copyOf(allowed);
    denied = List.copyOf(denied);
    steps = List.copyOf(steps);
    nearMisses = List.copyOf(nearMisses);
    acceptedMutants = Map.copyOf(acceptedMutants);
  }

  /** Returns every task, in order. */
  public List<Task> tasks() {
    return steps.stream().flatMap(s -> s.tasks().stream()).toList();
  }

  /** Returns the solution: every step's command lines, in order. */
  public List<String> solution() {
    return steps.stream().flatMap(s -> s.solution().stream()).toList();
  }
}
