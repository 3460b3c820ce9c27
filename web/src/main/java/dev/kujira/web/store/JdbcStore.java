package dev.kujira.web.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;

/**
 * Is the {@link Store} on a JDBC database: SQLite ({@code jdbc:sqlite:FILE}) or PostgreSQL
 * ({@code jdbc:postgresql://HOST:PORT/DB?user=…&password=…}). Opening migrates the schema
 * with Flyway first, so a new file or an empty database is ready, and an older one is brought up
 * to date.
 *
 * <pre>{@code
 * Store store = JdbcStore.open(dbFlag != null ? dbFlag : JdbcStore.defaultUrl());
 * }</pre>
 */
public final class JdbcStore implements Store {
  /** Where the class codes' characters come from: no 0/O, 1/I/L to misread on a whiteboard. */
  static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private final HikariDataSource pool;
  private final JdbcSessionStore sessions;
  private final JdbcProgressStore progress;
  private final JdbcClassStore classes;
  private final JdbcDrillStore drills;
  private final JdbcAnswerStore answers;

  private JdbcStore(HikariDataSource pool, Clock clock, Supplier<String> codes) {
    this.pool = pool;
    Db db = new Db(pool);
    this.sessions = new JdbcSessionStore(db, clock);
    this.progress = new JdbcProgressStore(db, clock);
    this.classes = new JdbcClassStore(db, clock, codes);
    this.drills = new JdbcDrillStore(db, clock);
    this.answers = new JdbcAnswerStore(db, clock);
  }

  /** Returns the default database: SQLite in {@code ~/.kujira/kujira.db}. */
  public static String defaultUrl() {
    return defaultUrl(Path.of(System.getProperty("user.home")));
  }

  /** Returns the default database under home folder {@code home}: {@code HOME/.kujira/kujira.db}. */
  public static String defaultUrl(Path home) {
    return "jdbc:sqlite:" + home.resolve(".kujira").resolve("kujira.db").toAbsolutePath();
  }

  /** Opens (and migrates) the database at {@code url}, with the system clock and random class codes. */
  public static JdbcStore open(String url) {
    SecureRandom random = new SecureRandom();
    return open(url, Clock.systemUTC(), () -> code(random));
  }

  /** Opens (and migrates) the database at {@code url}; {@code codes} makes new class codes (tests give fakes). */
  public static JdbcStore open(String url, Clock clock, Supplier<String> codes) {
    boolean sqlite = url.startsWith("jdbc:sqlite:");
    if (!sqlite && !url.startsWith("jdbc:postgresql:")) {
      throw new StoreException("unsupported database URL (jdbc:sqlite:FILE or jdbc:postgresql://…): " + url);
    }
    if (sqlite) {
      createFolder(url.substring("jdbc:sqlite:".length()));
    }
    try {
      Flyway.configure().dataSource(url, null, null).locations("classpath:dev/kujira/web/store/migration")
          .loggers("slf4j").load().migrate();
    } catch (RuntimeException e) {
      throw new StoreException("the database " + redact(url) + " could not be migrated", e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("kujira-store");
    config.setConnectionTimeout(10_000);
    if (sqlite) {
      // One writer at a time is all SQLite allows; one connection makes waiting for it the pool's job.
      // WAL keeps every committed line through a kill -9 of the server.
      config.setMaximumPoolSize(1);
      config.addDataSourceProperty("busy_timeout", "10000");
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "NORMAL");
    } else {
      config.setMaximumPoolSize(8);
    }
    try {
      return new JdbcStore(new HikariDataSource(config), clock, codes);
    } catch (RuntimeException e) {
      throw new StoreException("cannot connect to " + redact(url), e);
    }
  }

  private static void createFolder(String file) {
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("cannot create " + parent, e);
    }
  }

  /** Returns {@code url} without its password, for messages. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  /** Returns a new 8-character class code (31^8, about 8.5e11 codes). */
  static String code(SecureRandom random) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    return b.toString();
  }

  @Override
  public SessionStore sessions() {
    return sessions;
  }

  @Override
  public ProgressStore progress() {
    return progress;
  }

  @Override
  public ClassStore classes() {
    return classes;
  }

  @Override
  public DrillStore drills() {
    return drills;
  }

  @Override
  public AnswerStore answers() {
    return answers;
  }

  @Override
  public void close() {
    pool.close();
  }
}
