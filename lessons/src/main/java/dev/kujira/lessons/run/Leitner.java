package dev.kujira.lessons.run;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Schedules drills by Leitner boxes, one box per template: a drill solved without the solution
 * moves its template up a box, a miss sends it back to box 1. Box k comes back after 2^(k-1)
 * rounds (a round is one drill done), so what the learner gets wrong comes back soon and what
 * they know comes back rarely. Rounds, not wall-clock days: the schedule is the same offline and
 * in tests.
 *
 * @param round drills done so far
 * @param boxes the state per template id
 */
public record Leitner(int round, Map<String, Box> boxes) {
  /** The highest box. */
  public static final int TOP = 5;

  /** Copies the map. */
  public Leitner {
    boxes = Map.copyOf(boxes == null ? Map.of() : boxes);
  }

  /**
   * Is one template's place in the schedule.
   *
   * @param box its box, 1 to {@link #TOP}
   * @param due the round from which it is due again
   * @param seen how many of its drills were done
   * @param right how many were solved without the solution
   */
  public record Box(int box, int due, int seen, int right) {
  }

  /** Returns an empty schedule. */
  public static Leitner empty() {
    return new Leitner(0, Map.of());
  }

  /**
   * Returns the template to drill next among {@code ids}: one never seen first, then the due one
   * in the lowest box, then the one due soonest ({@code tieBreak} picks among equals).
   */
  public String next(List<String> ids, java.util.function.Function<List<String>, String> tieBreak) {
    Comparator<String> order = Comparator
        .comparingInt((String id) -> boxes.containsKey(id) ? 1 : 0)
        .thenComparingInt(id -> Math.max(0, due(id) - round))
        .thenComparingInt(id -> boxes.containsKey(id) ? boxes.get(id).box() : 0);
    String best = ids.stream().min(order).orElseThrow();
    List<String> equal = ids.stream().filter(id -> order.compare(id, best) == 0).toList();
    return tieBreak.apply(equal);
  }

  private int due(String id) {
    Box b = boxes.get(id);
    return b == null ? 0 : b.due();
  }

  /** Returns the schedule after a drill of {@code template}: {@code right} when solved without the solution. */
  public Leitner record(String template, boolean right) {
    Box b = boxes.getOrDefault(template, new Box(0, 0, 0, 0));
    int box = right ? Math.min(TOP, Math.max(1, b.box() + 1)) : 1;
    Map<String, Box> all = new TreeMap<>(boxes);
    all.put(template, new Box(box, round + 1 + (1 << (box - 1)), b.seen() + 1, b.right() + (right ? 1 : 0)));
    return new Leitner(round + 1, all);
  }
}
