package dev.kujira.engine.daemon.filters;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorKind;

/** Builds the errors of list filters, worded as moby's (api/types/filters). */
public final class FilterErrors {
  private FilterErrors() {
  }

  /** A list's --filter key the daemon does not accept (moby's invalidFilter). */
  public static EngineException invalidFilter(String key) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "invalid filter '" + key + "'");
  }
}
