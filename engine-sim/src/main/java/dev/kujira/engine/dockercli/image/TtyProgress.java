package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.BuildEvent;
import dev.kujira.engine.format.PlainProgress;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Draws a build's events as the terminal view buildx shows on a TTY, in its final frame:
 * "[+] Building 1.1s (8/8) FINISHED" with the builder's name at the right, then one " => " line
 * per vertex ("CACHED" or "ERROR" before its name) and " => => " for each status, each padded so
 * its duration ends one column short of the terminal's width; what follows the vertices (a failed
 * step's log and the Dockerfile excerpt) prints as it stands. Recorded with tmux against Docker
 * 26.1 at 100 and 120 columns. The simulator builds instantly, so the final frame is the only one
 * worth drawing: events are collected, and {@link #render} draws it.
 */
final class TtyProgress implements Consumer<BuildEvent> {
  private final int width;
  private final Map<Integer, Vertex> vertices = new LinkedHashMap<>();
  private final List<String> rest = new ArrayList<>();
  private String builder = "default";

  /** Creates a renderer for a terminal {@code columns} wide. */
  TtyProgress(int columns) {
    this.width = Math.max(40, columns) - 1;
  }

  private static final class Vertex {
    final String name;
    boolean cached;
    boolean error;
    double seconds;
    final List<String> statuses = new ArrayList<>();

    Vertex(String name) {
      this.name = name;
    }
  }

  @Override
  public void accept(BuildEvent e) {
    if (e instanceof BuildEvent.Started s) {
      builder = s.builder();
    } else if (e instanceof BuildEvent.VertexStarted v) {
      vertices.put(v.vertex(), new Vertex(v.title()));
    } else if (e instanceof BuildEvent.VertexStatus st) {
      vertex(st.vertex()).statuses.add(st.text());
    } else if (e instanceof BuildEvent.VertexCached c) {
      vertex(c.vertex()).cached = true;
    } else if (e instanceof BuildEvent.VertexDone d) {
      vertex(d.vertex()).seconds = d.seconds();
    } else if (e instanceof BuildEvent.VertexFailed f) {
      vertex(f.vertex()).error = true;
      rest.addAll(PlainProgress.errorBlock(f));
    } else if (e instanceof BuildEvent.SourceExcerpt x) {
      rest.addAll(PlainProgress.excerpt(x));
    }
    // A RUN's log lines show only while the step runs; the final frame has none.
  }

  private Vertex vertex(int n) {
    return vertices.computeIfAbsent(n, k -> new Vertex(""));
  }

  /** Prints the final frame to {@code out}. */
  void render(PrintStream out) {
    double total = 0;
    for (Vertex v : vertices.values()) {
      total += v.seconds;
    }
    out.println(pad("[+] Building " + PlainProgress.seconds(total) + " (" + vertices.size() + "/" + vertices.size()
        + ") FINISHED", "docker:" + builder));
    for (Vertex v : vertices.values()) {
      String prefix = v.error ? "ERROR " : v.cached ? "CACHED " : "";
      out.println(pad(" => " + prefix + v.name, PlainProgress.seconds(v.seconds)));
      for (String s : v.statuses) {
        out.println(pad(" => => " + s, "0.0s"));
      }
    }
    rest.forEach(out::println);
  }

  /** Pads {@code left} to put {@code right} at the edge; a long text is cut to leave two spaces (recorded at 70 columns). */
  private String pad(String left, String right) {
    int room = width - right.length() - 2;
    String text = left.length() > room ? left.substring(0, room) : left;
    return text + " ".repeat(width - text.length() - right.length()) + right;
  }
}
