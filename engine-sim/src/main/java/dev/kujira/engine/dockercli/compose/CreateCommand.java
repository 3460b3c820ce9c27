package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.Converge;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose create}: converges the project without starting anything. */
final class CreateCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.CREATE;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    new Converge(ctx.project()).run(UpCommand.options(in, false, false), ctx::warn);
  }
}
