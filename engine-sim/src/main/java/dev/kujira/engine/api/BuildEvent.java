package dev.kujira.engine.api;

import java.util.List;

/**
 * Is one thing a build reports as it goes: BuildKit's vertices (a step or an internal load) with
 * their statuses, logs and outcome, the Dockerfile excerpt of a failure, or a line of the legacy
 * builder's transcript. The daemon emits these and the client draws them, as BuildKit's plain
 * progress, buildx's terminal view, or compose's service-prefixed lines; nothing is printed and
 * parsed back.
 */
public sealed interface BuildEvent {
  /** The build starts on the named builder instance ("default", docker driver). */
  record Started(String builder) implements BuildEvent {
  }

  /**
   * A vertex begins.
   *
   * @param vertex its number (BuildKit's "#N")
   * @param tag the bracketed part of its name: "internal", "2/4", "build 1/3", or "" for none
   * @param name the rest of its name ("load build definition from Dockerfile", "RUN make")
   */
  record VertexStarted(int vertex, String tag, String name) implements BuildEvent {
    /** Returns the name as BuildKit shows it: {@code [tag] name}, or the name alone. */
    public String title() {
      return tag.isEmpty() ? name : "[" + tag + "] " + name;
    }
  }

  /** A finished status under a vertex ("transferring context: 2B", "writing image sha256:…"). */
  record VertexStatus(int vertex, String text) implements BuildEvent {
  }

  /** A line the vertex's process wrote, {@code seconds} after the vertex started. */
  record VertexLog(int vertex, double seconds, String line) implements BuildEvent {
  }

  /** The vertex's result came from the cache. */
  record VertexCached(int vertex) implements BuildEvent {
  }

  /** The vertex finished after {@code seconds}. */
  record VertexDone(int vertex, double seconds) implements BuildEvent {
  }

  /**
   * The vertex failed.
   *
   * @param error what its own line names
   * @param title the step's title, repeated in the error block
   * @param log the log lines the error block repeats (a failed RUN's output)
   */
  record VertexFailed(int vertex, String error, String title, List<VertexLog> log) implements BuildEvent {
  }

  /**
   * BuildKit's excerpt of the Dockerfile around a failing instruction.
   *
   * @param file the Dockerfile's name as given
   * @param line the failing line (1-based)
   * @param first the number of the first line in {@code text}
   * @param text the lines shown
   */
  record SourceExcerpt(String file, int line, int first, List<String> text) implements BuildEvent {
  }

  /**
   * One line of the legacy builder's transcript ("Step 1/3 : FROM busybox", " ---> Using cache");
   * without {@code newline} a piece the next output continues (a colour reset).
   */
  record ClassicLine(String text, boolean newline) implements BuildEvent {
    public ClassicLine(String text) {
      this(text, true);
    }
  }
}
