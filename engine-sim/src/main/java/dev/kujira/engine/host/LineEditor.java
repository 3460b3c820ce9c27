package dev.kujira.engine.host;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Is {@code nano} and {@code vi} on the learner's host, simplified to a line editor and saying so:
 * a full-screen editor needs a screen the simulator does not draw, and a learner who types
 * {@code nano Dockerfile} must still be able to write the file. It shows the file's lines, reads
 * the new content from the terminal until Ctrl-D, and writes it; Ctrl-C leaves the file as it
 * was. Off a terminal it refuses, as vim warns ("Input is not from a terminal") and nano fails.
 */
final class LineEditor implements Program {
  private final String name;

  LineEditor(String name) {
    this.name = name;
  }

  @Override
  public int run(Proc p, List<String> argv) {
    List<String> files = argv.subList(1, argv.size()).stream().filter(a -> !a.startsWith("-")).toList();
    if (argv.contains("--version")) {
      p.stdout().println("kujira's line editor, standing in for " + name);
      return 0;
    }
    if (files.size() != 1) {
      p.stderr().println("kujira: " + name + " here is a line editor: give it one file, as in '" + name + " Dockerfile'");
      return 1;
    }
    if (!p.stdinIsTerminal()) {
      p.stderr().println("kujira: " + name + " needs the terminal (its input is not from a terminal); "
          + "write files with echo, printf or cat <<'EOF' instead");
      return 1;
    }
    String file = files.get(0);
    String old = "";
    try {
      if (p.fs().exists(file)) {
        old = new String(p.fs().read(file), StandardCharsets.UTF_8);
      }
    } catch (FsException e) {
      p.stderr().println(name + ": " + file + ": " + e.error().message());
      return 1;
    }
    List<String> lines = old.isEmpty() ? List.of() : List.of(old.split("\n", -1));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines = lines.subList(0, lines.size() - 1);
    }
    p.stdout().println("kujira: " + name + " is a simple line editor here. " + file
        + (lines.isEmpty() ? " is empty or new." : " has " + lines.size() + " line(s):"));
    for (int i = 0; i < lines.size(); i++) {
      p.stdout().printf("%4d  %s%n", i + 1, lines.get(i));
    }
    p.stdout().println("Type the file's new content. Ctrl-D on an empty line saves it; Ctrl-C leaves it unchanged.");
    p.stdout().flush();
    String text = readAll(p.stdin());
    if (text.isEmpty()) {
      p.stdout().println("kujira: nothing typed; " + file + " is unchanged");
      return 0;
    }
    try {
      p.fs().write(file, text.getBytes(StandardCharsets.UTF_8), false);
    } catch (FsException e) {
      p.stderr().println(name + ": " + file + ": " + e.error().message());
      return 1;
    }
    long count = text.chars().filter(c -> c == '\n').count();
    p.stdout().println("kujira: wrote " + count + " line(s) to " + file);
    return 0;
  }

  private static String readAll(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      int b;
      while ((b = in.read()) >= 0) {
        out.write(b);
      }
    } catch (IOException e) {
      // The terminal went away: keep what was typed.
    }
    String text = out.toString(StandardCharsets.UTF_8);
    return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
  }
}
