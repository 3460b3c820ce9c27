package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.Lifecycle;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose pause}: pauses the running containers. */
final class PauseCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.PAUSE;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    new Lifecycle(ctx.project()).pause(in.args());
  }
}
