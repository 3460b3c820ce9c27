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

  /** Records the completion code the session got for finishing {@code lessonId} (after its progress is saved). */
  void saveCode(String sessionId, String lessonId, String code);

  /** Returns the completion codes of the session's finished lessons, by lesson id. */
  java.util.Map<String, String> codes(String sessionId);

  /** Returns the lesson the session was last in. */
  Optional<String> lastLesson(String sessionId);

  /** Records the lesson the session is in. */
  void saveLastLesson(String sessionId, String lessonId);
}
