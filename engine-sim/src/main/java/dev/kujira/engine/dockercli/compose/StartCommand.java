package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.Lifecycle;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose start}: starts the services' existing containers. */
final class StartCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.START;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    new Lifecycle(ctx.project()).start(in.args());
  }
}
