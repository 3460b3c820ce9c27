package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.Converge;
import dev.kujira.engine.compose.Service;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose pull}: pulls the images of the services that name one. */
final class PullCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.PULL;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    ComposeProject p = ctx.project();
    Converge c = new Converge(p);
    for (Service s : p.select(in.args())) {
      if (!s.image().isEmpty()) {
        c.pull(s);
      }
    }
  }
}
