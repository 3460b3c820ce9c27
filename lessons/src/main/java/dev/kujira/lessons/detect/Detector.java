package dev.kujira.lessons.detect;

import dev.kujira.lessons.model.Text;
import java.util.Optional;

/**
 * Is a named mistake detector: it recognises one common mistake from the state and the last
 * command's result and explains it (ja/en). Shared by every lesson and the free REPL.
 */
public interface Detector {
  /** Returns the detector's id (used in lesson files). */
  String id();

  /** Returns the explanation when {@code attempt} shows the mistake. */
  Optional<Text> check(Attempt attempt);
}
