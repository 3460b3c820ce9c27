package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.Lifecycle;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose down}: removes the containers and networks (with -v the volumes, --rmi the images). */
final class DownCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.DOWN;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    new Lifecycle(ctx.project()).down(in.bool("volumes"), in.string("rmi"), in.bool("remove-orphans"),
        ComposeCli.timeout(in));
  }
}
