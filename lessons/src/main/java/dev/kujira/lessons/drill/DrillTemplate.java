package dev.kujira.lessons.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Is a kind of exercise that generates endless drills: every parameter (names, ports, images,
 * networks, files) and the start state come from a {@link Gen} seeded with the drill's seed.
 *
 * @param id the template's id ("publish-port")
 * @param topic its topic: lifecycle, ports, volumes, networks, exec, images, builds, compose
 * @param make writes the drill from a generator and the seed
 */
public record DrillTemplate(String id, String topic, BiFunction<Gen, Long, Drill> make) {

  /** The topics, in the order a course meets them. */
  public static final List<String> TOPICS = List.of("lifecycle", "ports", "volumes", "networks", "exec", "images",
      "builds", "compose");

  /** Returns the drill of seed {@code seed}. */
  public Drill generate(long seed) {
    return make.apply(new Gen(seed ^ id.hashCode()), seed);
  }

  /** Returns every template: the tasks' first, then the "predict the output" questions'. */
  public static List<DrillTemplate> all() {
    List<DrillTemplate> out = new ArrayList<>(ContainerDrills.TEMPLATES);
    out.addAll(ResourceDrills.TEMPLATES);
    out.addAll(QuestionDrills.TEMPLATES);
    return out;
  }

  /** Returns the templates of {@code topic} (all of them when null or empty). */
  public static List<DrillTemplate> of(String topic) {
    return all().stream().filter(t -> topic == null || topic.isEmpty() || t.topic().equals(topic)).toList();
  }
}
