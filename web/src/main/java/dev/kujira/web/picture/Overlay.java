package dev.kujira.web.picture;

import java.util.List;
import java.util.Set;

/**
 * Is a lesson's goal as the picture overlays it: the tasks, whether each is done, and which
 * resources each one names. What an open task still names is highlighted (and drawn as a dashed
 * placeholder when it does not exist yet); what only done tasks name turns green.
 *
 * <pre>{@code
 * Overlay o = new Overlay(List.of(new Overlay.Task("run-web", "Run nginx as web", false,
 *     Overlay.Needs.containers("web"))));
 * }</pre>
 *
 * @param tasks the tasks, in the lesson's order
 */
public record Overlay(List<Task> tasks) {
  /** Copies the list. */
  public Overlay {
    tasks = List.copyOf(tasks);
  }

  /** Returns the empty overlay (the sandbox: no goal). */
  public static Overlay none() {
    return new Overlay(List.of());
  }

  /**
   * Is one task of the goal.
   *
   * @param id the task's id
   * @param label what to do, in the learner's language
   * @param done whether its goal holds
   * @param needs the resources its goal names
   */
  public record Task(String id, String label, boolean done, Needs needs) {
  }

  /**
   * Is what a goal names, by kind. Image references are normalised ("nginx" is "nginx:latest").
   *
   * @param containers container names
   * @param networks network names
   * @param volumes volume names
   * @param images image references
   */
  public record Needs(Set<String> containers, Set<String> networks, Set<String> volumes, Set<String> images) {
    /** Copies the sets and normalises the image references. */
    public Needs {
      containers = Set.copyOf(containers);
      networks = Set.copyOf(networks);
      volumes = Set.copyOf(volumes);
      images = Set.copyOf(images.stream().map(Overlay::normalise).toList());
    }

    /** Returns needs naming nothing. */
    public static Needs nothing() {
      return new Needs(Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** Returns needs naming only containers. */
    public static Needs containers(String... names) {
      return new Needs(Set.of(names), Set.of(), Set.of(), Set.of());
    }
  }

  /** Is how the picture marks one resource. */
  public enum Mark {
    /** No task names it. */
    NONE,
    /** An open task names it. */
    NEEDED,
    /** Only done tasks name it. */
    DONE
  }

  /** Returns how the resource {@code name} of {@code kind} ("container", "network", "volume", "image") is marked. */
  public Mark mark(String kind, String name) {
    boolean done = false;
    for (Task t : tasks) {
      if (names(t.needs(), kind).contains(kind.equals("image") ? normalise(name) : name)) {
        if (!t.done()) {
          return Mark.NEEDED;
        }
        done = true;
      }
    }
    return done ? Mark.DONE : Mark.NONE;
  }

  /** Returns the names of {@code kind} that open tasks name, sorted: the placeholders' candidates. */
  List<String> needed(String kind) {
    return tasks.stream().filter(t -> !t.done()).flatMap(t -> names(t.needs(), kind).stream()).distinct().sorted()
        .toList();
  }

  private static Set<String> names(Needs n, String kind) {
    return switch (kind) {
      case "container" -> n.containers();
      case "network" -> n.networks();
      case "volume" -> n.volumes();
      case "image" -> n.images();
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** Returns {@code ref} with ":latest" when it has no tag or digest, as Docker reads it. */
  static String normalise(String ref) {
    int slash = ref.lastIndexOf('/');
    return ref.contains("@") || ref.lastIndexOf(':') > slash ? ref : ref + ":latest";
  }
}
