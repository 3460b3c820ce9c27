package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.TerminalPrintStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pull's progress as the docker client draws it on a terminal. docker/cli's
 * jsonmessage.DisplayJSONMessagesStream, when its stream is a terminal, gives each layer one line
 * and rewrites it in place (cursor up, erase line) as the layer's status changes, so when the pull
 * ends the screen holds every layer once, in the order it first appeared, with its last status
 * ("Pull complete", "Already exists"); into a pipe or a file every status is a line of its own.
 * The simulator pulls at once, so only that last frame is drawn: the layers' lines are printed
 * when the first line that is no layer's comes ("Digest: …") or when the pull ends.
 */
final class TerminalPullProgress extends OutputStream {
  private static final Pattern LAYER = Pattern.compile("([0-9a-f]{12}): (.*)");
  private final PrintStream target;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final Map<String, String> layers = new LinkedHashMap<>();

  private TerminalPullProgress(PrintStream target) {
    this.target = target;
  }

  /** Runs {@code pull} with its progress going to {@code out}: as the terminal's last frame when {@code out} is one. */
  static void drawn(PrintStream out, java.util.function.Consumer<PrintStream> pull) {
    if (TerminalPrintStream.columnsOf(out) == 0) {
      pull.accept(out);
      return;
    }
    TerminalPullProgress frame = new TerminalPullProgress(out);
    try (PrintStream progress = new PrintStream(frame, true, StandardCharsets.UTF_8)) {
      pull.accept(progress);
    } finally {
      frame.finish();
    }
  }

  @Override
  public void write(int b) {
    if (b == '\n') {
      line(line.toString(StandardCharsets.UTF_8));
      line.reset();
    } else {
      line.write(b);
    }
  }

  private void line(String text) {
    Matcher m = LAYER.matcher(text);
    if (m.matches()) {
      layers.put(m.group(1), m.group(2)); // a known layer keeps its place, as its line does on screen
      return;
    }
    drawLayers();
    target.println(text);
  }

  private void drawLayers() {
    layers.forEach((id, status) -> target.println(id + ": " + status));
    layers.clear();
  }

  /** Draws what is left once the pull has ended or failed. */
  private void finish() {
    drawLayers();
    if (line.size() > 0) {
      target.print(line.toString(StandardCharsets.UTF_8));
      line.reset();
    }
    target.flush();
  }
}
