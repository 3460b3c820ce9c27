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
  private String reset = "";

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
    // BuildKit's Source.Print (solver/errdefs/source.go): a padding budget of 4 for one line, one
    // step before and one after per round while there are lines, each round costing one more; the
    // text split at "\n" counts the empty piece after the last newline as a line. So an error on
    // line 1 shows two lines after it, one in the middle two on each side (difftest, conformance d08).
    int first = line;
    int last = Math.min(line, lines.length);
    int p = 0;
    while (p < 4) {
      if (first > 1) {
        first--;
        p++;
      }
      if (last != lines.length) {
        last++;
        p++;
      }
      p++;
    }
    List<String> text = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      text.add(lines[i - 1]);
    }
    sink.accept(new BuildEvent.SourceExcerpt(dockerfileName, line, first, text));
  }

  /** Writes one line of the legacy builder's transcript. */
  void classic(String text) {
    sink.accept(new BuildEvent.ClassicLine(reset + text));
    reset = "";
  }

  /**
   * A RUN's stderr line in the legacy builder: moby's streamformatter.NewStderrWriter wraps each
   * write in ESC[91m … ESC[0m, so the reset opens whatever the stream prints next (recorded:
   * "ESC[0mThe command '/bin/sh -c …' returned a non-zero code: 127"; difftest, conformance d08).
   */
  void classicStderr(String text) {
    classic("\u001b[91m" + text);
    reset = "\u001b[0m";
  }

  /** Prints a pending colour reset with no newline, before the client's error ends the stream. */
  void classicFlush() {
    if (!reset.isEmpty()) {
      sink.accept(new BuildEvent.ClassicLine(reset, false));
      reset = "";
    }
  }

  int vertex() {
    return vertex;
  }
}
