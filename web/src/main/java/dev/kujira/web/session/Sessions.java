package dev.kujira.web.session;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.drill.DrillTemplate;
import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.web.records.ProgressRecords;
import dev.kujira.web.records.SessionRecords;
import dev.kujira.web.store.AnswerStore;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Is the server's registry of browser sessions: ids of 128 random bits, at most
 * {@link Limits#maxSessions()} live at once (the longest idle one without a terminal makes room,
 * else a new browser is refused), at most {@link Limits#newPerMinute()} new sessions per client
 * address a minute, and each session's workspaces made on first use, replaying the lines the
 * records hold.
 */
public final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[0-9a-f]{32}");
  /** The longest gap between two actions in a lesson that counts as time spent in it. */
  static final long MAX_GAP_MILLIS = 5 * 60_000L;

  /**
   * Says how many sessions the server keeps.
   *
   * @param maxSessions live sessions at most
   * @param newPerMinute new sessions per client address per minute at most
   * @param idleMillis how long a session without a terminal stays live unused before it is evicted
   *     (its lines stay in the records and are replayed when it comes back)
   * @param unmetered client addresses not limited per minute (a load run's own address)
   */
  public record Limits(int maxSessions, int newPerMinute, long idleMillis, Set<String> unmetered) {
    /** Copies the set. */
    public Limits {
      unmetered = Set.copyOf(unmetered);
    }

    /** Creates bounds that meter every address. */
    public Limits(int maxSessions, int newPerMinute, long idleMillis) {
      this(maxSessions, newPerMinute, idleMillis, Set.of());
    }
  }

  /** The longest time between two sweeps for idle sessions (a quarter of the idle time if shorter). */
  private static final long MAX_SWEEP_MILLIS = 15_000;
  private final Map<String, WebSession> live = new ConcurrentHashMap<>();
  /** When {@link #create} last swept for idle sessions; guarded by this. */
  private long sweptAt = Long.MIN_VALUE / 2;
  private final Map<String, Deque<Long>> created = new ConcurrentHashMap<>();
  private final Catalog catalog;
  private final SessionRecords sessionRecords;
  private final ProgressRecords progressRecords;
  private final AnswerStore answers;
  private final PictureSource picture;
  private final byte[] classKey;
  private final Limits limits;
  private final LongSupplier clock;

  /**
   * Creates the registry; {@code answers} keeps the lesson and drill workspaces' answers and help
   * marks, {@code clock} gives milliseconds.
   */
  public Sessions(Catalog catalog, SessionRecords sessionRecords, ProgressRecords progressRecords, AnswerStore answers,
      PictureSource picture, byte[] classKey, Limits limits, LongSupplier clock) {
    this.catalog = catalog;
    this.sessionRecords = sessionRecords;
    this.progressRecords = progressRecords;
    this.answers = answers;
    this.picture = picture;
    this.classKey = classKey.clone();
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Returns the session {@code id}, touching it: the live one, or one the records know (after a
   * server restart or an eviction) made live again, its workspaces replayed on first use.
   */
  public Optional<WebSession> find(String id) {
    return find(id, Lang.EN);
  }

  /** Returns the session {@code id} as {@link #find(String)} does; a revived one speaks {@code lang}. */
  public Optional<WebSession> find(String id, Lang lang) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    WebSession s = live.get(id);
    if (s == null && sessionRecords.knows(id)) {
      synchronized (this) {
        s = live.get(id);
        if (s == null && (live.size() < limits.maxSessions() || evictOne())) {
          s = new WebSession(id, random(), "guest-" + id.substring(0, 8), lang, clock.getAsLong());
          live.put(id, s);
        }
      }
    }
    if (s != null) {
      s.touch(clock.getAsLong());
    }
    return Optional.ofNullable(s);
  }

  /** Creates a session for a browser at {@code address}; empty when a bound is hit. */
  public synchronized Optional<WebSession> create(String address, Lang lang) {
    long now = clock.getAsLong();
    boolean metered = !limits.unmetered().contains(address);
    Deque<Long> times = metered ? created.computeIfAbsent(address, a -> new ArrayDeque<>()) : new ArrayDeque<>();
    while (!times.isEmpty() && now - times.peekFirst() >= 60_000) {
      times.pollFirst();
    }
    if (times.size() >= limits.newPerMinute()) {
      return Optional.empty();
    }
    if (now - sweptAt >= Math.min(limits.idleMillis() / 4, MAX_SWEEP_MILLIS)) {
      // A sweep visits every live session: thousands of browsers arriving at once do not each make one.
      sweptAt = now;
      evictIdle(now);
    }
    if (live.size() >= limits.maxSessions() && !evictOne()) {
      return Optional.empty();
    }
    times.addLast(now);
    String id = random();
    WebSession s = new WebSession(id, random(), "guest-" + id.substring(0, 8), lang, now);
    live.put(id, s);
    sessionRecords.saveSession(id);
    return Optional.of(s);
  }

  /** Evicts the sessions unused for longer than the limit that have no terminal open. */
  private void evictIdle(long now) {
    live.values().removeIf(s -> {
      boolean idle = !s.hasTerminal() && now - s.lastSeen() > limits.idleMillis();
      if (idle) {
        s.close();
      }
      return idle;
    });
  }

  private boolean evictOne() {
    Optional<WebSession> idle = live.values().stream().filter(s -> !s.hasTerminal())
        .min(Comparator.comparingLong(WebSession::lastSeen));
    idle.ifPresent(s -> {
      live.remove(s.id());
      s.close();
    });
    return idle.isPresent();
  }

  /** Returns how many sessions are live. */
  public int size() {
    return live.size();
  }

  /** Returns the catalogue of lessons. */
  public Catalog catalog() {
    return catalog;
  }

  /** Returns the progress records. */
  public ProgressRecords progress() {
    return progressRecords;
  }

  /** Returns the session records. */
  public SessionRecords records() {
    return sessionRecords;
  }

  /**
   * Returns the workspace of {@code context} ("sandbox", "lesson/ID" or "drill/TEMPLATE/SEED"),
   * made on first use from the recorded lines; empty for an unknown lesson or drill.
   */
  public Optional<LiveWorkspace> workspace(WebSession s, String context) {
    LiveWorkspace w = s.existing(context);
    if (w != null) {
      return Optional.of(w);
    }
    Optional<LiveWorkspace> made = make(s, context);
    made.ifPresent(m -> {
      LiveWorkspace raced = s.workspaces().putIfAbsent(context, m);
      if (raced != null) {
        m.close();
      } else {
        List<String> lines = sessionRecords.lines(s.id(), context);
        if (!lines.isEmpty()) {
          m.replay(lines);
        }
        m.listen(new LinesSaver(sessionRecords, s.id(), context, m, lines));
        if (m instanceof LessonWorkspace lesson) {
          remember(s, context, lesson);
        }
      }
    });
    return Optional.ofNullable(s.existing(context));
  }

  /** Gives a lesson or drill its kept answers and help mark back, and keeps them from now on. */
  private void remember(WebSession s, String context, LessonWorkspace w) {
    AnswerStore.Marks kept = answers.load(s.id(), context);
    w.remember(kept.answers(), kept.helped(), new LessonWorkspace.Keeper() {
      @Override
      public void answered(String question, String input) {
        answers.answer(s.id(), context, question, input);
      }

      @Override
      public void helped() {
        answers.helped(s.id(), context);
      }

      @Override
      public void reset() {
        answers.clearAnswers(s.id(), context);
      }
    });
  }

  /** Closes the workspace of {@code context} and forgets its lines, answers and help mark (a drill done with). */
  public void forget(WebSession s, String context) {
    s.hangUp(context);
    LiveWorkspace w = s.workspaces().remove(context);
    if (w != null) {
      w.close();
    }
    sessionRecords.saveLines(s.id(), context, List.of());
    answers.clear(s.id(), context);
  }

  private Optional<LiveWorkspace> make(WebSession s, String context) {
    if (context.equals("sandbox")) {
      return Optional.of(new SandboxWorkspace(EngineOptions.defaults(), picture, s::lang));
    }
    if (context.startsWith("drill/")) {
      return drill(s, context);
    }
    if (!context.startsWith("lesson/")) {
      return Optional.empty();
    }
    Optional<Lesson> lesson = catalog.lesson(context.substring("lesson/".length()));
    long[] since = {clock.getAsLong()};
    return lesson.map(l -> new LessonWorkspace(l, EngineOptions.defaults(), picture, s::lang, classKey, s.learner(),
        (ls, code) -> {
          long now = clock.getAsLong();
          // Time spent counts the gaps between a learner's actions, each at most MAX_GAP: a tab left
          // open overnight is not a night of study.
          long seconds = Math.min(now - since[0], MAX_GAP_MILLIS) / 1000;
          since[0] = now;
          progressRecords.saveProgress(s.id(), progressRecords.progress(s.id()).with(ls, seconds));
          if (!code.isEmpty()) {
            progressRecords.saveCode(s.id(), l.id(), code);
          }
          progressRecords.saveLastLesson(s.id(), l.id());
        }));
  }

  /**
   * Returns a drill's workspace, for context "drill/TEMPLATE/SEED": the generated one-step lesson,
   * no completion code, no lesson progress (the drill page keeps the Leitner boxes).
   */
  private Optional<LiveWorkspace> drill(WebSession s, String context) {
    String[] parts = context.split("/");
    if (parts.length != 3 || !parts[2].matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return DrillTemplate.all().stream().filter(t -> t.id().equals(parts[1])).findFirst()
        .map(t -> new LessonWorkspace(t.generate(Long.parseLong(parts[2])).lesson(), EngineOptions.defaults(), picture,
            s::lang, null, s.learner(), (ls, code) -> { }));
  }

  /** Returns a new random id of 128 bits, in hex. */
  static String random() {
    byte[] raw = new byte[16];
    RANDOM.nextBytes(raw);
    return HexFormat.of().formatHex(raw);
  }
}
