package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.Lifecycle;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose unpause}: unpauses the paused containers. */
final class UnpauseCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.UNPAUSE;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    new Lifecycle(ctx.project()).unpause(in.args());
  }
}
