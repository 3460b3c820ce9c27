package dev.kujira.web.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores each learner's progress per lesson: tasks done, hints used, attempts, completion code. */
public interface ProgressStore {
  /**
   * Is one learner's progress in one lesson.
   *
   * @param learner the learner's id
   * @param lesson the lesson's id
   * @param tasksDone the ids of the tasks done
   * @param hints hints shown per task id
   * @param attempts command lines tried per task id
   * @param completionCode the completion code once finished, else ""
   * @param updated when it last changed (set by the store on {@link ProgressStore#save})
   * @param seconds the time spent in the lesson, in seconds
   */
  record LessonProgress(String learner, String lesson, Set<String> tasksDone, Map<String, Integer> hints,
      Map<String, Integer> attempts, String completionCode, Instant updated, long seconds) {
    /** Copies the collections (sorted, so equal progress compares equal). */
    public LessonProgress {
      tasksDone = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(tasksDone));
      hints = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(hints));
      attempts = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(attempts));
    }

    /** Is progress with no time spent recorded. */
    public LessonProgress(String learner, String lesson, Set<String> tasksDone, Map<String, Integer> hints,
        Map<String, Integer> attempts, String completionCode, Instant updated) {
      this(learner, lesson, tasksDone, hints, attempts, completionCode, updated, 0);
    }

    /** Returns whether the lesson was finished (it has a completion code). */
    public boolean finished() {
      return !completionCode.isEmpty();
    }

    /** Returns the hints used in all, over every task. */
    public int hintsUsed() {
      return hints.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Stores {@code progress} (replacing the learner's earlier progress in that lesson); returns it as stored. */
  LessonProgress save(LessonProgress progress);

  /** Returns a learner's progress in a lesson, if any. */
  Optional<LessonProgress> get(String learner, String lesson);

  /** Returns a learner's progress in every lesson, most recent first (home page, "continue"). */
  List<LessonProgress> forLearner(String learner);
}
