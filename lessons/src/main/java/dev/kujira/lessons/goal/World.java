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

  /**
   * Resolves {@code name} from inside container {@code container} through the engine's own DNS
   * model (its /etc/hosts, then the embedded DNS of user-defined networks); empty when nothing
   * knows it.
   */
  Optional<String> resolve(String container, String name);

  /** Returns the last build's record, if anything was built. */
  default Optional<dev.kujira.engine.api.BuildInfo> lastBuild() {
    return Optional.empty();
  }

  /** Sends GET {@code url} from container {@code container} (null: the host), changing nothing. */
  default dev.kujira.engine.api.HttpProbe http(String container, String url) {
    return new dev.kujira.engine.api.HttpProbe(dev.kujira.engine.api.HttpProbe.Outcome.UNREACHABLE, 0, "", "");
  }
}
