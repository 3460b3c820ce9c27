package dev.kujira.lessons.goal;

import dev.kujira.engine.api.CommandResult;
import dev.kujira.lessons.state.StateFacts;
import java.util.Optional;

/** Is what a goal looks at: the state's facts and probes that change nothing. */
public interface World {
  /** Returns the state's facts. */
  StateFacts facts();

  /** Runs {@code line} in a throwaway copy of the session and returns what it printed. */
  CommandResult probe(String line);

  /** Returns the text of file {@code path} in container {@code container} (or on the host when null). */
  Optional<String> file(String container, String path);
}
