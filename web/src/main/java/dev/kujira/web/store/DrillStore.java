package dev.kujira.web.store;

import java.util.Map;

/**
 * Stores each learner's drill schedule: the Leitner boxes per drill template, the round the
 * schedule is at (one round per drill done) and the drill in progress, so a learner's boxes and
 * open drill survive a server restart and are shared by every node.
 */
public interface DrillStore {
  /**
   * Is one template's box.
   *
   * @param box its box, from 1
   * @param due the round from which it is due again
   * @param seen how many of its drills were done
   * @param right how many were solved without the solution
   */
  record Box(int box, int due, int seen, int right) {
  }

  /**
   * Is a learner's schedule.
   *
   * @param round drills done so far
   * @param current the drill in progress ("TEMPLATE/SEED"), or "" for none
   * @param boxes the boxes by template id
   */
  record Schedule(int round, String current, Map<String, Box> boxes) {
    /** Copies the map. */
    public Schedule {
      boxes = Map.copyOf(boxes);
    }

    /** Returns an empty schedule. */
    public static Schedule empty() {
      return new Schedule(0, "", Map.of());
    }
  }

  /** Returns {@code learner}'s schedule (an empty one when none was saved). */
  Schedule load(String learner);

  /** Replaces {@code learner}'s schedule with {@code schedule}. */
  void save(String learner, Schedule schedule);
}
