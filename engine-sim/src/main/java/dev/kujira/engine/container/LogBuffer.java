package dev.kujira.engine.container;

import dev.kujira.engine.api.LogLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a container's log lines, as the json-file driver does: one entry per line written to
 * stdout or stderr, with the time it was written. Append-only, so a snapshot is just a length.
 */
public final class LogBuffer {
  private final List<LogLine> lines = new ArrayList<>();

  /** Appends one line. */
  public void add(LogLine line) {
    lines.add(line);
  }

  /** Returns the lines written so far. */
  public List<LogLine> lines() {
    return List.copyOf(lines);
  }

  /** Returns how many lines there are. */
  public int size() {
    return lines.size();
  }
}
