package dev.kujira.web.records;

import dev.kujira.lessons.run.Progress;
import java.util.Optional;

/**
 * Keeps each browser session's lesson progress (the lessons module's {@link Progress}, as
 * {@code ~/.kujira/progress.json} holds it for the terminal) and the lesson it was last in.
 */
public interface ProgressRecords {
  /** Returns the session's progress (empty progress when none). */
  Progress progress(String sessionId);

  /** Records the session's progress. */
  void saveProgress(String sessionId, Progress progress);

  /** Returns the lesson the session was last in. */
  Optional<String> lastLesson(String sessionId);

  /** Records the lesson the session is in. */
  void saveLastLesson(String sessionId, String lessonId);
}
