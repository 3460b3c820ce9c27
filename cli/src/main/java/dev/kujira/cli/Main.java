package dev.kujira.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    if (args.isEmpty()) {
      return Repl.runOnSystemTerminal();
    }
    switch (args.get(0)) {
      case "script":
        return ScriptMode.run(args.subList(1, args.size()), out, err);
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
      "Usage:  kujira                      start the docker terminal (offline, simulated)",
      "        kujira script [--load ARCHIVE]... WORKDIR COMMANDS_FILE",
      "                                    run each line of COMMANDS_FILE in one fresh session",
      "                                    whose host starts in WORKDIR and print the transcript");
}
