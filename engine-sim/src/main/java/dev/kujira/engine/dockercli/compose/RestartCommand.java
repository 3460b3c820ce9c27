package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.Lifecycle;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose restart}: restarts the services' containers. */
final class RestartCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.RESTART;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    new Lifecycle(ctx.project()).restart(in.args(), ComposeCli.timeout(in));
  }
}
