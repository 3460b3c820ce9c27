package dev.kujira.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.SessionLog;
import dev.kujira.web.store.ClassStore.ClassInfo;
import dev.kujira.web.store.ProgressStore.LessonProgress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database under the store must have; SQLite and PostgreSQL run it alike.
 * Subclasses give a fresh, empty database's URL for each test.
 */
abstract class StoreContract {
  private static final long T0 = 1_796_115_600_000L;
  protected final FakeClock clock = new FakeClock(T0);
  private final AtomicInteger codes = new AtomicInteger();
  private Store store;

  /** Returns the URL of a fresh, empty database. */
  protected abstract String freshUrl() throws Exception;

  private String url;

  @BeforeEach
  void openStore() throws Exception {
    url = freshUrl();
    store = reopen();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  /** Opens another store object on the same database: what a server restart (or a second node) does. */
  private Store reopen() {
    return JdbcStore.open(url, clock, () -> "CLASS" + codes.incrementAndGet());
  }

  private static final List<String> LINES = List.of(
      "docker network create appnet",
      "docker volume create data",
      "docker run -d --name web -p 8080:80 --network appnet nginx",
      "docker run --name once -v data:/data busybox sh -c 'echo hi > /data/x'",
      "docker ps -a",
      "docker run -d --name db --network appnet -v data:/data redis",
      "docker stop web");

  @Test
  void aSessionStoredThenReloadedAfterARestartReplaysToTheSameState() throws Exception {
    try (Engine engine = Engine.create(EngineOptions.defaults().withSeed(42))) {
      engine.writeHostFile("/root/app/index.html", 0644, "<h1>hi</h1>\n".getBytes(StandardCharsets.UTF_8));
      store.sessions().create("s1", "learner-1", "", engine.sessionLog());
      for (String line : LINES) {
        engine.run(line);
        store.sessions().append("s1", new SessionLog.Run(line));
        clock.advance(1000);
      }
      String expected = engine.state().canonicalJson();
      store.close();
      store = reopen();
      try (Engine again = store.sessions().replay("s1").orElseThrow()) {
        assertThat(again.state().canonicalJson()).isEqualTo(expected);
        assertThat(again.sessionLog().toText()).isEqualTo(engine.sessionLog().toText());
      }
      SessionStore.Info info = store.sessions().info("s1").orElseThrow();
      assertThat(info.steps()).isEqualTo(LINES.size() + 1);
      assertThat(info.learner()).isEqualTo("learner-1");
      assertThat(info.used()).isEqualTo(Instant.ofEpochMilli(T0 + 6000));
    }
  }

  @Test
  void twoNodesAppendingToOneSessionLoseNoLine() throws Exception {
    // A second store object on the same database is a second web node, or the server started again
    // after a kill -9 left the first one's connections open: each sees every committed line.
    store.sessions().create("shared", "", "", new SessionLog(EngineOptions.defaults(), List.of()));
    try (Store other = reopen()) {
      List<Thread> threads = new java.util.ArrayList<>();
      java.util.Queue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
      for (Store node : List.of(store, other)) {
        String name = node == store ? "a" : "b";
        Thread t = new Thread(() -> {
          try {
            for (int i = 0; i < 15; i++) {
              node.sessions().append("shared", new SessionLog.Run("echo " + name + i));
            }
          } catch (Throwable e) {
            failures.add(e);
          }
        });
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join();
      }
      assertThat(failures).isEmpty();
      SessionLog seen = other.sessions().load("shared").orElseThrow();
      assertThat(seen.steps()).hasSize(30);
      assertThat(seen.steps().stream().map(st -> ((SessionLog.Run) st).line()).filter(l -> l.startsWith("echo a")))
          .containsExactly(java.util.stream.IntStream.range(0, 15).mapToObj(i -> "echo a" + i).toArray(String[]::new));
      assertThat(store.sessions().info("shared").orElseThrow().steps()).isEqualTo(30);
    }
  }

  @Test
  void saveAfterUndoShortensTheStoredSessionAndKeepsItReplayable() throws Exception {
    try (Engine engine = Engine.create(EngineOptions.defaults())) {
      engine.enableUndo(true);
      store.sessions().create("u", "", "first-steps-01", engine.sessionLog());
      for (String line : LINES.subList(0, 2)) {
        engine.run(line);
        store.sessions().save("u", engine.sessionLog());
      }
      assertThat(engine.undo()).isTrue();
      engine.run("docker run -d --name other busybox sleep 100");
      store.sessions().save("u", engine.sessionLog());
      assertThat(store.sessions().load("u").orElseThrow().toText()).isEqualTo(engine.sessionLog().toText());
      try (Engine again = store.sessions().replay("u").orElseThrow()) {
        assertThat(again.state().canonicalJson()).isEqualTo(engine.state().canonicalJson());
      }
    }
  }

  @Test
  void appendAtWritesOnlyWhereTheCallerLastLeftTheSession() {
    SessionLog empty = new SessionLog(EngineOptions.defaults(), List.of());
    store.sessions().create("a", "", "", empty);
    SessionLog.Step ps = new SessionLog.Run("docker ps");
    SessionLog.Step net = new SessionLog.Run("docker network create 'n \"1\"'");
    assertThat(store.sessions().appendAt("a", 0, List.of(ps, net))).isTrue();
    assertThat(store.sessions().appendAt("a", 1, List.of(ps))).as("the session holds 2, not 1").isFalse();
    assertThat(store.sessions().appendAt("a", 3, List.of(ps))).isFalse();
    assertThat(store.sessions().appendAt("a", 2, List.of(ps))).isTrue();
    assertThat(store.sessions().appendAt("nope", 0, List.of(ps))).isFalse();
    assertThat(store.sessions().load("a").orElseThrow().steps()).containsExactly(ps, net, ps);
    assertThat(store.sessions().info("a").orElseThrow().steps()).isEqualTo(3);
    assertThat(store.sessions().load("nope")).isEmpty();
  }

  @Test
  void unknownSessionsAreEmptyOrRefused() {
    assertThat(store.sessions().load("nope")).isEmpty();
    assertThat(store.sessions().replay("nope")).isEmpty();
    assertThat(store.sessions().delete("nope")).isFalse();
    assertThatThrownBy(() -> store.sessions().append("nope", new SessionLog.Run("docker ps")))
        .isInstanceOf(StoreException.class);
    SessionLog empty = new SessionLog(EngineOptions.defaults(), List.of());
    store.sessions().create("dup", "", "", empty);
    assertThatThrownBy(() -> store.sessions().create("dup", "", "", empty)).isInstanceOf(StoreException.class);
  }

  @Test
  void idleSessionsAreFoundOldestFirstAndCanBeDeleted() {
    SessionLog empty = new SessionLog(EngineOptions.defaults(), List.of());
    store.sessions().create("a", "", "", empty);
    clock.advance(60_000);
    store.sessions().create("b", "", "", empty);
    clock.advance(60_000);
    store.sessions().create("c", "", "", empty);
    store.sessions().touch("a");
    List<String> idle = store.sessions().idleSince(Instant.ofEpochMilli(T0 + 120_000), 10).stream()
        .map(SessionStore.Info::id).toList();
    assertThat(idle).containsExactly("b");
    assertThat(store.sessions().delete("b")).isTrue();
    assertThat(store.sessions().load("b")).isEmpty();
  }

  @Test
  void progressIsKeptPerLearnerAndLessonMostRecentFirst() {
    ProgressStore p = store.progress();
    p.save(new LessonProgress("ann", "first-steps-01", Set.of("run"), Map.of("run", 1), Map.of("run", 2), "", null));
    clock.advance(1000);
    LessonProgress done = p.save(new LessonProgress("ann", "networks-01", Set.of("net", "dns"), Map.of(),
        Map.of("net", 1, "dns", 3), "KJ1-abc", null));
    clock.advance(1000);
    p.save(new LessonProgress("bob", "first-steps-01", Set.of(), Map.of(), Map.of(), "", null));
    assertThat(done.updated()).isEqualTo(Instant.ofEpochMilli(T0 + 1000));
    assertThat(p.get("ann", "networks-01")).contains(done);
    assertThat(p.get("ann", "networks-01").orElseThrow().finished()).isTrue();
    assertThat(p.forLearner("ann")).extracting(LessonProgress::lesson).containsExactly("networks-01", "first-steps-01");
    clock.advance(1000);
    p.save(new LessonProgress("ann", "first-steps-01", Set.of("run", "ps"), Map.of("run", 2), Map.of(), "", null));
    LessonProgress again = p.forLearner("ann").get(0);
    assertThat(again.lesson()).isEqualTo("first-steps-01");
    assertThat(again.tasksDone()).containsExactly("ps", "run");
    assertThat(again.hintsUsed()).isEqualTo(2);
    assertThat(p.get("carol", "x")).isEmpty();
  }

  @Test
  void aClassTableShowsEveryMembersProgress() {
    ClassInfo c = store.classes().create("Docker 101", "teacher").info();
    assertThat(c.code()).isEqualTo("CLASS1");
    assertThat(store.classes().find(" class1 ")).contains(c);
    assertThat(store.classes().join("CLASS1", "ann", "Ann")).isTrue();
    assertThat(store.classes().join("class1", "bob", "Bob")).isTrue();
    assertThat(store.classes().join("CLASS1", "bob", "Bobby")).isTrue();
    assertThat(store.classes().join("NOPE", "bob", "Bob")).isFalse();
    store.progress().save(new LessonProgress("ann", "l1", Set.of("a"), Map.of(), Map.of(), "KJ1-x", null));
    List<ClassStore.Row> table = store.classes().table("CLASS1");
    assertThat(table).extracting(ClassStore.Row::displayName).containsExactly("Ann", "Bobby");
    assertThat(table.get(0).lessons()).extracting(LessonProgress::completionCode).containsExactly("KJ1-x");
    assertThat(table.get(1).lessons()).isEmpty();
    assertThat(store.classes().memberOf("ann")).containsExactly(c);
    assertThat(store.classes().ownedBy("teacher")).containsExactly(c);
    assertThat(store.classes().leave("CLASS1", "ann")).isTrue();
    assertThat(store.classes().table("CLASS1")).hasSize(1);
  }

  @Test
  void theCompletionCodeAndTheTimeSpentAreKept() {
    store.progress().save(new LessonProgress("ann", "l1", Set.of("a"), Map.of(), Map.of(), "KJ1-code", null, 754));
    store.close();
    store = reopen();
    LessonProgress p = store.progress().get("ann", "l1").orElseThrow();
    assertThat(p.completionCode()).isEqualTo("KJ1-code");
    assertThat(p.seconds()).isEqualTo(754);
    assertThat(store.classes().create("c", "t").info().code()).isNotEmpty();
  }

  @Test
  void anInstructorKeyOpensTheClassInAnotherSessionAndOnlyItsSaltedHashIsStored() throws Exception {
    ClassStore.Created made = store.classes().create("Docker 101", "teacher");
    assertThat(made.key()).matches("([2-9A-HJKMNP-Z]{5}-){4}[2-9A-HJKMNP-Z]{5}");
    String code = made.info().code();
    assertThat(store.classes().ownedBy("laptop")).isEmpty();
    assertThat(store.classes().open(code, made.key().substring(1) + "2", "laptop")).isEmpty();
    assertThat(store.classes().open("NOPE", made.key(), "laptop")).isEmpty();
    assertThat(store.classes().ownedBy("laptop")).isEmpty();
    store.close();
    store = reopen();
    String typed = " " + made.key().toLowerCase(java.util.Locale.ROOT).replace("-", " ") + " ";
    assertThat(store.classes().open(code.toLowerCase(java.util.Locale.ROOT), typed, "laptop")).contains(made.info());
    assertThat(store.classes().open(code, made.key(), "laptop")).as("twice is fine").contains(made.info());
    assertThat(store.classes().ownedBy("laptop")).containsExactly(made.info());
    assertThat(store.classes().ownedBy("teacher")).containsExactly(made.info());
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT key_hash FROM classes")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).matches("sha256:[0-9a-f]{32}:[0-9a-f]{64}").doesNotContain(made.key().replace("-", ""));
    }
  }

  @Test
  void aHeldKeyIsTakenOnceByItsOwnerAndNotAfterItsHold() {
    String code = store.classes().create("Docker 101", "teacher").info().code();
    store.classes().holdKey(code, "teacher", "sealed-1");
    assertThat(store.classes().takeKey(code, "laptop")).isEmpty();
    store.close();
    store = reopen();
    assertThat(store.classes().takeKey(code, "teacher")).as("another node takes it").contains("sealed-1");
    assertThat(store.classes().takeKey(code, "teacher")).as("once only").isEmpty();
    store.classes().holdKey(code, "teacher", "sealed-2");
    clock.advance(ClassStore.HOLD_MILLIS + 1);
    assertThat(store.classes().takeKey(code, "teacher")).as("past its hold").isEmpty();
    store.classes().holdKey(code, "teacher", "sealed-3");
    store.classes().holdKey(code, "teacher", "sealed-4");
    assertThat(store.classes().takeKey(code, "teacher")).contains("sealed-4");
  }

  @Test
  void answersAndHelpMarksSurviveARestartPerWorkspace() {
    AnswerStore a = store.answers();
    assertThat(a.load("s1", "lesson/x")).isEqualTo(AnswerStore.Marks.none());
    a.answer("s1", "lesson/x", "q1", "1 3");
    a.answer("s1", "lesson/x", "q1", "2");
    a.answer("s1", "lesson/x", "q2", "y");
    a.helped("s1", "drill/t/5");
    a.helped("s1", "drill/t/5");
    store.close();
    store = reopen();
    a = store.answers();
    assertThat(a.load("s1", "lesson/x")).as("the first answer counts")
        .isEqualTo(new AnswerStore.Marks(Map.of("q1", "1 3", "q2", "y"), false));
    assertThat(a.load("s1", "drill/t/5")).isEqualTo(new AnswerStore.Marks(Map.of(), true));
    assertThat(a.load("s2", "lesson/x")).isEqualTo(AnswerStore.Marks.none());
    a.helped("s1", "lesson/x");
    a.clearAnswers("s1", "lesson/x");
    assertThat(a.load("s1", "lesson/x")).isEqualTo(new AnswerStore.Marks(Map.of(), true));
    a.clear("s1", "drill/t/5");
    assertThat(a.load("s1", "drill/t/5")).isEqualTo(AnswerStore.Marks.none());
  }

  @Test
  void drillBoxesSurviveARestartAndAreKeptPerLearner() {
    assertThat(store.drills().load("ann")).isEqualTo(DrillStore.Schedule.empty());
    DrillStore.Schedule s = new DrillStore.Schedule(3, "publish-port/42",
        Map.of("publish-port", new DrillStore.Box(2, 5, 2, 2), "stop-one", new DrillStore.Box(1, 4, 1, 0)));
    store.drills().save("ann", s);
    store.drills().save("bob", new DrillStore.Schedule(1, "", Map.of("stop-one", new DrillStore.Box(2, 3, 1, 1))));
    store.close();
    store = reopen();
    assertThat(store.drills().load("ann")).isEqualTo(s);
    DrillStore.Schedule fewer = new DrillStore.Schedule(4, "", Map.of("stop-one", new DrillStore.Box(1, 6, 2, 0)));
    store.drills().save("ann", fewer);
    assertThat(store.drills().load("ann")).isEqualTo(fewer);
    assertThat(store.drills().load("bob").boxes()).containsOnlyKeys("stop-one");
  }

  @Test
  void aVersionOneDatabaseIsMigratedKeepingItsRows() throws Exception {
    String old = freshUrl();
    org.flywaydb.core.Flyway.configure().dataSource(old, null, null).locations("classpath:dev/kujira/web/store/migration")
        .target("1").load().migrate();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(old); java.sql.Statement st = c.createStatement()) {
      st.execute("INSERT INTO progress (learner, lesson, tasks_done, hints, attempts, completion_code, updated)"
          + " VALUES ('ann', 'l1', '[\"a\"]', '{}', '{}', 'finished', 5)");
    }
    try (Store migrated = JdbcStore.open(old, clock, () -> "CODE")) {
      LessonProgress p = migrated.progress().get("ann", "l1").orElseThrow();
      assertThat(p.tasksDone()).containsExactly("a");
      assertThat(p.completionCode()).isEqualTo("finished");
      assertThat(p.seconds()).isZero();
      migrated.drills().save("ann", new DrillStore.Schedule(1, "", Map.of()));
      assertThat(migrated.drills().load("ann").round()).isEqualTo(1);
    }
  }

  @Test
  void learnersTextIsStoredAsDataNotSql() throws Exception {
    String evil = "x'); DROP TABLE sessions; --";
    try (Engine engine = Engine.create(EngineOptions.defaults())) {
      store.sessions().create(evil, evil, evil, engine.sessionLog());
      engine.run("echo '" + evil + "' \"日本語\"");
      store.sessions().append(evil, new SessionLog.Run("echo '" + evil + "' \"日本語\""));
      assertThat(store.sessions().load(evil).orElseThrow().toText()).isEqualTo(engine.sessionLog().toText());
    }
    assertThat(store.classes().join("x", evil, evil)).isFalse();
  }
}
