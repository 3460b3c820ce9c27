package dev.kujira.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Starts kujira: with no arguments the REPL, a terminal with Docker installed; with
 * {@code script} a transcript run of a command file (see {@link ScriptMode}).
 */
public final class Main {
  private Main() {
  }

  /** Runs kujira and exits with its status. */
  public static void main(String[] args) throws IOException {
    System.exit(run(Arrays.asList(args), new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs kujira with {@code args} and returns its exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    if (args.isEmpty() || args.get(0).startsWith("--") && !args.get(0).equals("--help")) {
      Repl.Options options = Repl.Options.defaults();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.equals("--mirror")) {
          options = options.withMirror(true);
        } else if (a.equals("--no-history")) {
          options = options.withHistory(null);
        } else if (a.equals("--load") && i + 1 < args.size()) {
          options = options.withArchive(Path.of(args.get(++i)));
        } else {
          err.println("kujira: unknown option '" + a + "'\n\n" + USAGE);
          return 2;
        }
      }
      return Repl.runOnSystemTerminal(options);
    }
    switch (args.get(0)) {
      case "web":
        return WebCommand.run(args.subList(1, args.size()), out, err);
      case "script":
        return ScriptMode.run(args.subList(1, args.size()), out, err);
      case "learn":
        return dev.kujira.cli.learn.LearnCommand.run(args.subList(1, args.size()), out, err);
      case "drill":
        return dev.kujira.cli.learn.DrillCommand.run(args.subList(1, args.size()), out, err);
      case "lessons":
        return dev.kujira.cli.learn.LessonsCommand.run(args.subList(1, args.size()), out, err);
      case "instructor":
        return dev.kujira.cli.learn.CodeCommands.instructor(args.subList(1, args.size()), out, err);
      case "progress":
        return dev.kujira.cli.learn.ProgressCommand.run(args.subList(1, args.size()), out, err);
      case "verify":
        return dev.kujira.cli.learn.CodeCommands.verify(args.subList(1, args.size()), out, err);
      case "--help":
      case "-h":
      case "help":
        out.println(USAGE);
        return 0;
      default:
        err.println("kujira: unknown command '" + args.get(0) + "'\n\n" + USAGE);
        return 2;
    }
  }

  static final String USAGE = String.join("\n",
      "Usage:  kujira [--mirror] [--load ARCHIVE]... [--no-history]",
      "                                    start the docker terminal (offline, simulated); --mirror also",
      "                                    runs each docker command on the real daemon (DOCKER_HOST)",
      "        kujira script [--hub] [--load ARCHIVE]... WORKDIR COMMANDS_FILE",
      "                                    run each line of COMMANDS_FILE in one fresh session",
      "                                    whose host starts in WORKDIR and print the transcript;",
      "                                    offline like the recordings' machine unless --hub",
      "        kujira web [--host ADDR] [--port N] [--lessons DIR] [--db URL] [--mirror]",
      "                                    serve the lessons, a terminal and the sandbox in the browser",
      "                                    (http://127.0.0.1:7070/ by default)",
      "        kujira learn [--lang ja|en] [--lessons DIR] [ID]",
      "                                    list the lessons, or take lesson ID in the terminal",
      "        kujira drill [--lang ja|en] [--seed N] [--list] [TOPIC]",
      "                                    endless generated exercises, spaced by Leitner boxes",
      "        kujira lessons lint|test|render|stats [--json] [--lessons DIR | DIR]",
      "                                    check, test, fill output blocks or count lessons (authors' tools)",
      "        kujira progress export FILE | kujira progress import FILE",
      "                                    copy your lesson progress (~/.kujira/progress.json)",
      "        kujira instructor key | kujira verify CODE",
      "                                    create the class key; check a learner's completion code");
}
