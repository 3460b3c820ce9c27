package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.Lifecycle;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose rm}: removes the stopped containers ({@code -s} stops them first). */
final class RmCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.RM;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    new Lifecycle(ctx.project()).rm(in.args(), in.bool("stop"), in.bool("volumes"));
  }
}
