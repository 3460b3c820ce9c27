package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.LogLine;
import java.util.List;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;

/**
 * {@code docker attach}: attach to a running container's output until it stops. The client
 * refuses stopped and paused containers itself (docker/cli container/attach.go; conformance 69).
 */
public final class AttachCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public AttachCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String ref = in.args().get(0);
    ApiObject state = (ApiObject) cli.api().containerInspect(ref).get("State");
    if (!Boolean.TRUE.equals(state.get("Running"))) {
      throw new CliException("You cannot attach to a stopped container, start it first", 1);
    }
    if (Boolean.TRUE.equals(state.get("Paused"))) {
      throw new CliException("You cannot attach to a paused container, unpause it first", 1);
    }
    // docker/cli attach.go: In().CheckTty(!NoStdin, Config.Tty) refuses a tty container without a terminal.
    ApiObject config = (ApiObject) cli.api().containerInspect(ref).get("Config");
    cli.checkTty(!in.bool("no-stdin"), Boolean.TRUE.equals(config.get("Tty")));
    java.util.Optional<dev.kujira.engine.api.ClientTerminal> terminal = TerminalClient.of(cli);
    if (terminal.isPresent() && !in.bool("no-stdin")) {
      dev.kujira.engine.api.TtySession session = cli.api().containerAttachTerminal(ref, cli.out());
      if (session != null) {
        session.redraw();
        TerminalClient.attached(terminal.get(), session);
        return;
      }
    }
    int[] shown = {cli.api().containerLogs(ref).size()};
    Runnable poll = () -> {
      List<LogLine> lines = cli.api().containerLogs(ref);
      for (LogLine l : lines.subList(Math.min(shown[0], lines.size()), lines.size())) {
        (l.stderr() ? cli.err() : cli.out()).print(l.text());
      }
      shown[0] = lines.size();
      cli.out().flush();
      cli.err().flush();
    };
    int code;
    try (var signals = SignalProxy.forward(cli, in.bool("sig-proxy") && !Boolean.TRUE.equals(config.get("Tty")),
        ref)) {
      if (terminal.isPresent()) {
        // On the terminal the output streams as it comes; Ctrl-C is forwarded to the container as
        // SIGINT (--sig-proxy, the default; a trap in the container answers it on the real engine).
        Runnable interrupt = in.bool("sig-proxy") ? () -> cli.api().containerKill(ref, "INT") : null;
        TerminalClient.follow(cli, terminal.get(), poll, () -> running(cli, ref), interrupt);
      }
      code = cli.api().containerWait(ref);
    }
    // What the container printed while attached (the real client shows it as it comes).
    poll.run();
    if (code != 0) {
      throw new CliException("", code);
    }
  }

  private static boolean running(CliContext cli, String ref) {
    Object state = cli.api().containerInspect(ref).get("State");
    return state instanceof ApiObject s && Boolean.TRUE.equals(s.get("Running"));
  }
}
