package dev.kujira.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Stores classes and their members; the instructor's table joins members with their progress. */
final class JdbcClassStore implements ClassStore {
  private static final String COLUMNS = "code, name, owner, created";
  private final Db db;
  private final Clock clock;
  private final Supplier<String> codes;

  JdbcClassStore(Db db, Clock clock, Supplier<String> codes) {
    this.db = db;
    this.clock = clock;
    this.codes = codes;
  }

  private static ClassInfo read(ResultSet rs) throws SQLException {
    return new ClassInfo(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)));
  }

  @Override
  public ClassInfo create(String name, String owner) {
    long now = clock.millis();
    return db.tx("create class", c -> {
      for (int attempt = 0; attempt < 16; attempt++) {
        String code = codes.get().toUpperCase(Locale.ROOT);
        if (Db.one(c, "SELECT code FROM classes WHERE code = ?", rs -> rs.getString(1), code).isEmpty()) {
          Db.update(c, "INSERT INTO classes (" + COLUMNS + ") VALUES (?, ?, ?, ?)", code, name, owner, now);
          return new ClassInfo(code, name, owner, Instant.ofEpochMilli(now));
        }
      }
      throw new StoreException("no free class code after 16 tries");
    });
  }

  @Override
  public Optional<ClassInfo> find(String code) {
    return db.tx("read class", c -> Db.one(c, "SELECT " + COLUMNS + " FROM classes WHERE code = ?",
        JdbcClassStore::read, code.trim().toUpperCase(Locale.ROOT)));
  }

  @Override
  public List<ClassInfo> ownedBy(String owner) {
    return db.tx("read classes", c -> Db.query(c, "SELECT " + COLUMNS
        + " FROM classes WHERE owner = ? ORDER BY created DESC, code", JdbcClassStore::read, owner));
  }

  @Override
  public boolean join(String code, String learner, String displayName) {
    String key = code.trim().toUpperCase(Locale.ROOT);
    long now = clock.millis();
    return db.tx("join class", c -> {
      if (Db.one(c, "SELECT code FROM classes WHERE code = ?", rs -> rs.getString(1), key).isEmpty()) {
        return false;
      }
      Db.update(c, "INSERT INTO class_members (class_code, learner, display_name, joined) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (class_code, learner) DO UPDATE SET display_name = excluded.display_name",
          key, learner, displayName, now);
      return true;
    });
  }

  @Override
  public boolean leave(String code, String learner) {
    return db.tx("leave class", c -> Db.update(c, "DELETE FROM class_members WHERE class_code = ? AND learner = ?",
        code.trim().toUpperCase(Locale.ROOT), learner) > 0);
  }

  @Override
  public List<ClassInfo> memberOf(String learner) {
    return db.tx("read classes", c -> Db.query(c, "SELECT c.code, c.name, c.owner, c.created FROM classes c"
        + " JOIN class_members m ON m.class_code = c.code WHERE m.learner = ? ORDER BY c.created DESC, c.code",
        JdbcClassStore::read, learner));
  }

  @Override
  public List<Row> table(String code) {
    String key = code.trim().toUpperCase(Locale.ROOT);
    return db.tx("read class table", c -> {
      record Member(String learner, String name, long joined) {
      }
      List<Member> members = Db.query(c, "SELECT learner, display_name, joined FROM class_members"
          + " WHERE class_code = ? ORDER BY display_name, learner", rs -> new Member(rs.getString(1), rs.getString(2),
              rs.getLong(3)), key);
      List<Row> rows = new ArrayList<>();
      for (Member m : members) {
        rows.add(new Row(m.learner(), m.name(), Instant.ofEpochMilli(m.joined()), Db.query(c, "SELECT "
            + JdbcProgressStore.COLUMNS + " FROM progress WHERE learner = ? ORDER BY lesson", JdbcProgressStore::read,
            m.learner())));
      }
      return rows;
    });
  }
}
