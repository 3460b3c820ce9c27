package dev.kujira.web.records;

import dev.kujira.lessons.run.Leitner;

/**
 * Keeps each browser session's drills: the Leitner boxes of the lessons module ({@link Leitner},
 * as {@code kujira drill} keeps them in ~/.kujira/progress.json) and the drill in progress.
 */
public interface DrillRecords {
  /** Returns the session's schedule (empty when none). */
  Leitner drills(String sessionId);

  /** Returns the drill in progress as "TEMPLATE/SEED", or "" for none. */
  String currentDrill(String sessionId);

  /** Records the session's schedule and the drill in progress ("" for none). */
  void saveDrills(String sessionId, Leitner schedule, String current);
}
