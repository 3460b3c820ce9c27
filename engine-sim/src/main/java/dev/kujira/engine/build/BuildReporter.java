package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reports a build's progress as {@link BuildEvent}s: numbers BuildKit's vertices, and keeps the
 * Dockerfile's text for the excerpt a failure shows. The simulator builds instantly, so every
 * vertex takes 0.0s and a RUN's output comes 0.100s in (seen as BuildKit's first log tick).
 */
final class BuildReporter {
  /** When a RUN's output lines arrive in BuildKit's log, seconds after the vertex began. */
  private static final double LOG_SECONDS = 0.1;
  private final Consumer<BuildEvent> sink;
  private final String dockerfileName;
  private String dockerfileText = "";
  private int vertex;

  BuildReporter(Consumer<BuildEvent> sink, String dockerfileName) {
    this.sink = sink;
    this.dockerfileName = dockerfileName;
  }

  /** Notes the Dockerfile's text, for excerpts. */
  void dockerfile(String text) {
    this.dockerfileText = text;
  }

  /** Announces the builder instance (buildx's "#0 building with" line). */
  void started() {
    sink.accept(new BuildEvent.Started("default"));
  }

  /** Starts the next vertex: {@code tag} is its bracketed part ("internal", "2/4") or "". */
  int begin(String tag, String name) {
    vertex++;
    sink.accept(new BuildEvent.VertexStarted(vertex, tag, name));
    return vertex;
  }

  /** Starts a vertex from its full title: "[tag] name" or a name without brackets. */
  int begin(String title) {
    if (title.startsWith("[") && title.indexOf("] ") > 0) {
      int end = title.indexOf("] ");
      return begin(title.substring(1, end), title.substring(end + 2));
    }
    return begin("", title);
  }

  /** Notes a finished status of the current vertex. */
  void status(String text) {
    sink.accept(new BuildEvent.VertexStatus(vertex, text));
  }

  /** Notes a line of output of the current vertex. */
  void log(String line) {
    sink.accept(logLine(line));
  }

  private BuildEvent.VertexLog logLine(String line) {
    return new BuildEvent.VertexLog(vertex, LOG_SECONDS, line);
  }

  void done() {
    sink.accept(new BuildEvent.VertexDone(vertex, 0.0));
  }

  void cached() {
    sink.accept(new BuildEvent.VertexCached(vertex));
  }

  /** Fails the current vertex titled {@code title}: its error, and the output its error block repeats. */
  void failed(String error, String title, List<String> output) {
    List<BuildEvent.VertexLog> log = new ArrayList<>();
    output.forEach(l -> log.add(logLine(l)));
    sink.accept(new BuildEvent.VertexFailed(vertex, error, title, log));
  }

  /** Shows BuildKit's excerpt of the Dockerfile around {@code line}. */
  void source(int line) {
    String[] lines = dockerfileText.split("\n", -1);
    // Three lines of context, taken before and after in turn while there are any: two before and
    // one after in the middle of a file, the next three after an error on line 1 (recorded, b33).
    int first = line;
    int last = Math.min(line, lines.length);
    for (int added = 0; added < 3 && (first > 1 || last < lines.length); ) {
      if (first > 1) {
        first--;
        added++;
      }
      if (added < 3 && last < lines.length) {
        last++;
        added++;
      }
    }
    List<String> text = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      text.add(lines[i - 1]);
    }
    sink.accept(new BuildEvent.SourceExcerpt(dockerfileName, line, first, text));
  }

  /** Writes one line of the legacy builder's transcript. */
  void classic(String text) {
    sink.accept(new BuildEvent.ClassicLine(text));
  }

  int vertex() {
    return vertex;
  }
}
