package dev.kujira.web.store;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/** Stores drill schedules: one row per learner (round, drill in progress), one per template's box. */
final class JdbcDrillStore implements DrillStore {
  private final Db db;
  private final Clock clock;

  JdbcDrillStore(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Schedule load(String learner) {
    return db.tx("read drills", c -> {
      record Head(int round, String current) {
      }
      Head head = Db.one(c, "SELECT drill_round, current_drill FROM drill_schedules WHERE learner = ?",
          rs -> new Head(rs.getInt(1), rs.getString(2)), learner).orElse(new Head(0, ""));
      Map<String, Box> boxes = new TreeMap<>();
      Db.query(c, "SELECT template, box, due, seen, answered_right FROM drill_boxes WHERE learner = ?", rs -> {
        boxes.put(rs.getString(1), new Box(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
        return null;
      }, learner);
      return new Schedule(head.round(), head.current(), boxes);
    });
  }

  @Override
  public void save(String learner, Schedule s) {
    long now = clock.millis();
    db.tx("save drills", c -> {
      Db.update(c, "INSERT INTO drill_schedules (learner, drill_round, current_drill, updated) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (learner) DO UPDATE SET drill_round = excluded.drill_round,"
          + " current_drill = excluded.current_drill, updated = excluded.updated", learner, s.round(), s.current(), now);
      Db.update(c, "DELETE FROM drill_boxes WHERE learner = ?", learner);
      for (Map.Entry<String, Box> e : new TreeMap<>(s.boxes()).entrySet()) {
        Box b = e.getValue();
        Db.update(c, "INSERT INTO drill_boxes (learner, template, box, due, seen, answered_right) VALUES (?, ?, ?, ?, ?, ?)",
            learner, e.getKey(), b.box(), b.due(), b.seen(), b.right());
      }
      return null;
    });
  }
}
