package dev.kujira.web.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores classes: a code learners join with, an instructor key (shown once, stored hashed) that
 * opens the class's table in any browser, and the members' progress for the instructor's table.
 */
public interface ClassStore {
  /**
   * Is one class.
   *
   * @param code the code learners type to join (unguessable, upper case letters and digits)
   * @param name the name the instructor gave it
   * @param owner the instructor's learner id
   * @param created when it was created
   */
  record ClassInfo(String code, String name, String owner, Instant created) {
  }

  /**
   * Is one row of the instructor's table: a member and their progress in every lesson.
   *
   * @param learner the member's id
   * @param displayName the name they gave when joining
   * @param joined when they joined
   * @param lessons their progress, by lesson id order
   */
  record Row(String learner, String displayName, Instant joined, List<ProgressStore.LessonProgress> lessons) {
    /** Copies the list. */
    public Row {
      lessons = List.copyOf(lessons);
    }
  }

  /**
   * Is a class just made, with its instructor key: the one time the key is known in the clear.
   *
   * @param info the class
   * @param key the instructor key ({@link InstructorKey}), to show the instructor once
   */
  record Created(ClassInfo info, String key) {
  }

  /** Creates a class with a fresh code and instructor key; {@code owner} may open its table. */
  Created create(String name, String owner);

  /**
   * Lets {@code learner} (a browser session) open the table of class {@code code} when {@code key}
   * is its instructor key; returns the class, or empty for a wrong code or key.
   */
  Optional<ClassInfo> open(String code, String key, String learner);

  /** Returns the class with {@code code} (case-insensitive), if any. */
  Optional<ClassInfo> find(String code);

  /** Returns the classes {@code owner} created or opened with their key, newest first. */
  List<ClassInfo> ownedBy(String owner);

  /** Adds (or renames) a member; returns false when there is no such class. */
  boolean join(String code, String learner, String displayName);

  /** Removes a member; returns whether they were one. */
  boolean leave(String code, String learner);

  /** Returns the classes {@code learner} belongs to. */
  List<ClassInfo> memberOf(String learner);

  /** Returns the instructor's table: every member (by display name) with their progress. */
  List<Row> table(String code);

  /**
   * Holds {@code sealed} (a class's instructor key, sealed for {@code owner}'s browser session) for
   * {@link #takeKey}; keys held longer than {@link #HOLD_MILLIS} and never taken are dropped.
   */
  void holdKey(String code, String owner, String sealed);

  /** Returns and forgets the key held for class {@code code} and {@code owner}, if any (once only). */
  Optional<String> takeKey(String code, String owner);

  /** How long a held key waits for its page (the create form's redirect follows at once). */
  long HOLD_MILLIS = 10 * 60_000L;
}
