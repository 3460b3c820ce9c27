package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.Lifecycle;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose kill}: sends a signal (SIGKILL by default) to the running containers. */
final class KillCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.KILL;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    new Lifecycle(ctx.project()).kill(in.args(), in.string("signal"));
  }
}
