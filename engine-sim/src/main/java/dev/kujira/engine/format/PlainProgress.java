package dev.kujira.engine.format;

import dev.kujira.engine.api.BuildEvent;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Draws a build's events as BuildKit's plain progress ("#4 [1/4] FROM …", "#6 CACHED", "#9
 * DONE 0.0s"), what buildx prints when stderr is not a terminal, and the legacy builder's lines as
 * they come. Vertex blocks are separated by one blank line, written when the next output comes
 * (so a build ends on its last DONE, as buildx's does, finished or failed).
 */
public final class PlainProgress implements Consumer<BuildEvent> {
  private final PrintStream out;
  private final Function<BuildEvent.VertexStarted, String> title;
  private final boolean header;
  private Function<String, String> boxTitle = Function.identity();
  private boolean excerpts = true;
  private boolean blank;

  /** Creates the renderer writing to {@code out}. */
  public PlainProgress(PrintStream out) {
    this(out, BuildEvent.VertexStarted::title, true);
  }

  /**
   * Creates a renderer that names vertices with {@code title} and prints the "#0 building with"
   * header only when {@code header} (compose prints it once per command itself).
   */
  public PlainProgress(PrintStream out, Function<BuildEvent.VertexStarted, String> title, boolean header) {
    this.out = out;
    this.title = title;
    this.header = header;
  }

  /**
   * Compose's drawing: a failed vertex's box names it as its start line did ("[app internal] …"),
   * and no Dockerfile excerpt follows (compose 2.26 prints only the error; found by the
   * differential tester, conformance d11).
   */
  public PlainProgress compose(Function<String, String> failedTitle) {
    this.boxTitle = failedTitle;
    this.excerpts = false;
    return this;
  }

  @Override
  public void accept(BuildEvent e) {
    if (e instanceof BuildEvent.ClassicLine l) {
      if (l.newline()) {
        out.println(l.text());
      } else {
        out.print(l.text());
        out.flush();
      }
      return;
    }
    if (e instanceof BuildEvent.Started s) {
      if (header) {
        out.println("#0 building with \"" + s.builder() + "\" instance using docker driver");
        blank = true;
      }
      return;
    }
    if (blank && !(e instanceof BuildEvent.VertexStatus || e instanceof BuildEvent.VertexLog)) {
      out.println();
    }
    blank = false;
    if (e instanceof BuildEvent.VertexStarted v) {
      out.println("#" + v.vertex() + " " + title.apply(v));
    } else if (e instanceof BuildEvent.VertexStatus st) {
      out.println("#" + st.vertex() + " " + st.text() + " done");
    } else if (e instanceof BuildEvent.VertexLog log) {
      out.println("#" + log.vertex() + " " + logLine(log));
    } else if (e instanceof BuildEvent.VertexCached c) {
      out.println("#" + c.vertex() + " CACHED");
      blank = true;
    } else if (e instanceof BuildEvent.VertexDone d) {
      out.println("#" + d.vertex() + " DONE " + seconds(d.seconds()));
      blank = true;
    } else if (e instanceof BuildEvent.VertexFailed f) {
      out.println("#" + f.vertex() + " ERROR: " + f.error());
      errorBlock(new BuildEvent.VertexFailed(f.vertex(), f.error(), boxTitle.apply(f.title()), f.log()))
          .forEach(out::println);
    } else if (e instanceof BuildEvent.SourceExcerpt x && excerpts) {
      excerpt(x).forEach(out::println);
    }
  }

  /**
   * Ends the drawing. The client's error follows the last vertex without a blank line (recorded:
   * "#1 DONE 0.0s" then "ERROR: failed to solve: …").
   */
  public void close(boolean failed) {
    blank = false;
    out.flush();
  }

  /** Returns the block BuildKit prints under a failed vertex: its title and the log it repeats between rules. */
  public static List<String> errorBlock(BuildEvent.VertexFailed f) {
    List<String> lines = new ArrayList<>();
    lines.add("------");
    lines.add(" > " + f.title() + ":");
    f.log().forEach(l -> lines.add(logLine(l)));
    lines.add("------");
    return lines;
  }

  /** Returns BuildKit's excerpt lines: "Dockerfile:3", a rule, the numbered lines with ">>>" at the failing one. */
  public static List<String> excerpt(BuildEvent.SourceExcerpt x) {
    List<String> lines = new ArrayList<>();
    lines.add(x.file() + ":" + x.line());
    lines.add("--------------------");
    for (int i = 0; i < x.text().size(); i++) {
      int n = x.first() + i;
      lines.add(String.format("%4d | %s%s", n, n == x.line() ? ">>> " : "    ", x.text().get(i)).stripTrailing()
          .replaceFirst("\\|$", "| "));
    }
    lines.add("--------------------");
    return lines;
  }

  /** Returns a log line as BuildKit prefixes it: the seconds since the vertex started ("0.100 hello"). */
  public static String logLine(BuildEvent.VertexLog log) {
    return String.format(Locale.ROOT, "%.3f", log.seconds()) + " " + log.line();
  }

  /** Returns a duration as BuildKit prints it ("0.0s"). */
  public static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1fs", s);
  }
}
