package dev.kujira.engine.dockercli.program;

import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Flag;
import dev.kujira.engine.dockercli.FlagHandling;
import dev.kujira.engine.dockercli.Usage;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.dockercli.flags.FlagParser;
import dev.kujira.engine.dockercli.flags.UsageError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Is the docker command line: it reads global flags, finds the command in the {@link Commands}
 * table, parses its flags, checks its arguments, runs it, and is the one place that prints errors
 * and picks the exit code (docker/cli's main and cobra's error handling).
 */
public final class Cli {
  private static final Commands TABLE = Commands.standard();
  private static final String VERSION_LINE = "Docker version 26.1.5+dfsg1, build a72d7cd";

  private Cli() {
  }

  /** Returns the command table. */
  public static Commands table() {
    return TABLE;
  }

  /** Runs {@code docker ARGS} and returns the exit code. */
  public static int run(List<String> args, CliContext cli) {
    try {
      dispatch(args, cli);
      return 0;
    } catch (CliException e) {
      if (!e.status().isEmpty()) {
        cli.err().println(e.status());
      }
      return e.exitCode();
    } catch (EngineException e) {
      cli.err().println(Batch.daemonError(e));
      return Batch.exitCode(e);
    } finally {
      cli.out().flush();
      cli.err().flush();
    }
  }

  /**
   * At debug level the CLI first logs its OpenTelemetry set-up error: Debian's 26.1.5+dfsg1 build
   * (the version this simulator reports) vendors two otel schema versions that conflict, so every
   * command run with -D or --log-level debug starts with this line (recorded on that build).
   */
  private static void debug(CliContext cli) {
    String time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
        .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.ofEpochMilli(cli.api().now()));
    cli.err().println("time=\"" + time + "\" level=debug msg=\"otel error\" error=\"1 errors occurred detecting resource:"
        + "\\n\\t* conflicting Schema URL: https://opentelemetry.io/schemas/1.21.0 and https://opentelemetry.io/schemas/1.26.0\"");
  }

  private static void dispatch(List<String> args, CliContext cli) {
    int i = 0;
    while (i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1) {
      String a = args.get(i);
      switch (a) {
        case "--help":
        case "-h":
          cli.out().print(resource("docker"));
          return;
        case "-v":
        case "--version":
          cli.out().println(VERSION_LINE);
          return;
        case "-D":
        case "--debug":
          debug(cli);
          i++;
          break;
        case "--tls":
        case "--tlsverify":
          i++;
          break;
        case "-l":
        case "--log-level":
          if (i + 1 < args.size() && args.get(i + 1).equals("debug")) {
            debug(cli);
          }
          i += 2;
          break;
        case "-H":
        case "--host":
        case "-c":
        case "--context":
        case "--config":
          i += 2;
          break;
        default:
          if (a.startsWith("--") && a.contains("=")) {
            if (a.equals("--log-level=debug") || a.equals("--debug=true")) {
              debug(cli);
            }
            i++;
            break;
          }
          // the root command's flag error comes with its whole usage (recorded by the differential
          // tester: `docker --nope` prints the error, the pointer to --help, then the help text)
          throw new CliException((a.startsWith("--") ? "unknown flag: " + a : "unknown shorthand flag: '"
              + a.charAt(1) + "' in " + a) + "\nSee 'docker --help'.\n" + resource("docker"), 125);
      }
    }
    if (i >= args.size()) {
      cli.out().print(resource("docker"));
      return;
    }
    String word = args.get(i);
    if (word.equals("compose")) {
      dev.kujira.engine.dockercli.compose.ComposeCli.run(cli, args.subList(i + 1, args.size()));
      return;
    }
    if (Commands.GROUPS.contains(word) && TABLE.find(List.of(word, i + 1 < args.size() ? args.get(i + 1) : "")) == null) {
      group(word, args, i, cli);
      return;
    }
    DockerCommand cmd = TABLE.find(List.of(word));
    int consumed = 1;
    if (Commands.GROUPS.contains(word)) {
      cmd = TABLE.find(List.of(word, args.get(i + 1)));
      consumed = 2;
    }
    if (cmd == null) {
      if (Commands.KNOWN.contains(word)) {
        throw new CliException("docker: '" + word + "' is not simulated by kujira yet.\nSee 'docker --help'", 1);
      }
      throw new CliException("docker: '" + word + "' is not a docker command.\nSee 'docker --help'", 1);
    }
    runCommand(cmd, args.subList(i + consumed, args.size()), cli);
  }

  private static void group(String word, List<String> args, int i, CliContext cli) {
    if (word.equals("builder") || word.equals("buildx")) {
      String sub = i + 1 < args.size() ? args.get(i + 1) : "";
      if (BUILDX_NOT_SIMULATED.contains(sub)) {
        throw new CliException("docker: '" + word + " " + sub + "' is not simulated by kujira yet.\nSee 'docker --help'", 1);
      }
      // buildx answers a bare group, --help and an unknown subcommand alike with its help, exit 0
      // (recorded on Docker 26.1; the builder alias also shows the --builder default).
      cli.out().print(resource(word));
      return;
    }
    if (word.equals("context") && i + 1 < args.size() && List.of("update", "export", "import").contains(args.get(i + 1))) {
      throw new CliException("docker: 'context " + args.get(i + 1) + "' is not simulated by kujira yet.\nSee 'docker --help'", 1);
    }
    if (!List.of("container", "image", "system", "volume", "network", "context").contains(word)) {
      throw new CliException("docker: '" + word + "' is not simulated by kujira yet.\nSee 'docker --help'", 1);
    }
    boolean bare = i + 1 >= args.size() || args.get(i + 1).equals("--help") || args.get(i + 1).equals("-h");
    cli.out().print(resource(word));
    if (!bare) {
      throw new CliException("", 1);
    }
  }

  /** buildx's real subcommands that the simulator does not run (from the recorded `docker buildx` help). */
  private static final java.util.Set<String> BUILDX_NOT_SIMULATED = java.util.Set.of("bake", "create", "dial-stdio",
      "du", "inspect", "rm", "stop", "use", "version", "imagetools");

  private static void runCommand(DockerCommand cmd, List<String> args, CliContext cli) {
    CommandSpec spec = cmd.spec();
    String tail = "See '" + spec.commandPath() + " --help'.";
    FlagParser.Parsed parsed;
    try {
      parsed = FlagParser.parse(spec, args);
    } catch (UsageError e) {
      throw new CliException(e.getMessage() + "\n" + tail, 125);
    }
    if (parsed.help()) {
      if (parsed.deprecatedShortHelp() && !spec.path().get(0).equals("buildx")) {
        // pflag's notice for the root command's help shorthand (deprecated in docker/cli), on stdout (recorded).
        cli.out().println("Flag shorthand -h has been deprecated, please use --help");
      }
      // buildx plugin commands print the plugin's own help layout, kept as recorded text.
      String recorded = !spec.path().get(0).equals("buildx") ? null
          : resource(spec.path().get(1).equals("build") ? "build" : String.join("_", spec.path()));
      cli.out().print(recorded != null ? recorded : Usage.help(spec));
      return;
    }
    int n = parsed.invocation().args().size();
    if (n < spec.minArgs() || spec.maxArgs() >= 0 && n > spec.maxArgs()) {
      // buildx prints cobra's text behind "ERROR: " (seen on the real engine).
      String prefix = spec.path().get(0).equals("buildx") ? "ERROR: " : "";
      throw new CliException(prefix + Usage.argumentError(spec, n), 1);
    }
    FlagHandling.refuseNotSimulated(spec, parsed.invocation());
    cmd.run(cli, parsed.invocation());
  }

  /** Returns a recorded help text: "docker" or a management command's listing. */
  static String resource(String name) {
    try (InputStream in = Cli.class.getResourceAsStream("/dev/kujira/engine/dockercli/help/" + name + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
