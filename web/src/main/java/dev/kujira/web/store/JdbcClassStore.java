package dev.kujira.web.store;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Stores classes and their members; the instructor's table joins members with their progress. A
 * class's instructors are its owner and the sessions that opened it with its key.
 */
final class JdbcClassStore implements ClassStore {
  private static final String COLUMNS = "code, name, owner, created";
  private static final SecureRandom RANDOM = new SecureRandom();
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
  public Created create(String name, String owner) {
    long now = clock.millis();
    String key = InstructorKey.create(RANDOM);
    String hash = InstructorKey.hash(key, RANDOM);
    return db.tx("create class", c -> {
      for (int attempt = 0; attempt < 16; attempt++) {
        String code = codes.get().toUpperCase(Locale.ROOT);
        if (Db.one(c, "SELECT code FROM classes WHERE code = ?", rs -> rs.getString(1), code).isEmpty()) {
          Db.update(c, "INSERT INTO classes (" + COLUMNS + ", key_hash) VALUES (?, ?, ?, ?, ?)", code, name, owner, now,
              hash);
          return new Created(new ClassInfo(code, name, owner, Instant.ofEpochMilli(now)), key);
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
  public Optional<ClassInfo> open(String code, String key, String learner) {
    String wanted = code.trim().toUpperCase(Locale.ROOT);
    long now = clock.millis();
    return db.tx("open class", c -> {
      record Keyed(ClassInfo info, String hash) {
      }
      Optional<Keyed> found = Db.one(c, "SELECT " + COLUMNS + ", key_hash FROM classes WHERE code = ?",
          rs -> new Keyed(read(rs), rs.getString(5)), wanted);
      if (found.isEmpty() || !InstructorKey.matches(key, found.get().hash())) {
        return Optional.empty();
      }
      Db.update(c, "INSERT INTO class_instructors (class_code, learner, opened) VALUES (?, ?, ?)"
          + " ON CONFLICT (class_code, learner) DO NOTHING", wanted, learner, now);
      return Optional.of(found.get().info());
    });
  }

  @Override
  public List<ClassInfo> ownedBy(String owner) {
    return db.tx("read classes", c -> Db.query(c, "SELECT " + COLUMNS + " FROM classes WHERE owner = ?"
        + " OR code IN (SELECT class_code FROM class_instructors WHERE learner = ?) ORDER BY created DESC, code",
        JdbcClassStore::read, owner, owner));
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

  @Override
  public void holdKey(String code, String owner, String sealed) {
    long now = clock.millis();
    db.tx("hold instructor key", c -> {
      Db.update(c, "DELETE FROM held_instructor_keys WHERE held < ?", now - HOLD_MILLIS);
      return Db.update(c, "INSERT INTO held_instructor_keys (class_code, owner, sealed, held) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (class_code, owner) DO UPDATE SET sealed = excluded.sealed, held = excluded.held",
          code, owner, sealed, now);
    });
  }

  @Override
  public Optional<String> takeKey(String code, String owner) {
    long oldest = clock.millis() - HOLD_MILLIS;
    return db.tx("take instructor key", c -> {
      Optional<String> sealed = Db.one(c, "SELECT sealed FROM held_instructor_keys WHERE class_code = ? AND owner = ?"
          + " AND held >= ?", rs -> rs.getString(1), code, owner, oldest);
      Db.update(c, "DELETE FROM held_instructor_keys WHERE class_code = ? AND owner = ?", code, owner);
      return sealed;
    });
  }
}
