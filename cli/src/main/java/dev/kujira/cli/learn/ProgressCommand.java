package dev.kujira.cli.learn;

import dev.kujira.lessons.run.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code kujira progress export FILE} and {@code kujira progress import FILE}. */
public final class ProgressCommand {
  private ProgressCommand() {
  }

  /** Returns the learner's progress file. */
  static Path file() {
    return Path.of(System.getProperty("user.home"), ".kujira", "progress.json");
  }

  /** Runs the command with {@code args} (after "progress") and returns its exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    if (args.size() != 2 || !List.of("export", "import").contains(args.get(0))) {
      err.println("Usage:  kujira progress export FILE | kujira progress import FILE");
      return 2;
    }
    Path other = Path.of(args.get(1));
    if (args.get(0).equals("export")) {
      Progress.read(file()).write(other);
      out.println("progress written to " + other);
    } else {
      Progress merged = Progress.read(file()).merge(Progress.read(other));
      merged.write(file());
      out.println("progress imported: " + merged.lessons().size() + " lessons");
    }
    return 0;
  }
}
