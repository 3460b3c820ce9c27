package dev.kujira.lessons.run;

import dev.kujira.engine.Checkpoint;
import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import dev.kujira.lessons.detect.Attempt;
import dev.kujira.lessons.detect.Detector;
import dev.kujira.lessons.detect.Detectors;
import dev.kujira.lessons.goal.Goal;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.model.Step;
import dev.kujira.lessons.model.Task;
import dev.kujira.lessons.model.Text;
import dev.kujira.lessons.state.StateFacts;
import dev.kujira.lessons.state.StateReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Is one learner working through one lesson: the engine in the lesson's start state, which tasks
 * are done, attempts and hints per task. Goals are checked on the state after every command line;
 * a task, once done, stays done until {@link #reset()} (a later step may undo an earlier one's
 * state on purpose, as removing a container after running it).
 */
public final class LessonSession implements AutoCloseable {
  private final Lesson lesson;
  private final Engine engine;
  private final Checkpoint start;
  private final Set<String> done = new LinkedHashSet<>();
  private final Map<String, Integer> attempts = new LinkedHashMap<>();
  private final Map<String, Integer> hintsShown = new LinkedHashMap<>();
  private final Map<String, Boolean> answers = new LinkedHashMap<>();
  private int step;

  /**
   * Is what one command line changed for the learner.
   *
   * @param exitCode the line's exit status
   * @param newlyDone the tasks it completed
   * @param mistakes the detectors' explanations of what went wrong
   * @param denied whether the lesson refused the command
   */
  public record Update(int exitCode, List<Task> newlyDone, List<Text> mistakes, boolean denied) {
  }

  private LessonSession(Lesson lesson, Engine engine) {
    this.lesson = lesson;
    this.engine = engine;
    PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    // Seeded through the API, not the shell: no history, no $?, any bytes, and part of the
    // session's durable form.
    lesson.hostFiles().forEach((path, content) ->
        engine.writeHostFile(path, 0644, content.getBytes(StandardCharsets.UTF_8)));
    for (String line : lesson.start()) {
      engine.run(line, new ByteArrayInputStream(new byte[0]), sink, sink);
    }
    this.start = engine.checkpoint();
    engine.enableUndo(true);
  }

  /** Opens {@code lesson} in a new engine made with {@code options}. */
  public static LessonSession open(Lesson lesson, EngineOptions options) {
    try {
      Engine engine = Engine.create(options);
      engine.keepShellStatus(true);
      return new LessonSession(lesson, engine);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the lesson. */
  public Lesson lesson() {
    return lesson;
  }

  /** Returns the engine (the REPL runs lines through {@link #run}). */
  public Engine engine() {
    return engine;
  }

  /** Runs one command line as the learner typed it and checks the goals. */
  public Update run(String line, InputStream in, PrintStream out, PrintStream err) {
    Optional<Boolean> refused = refusal(line);
    if (refused.isPresent()) {
      return new Update(1, List.of(), List.of(), true);
    }
    StateFacts before = StateReader.read(engine.state());
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    PrintStream teeOut = new PrintStream(new Tee(out, o, both), true, StandardCharsets.UTF_8);
    PrintStream teeErr = new PrintStream(new Tee(err, e, both), true, StandardCharsets.UTF_8);
    int code = engine.run(line, in, teeOut, teeErr);
    CommandResult result = new CommandResult(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8),
        both.toString(StandardCharsets.UTF_8), code);
    EngineWorld world = new EngineWorld(engine, true);
    List<Task> open = openTasks();
    open.forEach(t -> attempts.merge(t.id(), 1, Integer::sum));
    List<Task> newly = check(world);
    List<Text> mistakes = new ArrayList<>();
    if (newly.isEmpty()) {
      mistakes.addAll(detect(new Attempt(line, result, before, world, open.stream().map(Task::goal).toList()), open));
    }
    advanceStep();
    return new Update(code, newly, mistakes, false);
  }

  /**
   * Runs a line silently (tests, authors' tools) and returns the update. A line that would never
   * end by itself (a server in the foreground) is given up after {@link #SILENT_LIMIT_MILLIS}, as a
   * learner would press Ctrl-C.
   */
  public Update run(String line) {
    PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    java.util.concurrent.ScheduledFuture<?> ctrlC = WATCHDOG.schedule(engine::interrupt, SILENT_LIMIT_MILLIS,
        java.util.concurrent.TimeUnit.MILLISECONDS);
    try {
      return run(line, new ByteArrayInputStream(new byte[0]), sink, sink);
    } finally {
      ctrlC.cancel(false);
    }
  }

  /** How long a silent line may run (wall clock) before it is given up. */
  static final long SILENT_LIMIT_MILLIS = 1500;
  private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kujira-lesson-watchdog");
        t.setDaemon(true);
        return t;
      });

  /** Returns the message when the lesson refuses {@code line}, as a present value. */
  private Optional<Boolean> refusal(String line) {
    String l = line.strip();
    boolean denied = lesson.denied().stream().anyMatch(l::startsWith)
        || !lesson.allowed().isEmpty() && lesson.allowed().stream().noneMatch(l::startsWith);
    return denied ? Optional.of(true) : Optional.empty();
  }

  /** Returns whether {@code line} would be refused by the lesson. */
  public boolean refused(String line) {
    return refusal(line).isPresent();
  }

  private List<Text> detect(Attempt attempt, List<Task> open) {
    Set<String> ids = new LinkedHashSet<>();
    open.forEach(t -> ids.addAll(t.detectors()));
    List<Detector> detectors = new ArrayList<>();
    for (Detector d : Detectors.all()) {
      // A task's own detectors first; the error-message ones always, as in the free REPL.
      if (ids.contains(d.id()) || List.of("typo", "name-in-use", "port-already-allocated", "rm-running",
          "image-in-use", "exec-stopped").contains(d.id())) {
        detectors.add(d);
      }
    }
    List<Text> out = new ArrayList<>();
    for (Detector d : detectors) {
      d.check(attempt).ifPresent(out::add);
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  private List<Task> check(EngineWorld world) {
    List<Task> newly = new ArrayList<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Task t : lesson.tasks()) {
        if (!done.contains(t.id()) && done.containsAll(t.needs()) && t.goal().check(world).holds()) {
          done.add(t.id());
          newly.add(t);
          changed = true;
        }
      }
    }
    return newly;
  }

  /** Returns the tasks not done yet, in order. */
  public List<Task> openTasks() {
    return lesson.tasks().stream().filter(t -> !done.contains(t.id())).toList();
  }

  /** Returns whether task {@code id} is done. */
  public boolean done(String id) {
    return done.contains(id);
  }

  /** Returns whether every task is done. */
  public boolean finished() {
    return done.size() == lesson.tasks().size();
  }

  /** Returns why {@code task} is not done yet, in English (for authors and tests). */
  public String missing(Task task) {
    return task.goal().check(new EngineWorld(engine, true)).missing();
  }

  /** Returns the current step's index. */
  public int step() {
    return step;
  }

  /** Returns the current step. */
  public Step currentStep() {
    return lesson.steps().get(step);
  }

  /** Moves to step {@code index} (clamped); returns the new index. */
  public int goToStep(int index) {
    step = Math.max(0, Math.min(lesson.steps().size() - 1, index));
    return step;
  }

  private void advanceStep() {
    while (step < lesson.steps().size() - 1 && lesson.steps().get(step).tasks().stream().allMatch(t -> done.contains(t.id()))) {
      step++;
    }
  }

  /**
   * Returns the next hint of the first open task of the current step. Hints escalate on attempts,
   * never on time: the last one (the command itself) only after two attempts at the task.
   */
  public Optional<Text> hint() {
    Optional<Task> task = currentStep().tasks().stream().filter(t -> !done.contains(t.id())).findFirst()
        .or(() -> openTasks().stream().findFirst());
    if (task.isEmpty()) {
      return Optional.empty();
    }
    Task t = task.get();
    int shown = hintsShown.getOrDefault(t.id(), 0);
    int last = t.hints().size() - 1;
    int next = Math.min(shown, last);
    if (next == last && last > 0 && attempts.getOrDefault(t.id(), 0) < 2) {
      next = last - 1;
    } else {
      hintsShown.put(t.id(), shown + 1);
    }
    return Optional.of(t.hints().get(next));
  }

  /** Returns how many hints were shown per task. */
  public Map<String, Integer> hintsShown() {
    return Map.copyOf(hintsShown);
  }

  /** Returns the attempts (command lines typed while the task was open) per task. */
  public Map<String, Integer> attempts() {
    return Map.copyOf(attempts);
  }

  /** Returns the current step's "predict the output" questions not answered yet, in order. */
  public List<dev.kujira.lessons.model.Question> pendingQuestions() {
    return currentStep().questions().stream().filter(q -> !answers.containsKey(q.id())).toList();
  }

  /**
   * Computes the answer to {@code q} on the present state: the engine runs its command in a
   * throwaway fork, so the learner's state is left as it was.
   */
  public Prediction predict(dev.kujira.lessons.model.Question q) {
    return Prediction.of(engine, q);
  }

  /** Records the learner's answer {@code input} to {@code p}'s question; returns whether it was right. */
  public boolean answer(Prediction p, String input) {
    boolean right = p.accepts(input);
    answers.put(p.question().id(), right);
    return right;
  }

  /**
   * Records {@code input} as the answer to {@code p}'s question when it is one ({@link Prediction#read}):
   * returns whether it was right, or empty for a session command or a line that answers nothing, which
   * the caller carries out or asks again instead of judging.
   */
  public java.util.Optional<Boolean> tryAnswer(Prediction p, String input) {
    return p.read(input) == Prediction.Reading.ANSWER ? java.util.Optional.of(answer(p, input)) : java.util.Optional.empty();
  }

  /** Returns the questions answered, each with whether the prediction was right. */
  public Map<String, Boolean> answers() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
  }

  /** Goes back to the lesson's start state: no task done, step one. */
  public void reset() {
    engine.restore(start);
    answers.clear();
    done.clear();
    step = 0;
    engine.enableUndo(false);
    engine.enableUndo(true);
  }

  /** Undoes the last command line; returns false when there is nothing to undo. */
  public boolean undo() {
    return engine.undo();
  }

  @Override
  public void close() {
    engine.close();
  }

  /** Writes to several streams at once. */
  static final class Tee extends java.io.OutputStream {
    private final java.io.OutputStream[] to;

    Tee(java.io.OutputStream... to) {
      this.to = to;
    }

    @Override
    public void write(int b) throws IOException {
      for (java.io.OutputStream o : to) {
        o.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (java.io.OutputStream o : to) {
        o.write(b, off, len);
      }
    }
  }
}
