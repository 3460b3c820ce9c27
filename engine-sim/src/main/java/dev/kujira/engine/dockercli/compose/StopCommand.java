package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.Lifecycle;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose stop}: stops the services' running containers, dependents first. */
final class StopCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.STOP;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    new Lifecycle(ctx.project()).stop(in.args(), ComposeCli.timeout(in));
  }
}
