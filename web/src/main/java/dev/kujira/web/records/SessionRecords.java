package dev.kujira.web.records;

import java.util.List;
import java.util.Optional;

/**
 * Keeps browser sessions in their durable form: the command lines of each workspace (the engine
 * is deterministic, so replaying them gives the same state back) and shared sessions. The server
 * keeps them in the database ({@link StoreRecords}).
 */
public interface SessionRecords {
  /** Records that session {@code sessionId} exists (made, or revived after a restart or an eviction). */
  void saveSession(String sessionId);

  /** Returns whether session {@code sessionId} was recorded, so its workspaces can be replayed on return. */
  boolean knows(String sessionId);

  /** Records the lines of workspace {@code context} ("sandbox", "lesson/ID") of session {@code sessionId}. */
  void saveLines(String sessionId, String context, List<String> lines);

  /**
   * Appends {@code lines} to the recorded lines of a workspace when exactly {@code from} are
   * recorded (what the caller last saved); returns false, recording nothing, otherwise (the caller
   * then saves all its lines). Records that cannot append cheaply keep this default.
   */
  default boolean appendLines(String sessionId, String context, int from, List<String> lines) {
    return false;
  }

  /** Returns the recorded lines of a workspace (empty when none). */
  List<String> lines(String sessionId, String context);

  /** Keeps {@code lines} under a new unguessable share id and returns the id. */
  String share(List<String> lines);

  /** Returns the lines shared under {@code shareId}. */
  Optional<List<String>> shared(String shareId);
}
