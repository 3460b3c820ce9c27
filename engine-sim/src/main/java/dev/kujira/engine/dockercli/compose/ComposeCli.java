package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.ComposeException;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.flags.FlagParser;
import dev.kujira.engine.dockercli.flags.UsageError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Is the compose plugin's command line, {@code docker compose [OPTIONS] COMMAND} (also installed
 * as {@code docker-compose}, as Debian's compose 2.26 is): global flags, then one command of the
 * table. Usage errors end with status 16, as compose's cobra setup does (conformance c01).
 */
public final class ComposeCli {
  /** The version compose reports. */
  static final String VERSION = "2.26.1-4";
  private static final int USAGE = 16;
  private static final Map<String, ComposeCommand> TABLE = new LinkedHashMap<>();
  /** Compose 2.26's other commands (its help lists them): named as such rather than unknown. */
  private static final List<String> UNSIMULATED = List.of("attach", "events", "push", "stats", "watch");

  static {
    for (ComposeCommand c : List.of(new UpCommand(), new DownCommand(), new PsCommand(), new LogsCommand(),
        new ExecCommand(), new RunCommand(), new BuildCommand(), new PullCommand(), new CreateCommand(),
        new ConfigCommand(), new PortCommand(), new TopCommand(), new ImagesCommand(), new LsCommand(),
        new VersionCommand(), new StartCommand(), new StopCommand(), new RestartCommand(), new KillCommand(),
        new RmCommand(), new PauseCommand(), new UnpauseCommand(), new CpCommand(), new WaitCommand(),
        new ScaleCommand())) {
      TABLE.put(c.spec().path().get(1), c);
    }
  }

  private ComposeCli() {
  }

  /** Runs {@code docker compose ARGS}. */
  public static void run(CliContext cli, List<String> args) {
    if (!args.isEmpty() && (args.get(0).equals("--version") || args.get(0).equals("-v"))) {
      cli.out().println("Docker Compose version " + VERSION);
      return;
    }
    FlagParser.Parsed global = parse(ComposeSpecs.ROOT, args);
    List<String> rest = global.invocation().args();
    if (global.help() || rest.isEmpty()) {
      cli.out().print(help("compose"));
      return;
    }
    ComposeCommand cmd = TABLE.get(rest.get(0));
    if (cmd == null && UNSIMULATED.contains(rest.get(0))) {
      throw new CliException(dev.kujira.engine.compose.Errors.notSimulated(rest.get(0)), 1);
    }
    if (cmd == null) {
      cli.out().print(help("compose"));
      throw new CliException(dev.kujira.engine.compose.Errors.unknownCommand(rest.get(0)), USAGE);
    }
    FlagParser.Parsed parsed = parse(cmd.spec(), rest.subList(1, rest.size()));
    if (parsed.help()) {
      cli.out().print(help(rest.get(0)));
      return;
    }
    try {
      cmd.run(new ComposeContext(cli, global.invocation()), parsed.invocation());
    } catch (ComposeException e) {
      throw new CliException(e.getMessage(), e.exitCode());
    }
  }

  private static FlagParser.Parsed parse(dev.kujira.engine.dockercli.CommandSpec spec, List<String> args) {
    try {
      return FlagParser.parse(spec, args);
    } catch (UsageError e) {
      throw new CliException(e.getMessage(), USAGE);
    }
  }

  /** Returns the recorded help text of {@code command}. */
  static String help(String command) {
    try (InputStream in = ComposeCli.class.getResourceAsStream("/dev/kujira/engine/dockercli/help/compose/"
        + command + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns an optional int flag ({@code -t}): null when not given. */
  static Integer timeout(Invocation in) {
    return in.changed("timeout") ? in.integer("timeout") : null;
  }
}
