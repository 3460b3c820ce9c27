package dev.kujira.engine.dockercli.image;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders BuildKit's plain progress as the terminal view buildx shows on a TTY, in its final
 * frame: "[+] Building 1.1s (8/8) FINISHED" with the builder's name at the right, then one
 * " => " line per step ("CACHED" or "ERROR" before its name) and " => => " for each status, each
 * padded so its duration ends one column short of the terminal's width; what follows the steps
 * (a failed step's log and the Dockerfile excerpt) prints as it stands. Recorded with tmux
 * against Docker 26.1 at 100 and 120 columns. The simulator builds instantly, so the final frame
 * is the only one worth drawing.
 */
final class TtyProgress {
  private final int width;

  /** Creates a renderer for a terminal {@code columns} wide. */
  TtyProgress(int columns) {
    this.width = Math.max(40, columns) - 1;
  }

  private static final class Vertex {
    String name;
    boolean cached;
    boolean error;
    double seconds;
    final List<String> statuses = new ArrayList<>();
  }

  /** Prints the frame for the plain progress {@code plain} to {@code out}. */
  void render(String plain, PrintStream out) {
    Map<String, Vertex> vertices = new LinkedHashMap<>();
    StringBuilder rest = new StringBuilder();
    boolean inSteps = true;
    for (String line : plain.split("\n", -1)) {
      if (inSteps && line.startsWith("#")) {
        int sp = line.indexOf(' ');
        String n = sp < 0 ? line.substring(1) : line.substring(1, sp);
        String text = sp < 0 ? "" : line.substring(sp + 1);
        if (n.equals("0")) {
          continue;
        }
        Vertex v = vertices.get(n);
        if (v == null) {
          v = new Vertex();
          v.name = text;
          vertices.put(n, v);
        } else if (text.equals("CACHED")) {
          v.cached = true;
        } else if (text.startsWith("DONE ")) {
          v.seconds = Double.parseDouble(text.substring(5, text.length() - 1));
        } else if (text.startsWith("ERROR")) {
          v.error = true;
        } else if (text.endsWith(" done") || text.equals("done")) {
          v.statuses.add(text.substring(0, Math.max(0, text.length() - 5)));
        }
        continue;
      }
      if (line.isEmpty() && inSteps) {
        continue;
      }
      inSteps = false;
      rest.append(line).append('\n');
    }
    double total = 0;
    for (Vertex v : vertices.values()) {
      total += v.seconds;
    }
    out.println(pad("[+] Building " + seconds(total) + " (" + vertices.size() + "/" + vertices.size() + ") FINISHED",
        "docker:default"));
    for (Vertex v : vertices.values()) {
      String prefix = v.error ? "ERROR " : v.cached ? "CACHED " : "";
      out.println(pad(" => " + prefix + v.name, seconds(v.seconds)));
      for (String s : v.statuses) {
        out.println(pad(" => => " + s, "0.0s"));
      }
    }
    String tail = rest.toString().replaceAll("\n+$", "");
    if (!tail.isEmpty()) {
      out.println(tail);
    }
  }

  /** Pads {@code left} to put {@code right} at the edge; a long text is cut to leave two spaces (recorded at 70 columns). */
  private String pad(String left, String right) {
    int room = width - right.length() - 2;
    String text = left.length() > room ? left.substring(0, room) : left;
    return text + " ".repeat(width - text.length() - right.length()) + right;
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1fs", s);
  }
}
