package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker start}: start one or more stopped containers. Each failure is printed at once;
 * the command then fails with "Error: failed to start containers: …" (docker/cli container/start.go).
 */
public final class StartCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public StartCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    java.util.Optional<dev.kujira.engine.api.ClientTerminal> terminal = TerminalClient.of(cli);
    if (in.bool("attach") && in.bool("interactive") && in.args().size() == 1 && terminal.isPresent()
        && hasTerminal(cli, in.args().get(0))) {
      // As docker run -it: a detach (Ctrl-P Ctrl-Q) ends start -ai quietly with 0 (real engine, tmux).
      int code;
      try {
        code = TerminalClient.pump(terminal.get(), cli.api().containerStartInteractive(in.args().get(0), cli.out()))
            .orElse(0);
      } catch (EngineException e) {
        throw new CliException(Batch.daemonError(e), RunCommand.exitCodeOf(e) == 125 ? 1 : RunCommand.exitCodeOf(e));
      }
      if (code != 0) {
        throw new CliException("", code);
      }
      return;
    }
    if (in.bool("attach") && in.args().size() == 1) {
      startAttached(cli, in.args().get(0));
      return;
    }
    List<String> failed = new ArrayList<>();
    for (String ref : in.args()) {
      try {
        cli.api().containerStart(ref);
        cli.out().println(ref);
      } catch (EngineException e) {
        cli.err().println(Batch.daemonError(e));
        failed.add(ref);
      }
    }
    if (!failed.isEmpty()) {
      throw new CliException("Error: failed to start containers: " + String.join(", ", failed), 1);
    }
  }

  private static boolean hasTerminal(CliContext cli, String ref) {
    Object config = cli.api().containerInspect(ref).get("Config");
    return config instanceof dev.kujira.engine.api.ApiObject c && Boolean.TRUE.equals(c.get("Tty"))
        && Boolean.TRUE.equals(c.get("OpenStdin"));
  }

  private static void startAttached(CliContext cli, String ref) {
    int code;
    try {
      code = cli.api().containerStartAttached(ref, cli.in(), cli.out(), cli.err());
    } catch (EngineException e) {
      throw new CliException(Batch.daemonError(e), RunCommand.exitCodeOf(e) == 125 ? 1 : RunCommand.exitCodeOf(e));
    }
    if (code != 0) {
      throw new CliException("", code);
    }
  }
}
