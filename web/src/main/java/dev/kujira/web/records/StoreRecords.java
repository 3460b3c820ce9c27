package dev.kujira.web.records;

import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.SessionLog;
import dev.kujira.lessons.run.Leitner;
import dev.kujira.lessons.run.Progress;
import dev.kujira.web.store.DrillStore;
import dev.kujira.web.store.ProgressStore;
import dev.kujira.web.store.SessionStore;
import dev.kujira.web.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keeps browser sessions and progress in the database {@link Store} (SQLite by default,
 * PostgreSQL shared by several nodes), so a session survives a restart and moves between nodes.
 *
 * <p>How the records map onto the store's tables: the browser session is a stored session of its
 * own id with no inputs, whose lesson column holds the lesson it was last in; each workspace
 * ("sandbox", "lesson/ID") is a stored session whose inputs are its command lines, under the
 * browser session's id and a hash of the context (the id column holds 64 characters); a share is a
 * stored session "share-" + 128 random bits. Progress is one row per lesson, the browser session
 * being the learner, with the time spent; a finished lesson's row carries the completion code the
 * learner was given ({@link #FINISHED} until it is handed over). The drills' Leitner boxes are the
 * store's drill schedule of the browser session.
 */
public final class StoreRecords implements SessionRecords, ProgressRecords, DrillRecords {
  /** Is the completion-code column's value of a finished lesson. */
  static final String FINISHED = "finished";
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SessionStore sessions;
  private final ProgressStore progress;
  private final DrillStore drills;

  /** Keeps the records in {@code store}; the caller closes the store. */
  public StoreRecords(Store store) {
    this.sessions = store.sessions();
    this.progress = store.progress();
    this.drills = store.drills();
  }

  @Override
  public void saveSession(String sessionId) {
    if (sessions.info(sessionId).isEmpty()) {
      sessions.create(sessionId, sessionId, "", log(List.of()));
    }
  }

  @Override
  public boolean knows(String sessionId) {
    return sessions.info(sessionId).isPresent();
  }

  @Override
  public synchronized void saveLines(String sessionId, String context, List<String> lines) {
    String id = workspace(sessionId, context);
    if (sessions.info(id).isEmpty()) {
      sessions.create(id, sessionId, context, log(lines));
    } else {
      sessions.save(id, log(lines));
    }
  }

  @Override
  public boolean appendLines(String sessionId, String context, int from, List<String> lines) {
    return sessions.appendAt(workspace(sessionId, context), from,
        lines.stream().<SessionLog.Step>map(SessionLog.Run::new).toList());
  }

  @Override
  public List<String> lines(String sessionId, String context) {
    return sessions.load(workspace(sessionId, context)).map(StoreRecords::lines).orElse(List.of());
  }

  @Override
  public String share(List<String> lines) {
    byte[] raw = new byte[16];
    RANDOM.nextBytes(raw);
    String id = HexFormat.of().formatHex(raw);
    sessions.create("share-" + id, "", "share", log(lines));
    return id;
  }

  @Override
  public Optional<List<String>> shared(String shareId) {
    if (!shareId.matches("[0-9a-f]{32}")) {
      return Optional.empty();
    }
    return sessions.load("share-" + shareId).map(StoreRecords::lines);
  }

  @Override
  public Progress progress(String sessionId) {
    Map<String, Progress.LessonProgress> lessons = new TreeMap<>();
    for (ProgressStore.LessonProgress p : progress.forLearner(sessionId)) {
      lessons.put(p.lesson(), new Progress.LessonProgress(List.copyOf(p.tasksDone()), p.hints(), p.attempts(),
          p.seconds(), p.finished()));
    }
    return new Progress(1, lessons);
  }

  @Override
  public void saveProgress(String sessionId, Progress p) {
    p.lessons().forEach((lesson, l) -> {
      Optional<ProgressStore.LessonProgress> stored = progress.get(sessionId, lesson);
      // A finished lesson keeps the code it was signed with; "finished" until the page hands the code over.
      String code = !l.finished() ? "" : stored.map(ProgressStore.LessonProgress::completionCode)
          .filter(c -> !c.isEmpty()).orElse(FINISHED);
      ProgressStore.LessonProgress row = new ProgressStore.LessonProgress(sessionId, lesson, new java.util.TreeSet<>(l.done()),
          l.hints(), l.attempts(), code, Instant.EPOCH, l.seconds());
      // Only what changed is written, so "most recent first" still says which lesson moved last.
      if (stored.isEmpty() || !same(stored.get(), row)) {
        progress.save(row);
      }
    });
  }

  private static boolean same(ProgressStore.LessonProgress a, ProgressStore.LessonProgress b) {
    return a.tasksDone().equals(b.tasksDone()) && a.hints().equals(b.hints()) && a.attempts().equals(b.attempts())
        && a.completionCode().equals(b.completionCode()) && a.seconds() == b.seconds();
  }

  @Override
  public void saveCode(String sessionId, String lessonId, String code) {
    progress.get(sessionId, lessonId).filter(p -> !p.completionCode().equals(code)).ifPresent(p -> progress.save(
        new ProgressStore.LessonProgress(sessionId, lessonId, p.tasksDone(), p.hints(), p.attempts(), code, p.updated(),
            p.seconds())));
  }

  @Override
  public Map<String, String> codes(String sessionId) {
    Map<String, String> out = new TreeMap<>();
    for (ProgressStore.LessonProgress p : progress.forLearner(sessionId)) {
      if (p.finished() && !p.completionCode().equals(FINISHED)) {
        out.put(p.lesson(), p.completionCode());
      }
    }
    return out;
  }

  @Override
  public Leitner drills(String sessionId) {
    DrillStore.Schedule s = drills.load(sessionId);
    Map<String, Leitner.Box> boxes = new TreeMap<>();
    s.boxes().forEach((t, b) -> boxes.put(t, new Leitner.Box(b.box(), b.due(), b.seen(), b.right())));
    return new Leitner(s.round(), boxes);
  }

  @Override
  public String currentDrill(String sessionId) {
    return drills.load(sessionId).current();
  }

  @Override
  public void saveDrills(String sessionId, Leitner schedule, String current) {
    Map<String, DrillStore.Box> boxes = new TreeMap<>();
    schedule.boxes().forEach((t, b) -> boxes.put(t, new DrillStore.Box(b.box(), b.due(), b.seen(), b.right())));
    drills.save(sessionId, new DrillStore.Schedule(schedule.round(), current, boxes));
  }

  @Override
  public Optional<String> lastLesson(String sessionId) {
    return sessions.info(sessionId).map(SessionStore.Info::lesson).filter(l -> !l.isEmpty());
  }

  @Override
  public synchronized void saveLastLesson(String sessionId, String lessonId) {
    if (sessions.info(sessionId).map(SessionStore.Info::lesson).filter(lessonId::equals).isPresent()) {
      return;
    }
    // The store has no update of a session's lesson; the browser session's row holds no inputs, so remaking it loses nothing.
    sessions.delete(sessionId);
    sessions.create(sessionId, sessionId, lessonId, log(List.of()));
  }

  private static SessionLog log(List<String> lines) {
    return new SessionLog(EngineOptions.defaults(), lines.stream().<SessionLog.Step>map(SessionLog.Run::new).toList());
  }

  private static List<String> lines(SessionLog log) {
    return log.steps().stream().filter(s -> s instanceof SessionLog.Run).map(s -> ((SessionLog.Run) s).line()).toList();
  }

  /** Returns the stored session id of workspace {@code context} of browser session {@code sessionId}. */
  static String workspace(String sessionId, String context) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(context.getBytes(StandardCharsets.UTF_8));
      return sessionId + "-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
