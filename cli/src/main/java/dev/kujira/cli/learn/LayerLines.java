package dev.kujira.cli.learn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a pull's layer lines as docker does on a terminal: one line per layer, rewritten in place
 * as it goes from "Pulling fs layer" to "Pull complete", instead of one line per state (what the
 * engine prints, as docker does into a pipe). On a small terminal the lesson's text then stays on
 * the screen. Anything that is not a layer line passes through unchanged, and a line not ended
 * by a newline when the stream is flushed (a prompt) is written at once.
 */
final class LayerLines extends OutputStream {
  private static final Pattern LAYER = Pattern.compile("([0-9a-f]{12}): .*");
  private final OutputStream to;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final Map<String, Integer> rows = new HashMap<>();
  private int printed;
  private boolean partial;

  LayerLines(OutputStream to) {
    this.to = to;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    if (b != '\n') {
      if (partial) {
        to.write(b);
      } else {
        line.write(b);
      }
      return;
    }
    if (partial) {
      to.write('\n');
      partial = false;
      printed++;
      return;
    }
    String l = line.toString(StandardCharsets.UTF_8);
    line.reset();
    Matcher m = LAYER.matcher(l);
    if (m.matches() && rows.containsKey(m.group(1))) {
      int up = printed - rows.get(m.group(1));
      to.write(("\u001b[" + up + "A\r\u001b[2K" + l + "\r\u001b[" + up + "B").getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (m.matches()) {
      rows.put(m.group(1), printed);
    } else if (l.startsWith("Digest: ") || l.startsWith("Status: ")) {
      rows.clear(); // the pull is over: later lines never move up past here
    }
    to.write((l + "\n").getBytes(StandardCharsets.UTF_8));
    printed++;
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(b[i]);
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    if (line.size() > 0) {
      to.write(line.toByteArray());
      line.reset();
      partial = true;
    }
    to.flush();
  }
}
