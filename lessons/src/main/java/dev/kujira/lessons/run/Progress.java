package dev.kujira.lessons.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Is a learner's progress, kept locally ({@code ~/.kujira/progress.json}): per lesson, the tasks
 * done, hints used, attempts, seconds spent and whether it was finished.
 *
 * @param version the file format's version
 * @param lessons the progress per lesson id
 * @param drills the drills' Leitner boxes (absent from files written before drills: empty)
 */
public record Progress(int version, Map<String, LessonProgress> lessons, dev.kujira.lessons.run.Leitner drills) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** Copies the map. */
  public Progress {
    lessons = Map.copyOf(lessons == null ? Map.of() : lessons);
    drills = drills == null ? dev.kujira.lessons.run.Leitner.empty() : drills;
  }

  /** Is progress without drills. */
  public Progress(int version, Map<String, LessonProgress> lessons) {
    this(version, lessons, null);
  }

  /** Returns a copy with the drills' schedule {@code drills}. */
  public Progress withDrills(dev.kujira.lessons.run.Leitner drills) {
    return new Progress(version, lessons, drills);
  }

  /**
   * Is the progress in one lesson.
   *
   * @param done the tasks done
   * @param hints hints shown per task
   * @param attempts command lines typed per task while it was open
   * @param seconds time spent, in seconds
   * @param finished whether every task was done
   */
  public record LessonProgress(List<String> done, Map<String, Integer> hints, Map<String, Integer> attempts, long seconds,
      boolean finished) {
    /** Copies the collections. */
    public LessonProgress {
      done = List.copyOf(done);
      hints = Map.copyOf(hints);
      attempts = Map.copyOf(attempts);
    }
  }

  /** Returns empty progress. */
  public static Progress empty() {
    return new Progress(1, Map.of());
  }

  /** Reads {@code file} (empty progress when it does not exist). */
  public static Progress read(Path file) throws IOException {
    return Files.exists(file) ? JSON.readValue(file.toFile(), Progress.class) : empty();
  }

  /** Writes this progress to {@code file}, creating its folder. */
  public void write(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(tmp.toFile(), this);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Returns a copy with {@code session}'s state recorded, {@code seconds} more spent; a finished lesson stays finished. */
  public Progress with(LessonSession session, long seconds) {
    Map<String, LessonProgress> all = new TreeMap<>(lessons);
    LessonProgress before = lessons.get(session.lesson().id());
    List<String> done = session.lesson().tasks().stream().map(t -> t.id()).filter(session::done).toList();
    all.put(session.lesson().id(), new LessonProgress(done, session.hintsShown(), session.attempts(),
        (before == null ? 0 : before.seconds()) + seconds, session.finished() || before != null && before.finished()));
    return new Progress(version, all, drills);
  }

  /** Returns a copy that also holds {@code other}'s lessons (a finished lesson wins; times add up). */
  public Progress merge(Progress other) {
    Map<String, LessonProgress> all = new TreeMap<>(lessons);
    other.lessons().forEach((id, p) -> all.merge(id, p, (a, b) -> new LessonProgress(
        a.done().size() >= b.done().size() ? a.done() : b.done(), a.hints(), a.attempts(), a.seconds() + b.seconds(),
        a.finished() || b.finished())));
    return new Progress(version, all, drills.round() >= other.drills().round() ? drills : other.drills());
  }
}
