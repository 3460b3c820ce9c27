package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ApiObject;
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
    java.util.Optional<dev.kujira.engine.api.ClientTerminal> terminal = TerminalClient.of(cli);
    if (terminal.isPresent() && !in.bool("no-stdin")) {
      dev.kujira.engine.api.TtySession session = cli.api().containerAttachTerminal(ref, cli.out());
      if (session != null) {
        session.redraw();
        TerminalClient.attached(terminal.get(), session);
        return;
      }
    }
    int code = cli.api().containerWait(ref);
    if (code != 0) {
      throw new CliException("", code);
    }
  }
}
