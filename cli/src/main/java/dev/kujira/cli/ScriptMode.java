package dev.kujira.cli;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command file in one fresh session and prints its transcript in the conformance format
 * ({@code ../shared/conformance/README.md}): for every line that is neither blank nor a
 * {@code #} comment, "$ line", what it printed (stdout and stderr as written), and
 * "[exit N]". Each line starts in WORKDIR, as {@code bash -c} in the work folder does.
 *
 * <p>The session is the recordings' machine: offline, so a pull of anything not present fails with
 * the error Docker printed there (a {@code registry:2} started in the script still answers);
 * {@code --hub} reaches the simulated Docker Hub instead. A foreground command that never ends
 * (a server without {@code -d}, an endless loop) is stopped after {@link #LIMIT_MILLIS} of virtual
 * time as a Ctrl-C would, with a line saying so.
 */
public final class ScriptMode {
  /** How much virtual time one command line may take before it is stopped. */
  static final long LIMIT_MILLIS = 10 * 60 * 1000L;

  private ScriptMode() {
  }

  /** Parses {@code [--hub] [--load ARCHIVE]... WORKDIR COMMANDS_FILE} and runs it. */
  public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    List<Path> archives = new ArrayList<>();
    int i = 0;
    boolean hub = false;
    while (i < args.size() && (args.get(i).equals("--load") || args.get(i).equals("--hub"))) {
      if (args.get(i).equals("--hub")) {
        hub = true;
        i++;
        continue;
      }
      if (i + 1 >= args.size()) {
        err.println("kujira script: --load needs an archive path");
        return 2;
      }
      archives.add(Path.of(args.get(i + 1)));
      i += 2;
    }
    if (args.size() - i != 2) {
      err.println("kujira script: expected WORKDIR and COMMANDS_FILE\n\n" + Main.USAGE);
      return 2;
    }
    Path workdir = Path.of(args.get(i)).toAbsolutePath().normalize();
    if (!Files.isDirectory(workdir)) {
      err.println("kujira script: " + args.get(i) + ": no such directory");
      return 2;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of(args.get(i + 1)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("kujira script: cannot read " + args.get(i + 1));
      return 2;
    }
    EngineOptions options = EngineOptions.defaults().withHostDir(workdir);
    for (Path a : archives) {
      options = options.withArchive(a);
    }
    try (Engine engine = Engine.create(options)) {
      engine.offline(!hub);
      out.print(transcript(engine, lines, workdir.toString()));
      out.flush();
    }
    return 0;
  }

  /** Runs {@code lines} and returns the transcript. */
  public static String transcript(Engine engine, List<String> lines, String workdir) {
    StringBuilder sb = new StringBuilder();
    engine.foregroundLimit(LIMIT_MILLIS);
    for (String line : lines) {
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      engine.cd(workdir);
      CommandResult r = engine.run(line);
      sb.append("$ ").append(line).append('\n');
      String text = r.output();
      sb.append(text);
      if (!text.isEmpty() && !text.endsWith("\n")) {
        sb.append('\n');
      }
      if (engine.stoppedAtLimit()) {
        sb.append("kujira: still running after ").append(LIMIT_MILLIS / 60_000)
            .append(" minutes; stopped as by Ctrl-C (script mode stops a command that never ends)\n");
      }
      sb.append("[exit ").append(r.exitCode()).append("]\n");
    }
    return sb.toString();
  }
}
