package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose version}: "Docker Compose version 2.26.1-4", {@code --short} the number only. */
final class VersionCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.VERSION;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    if (in.bool("short")) {
      ctx.cli().out().println(ComposeCli.VERSION);
    } else if (in.string("format").equals("json")) {
      ctx.cli().out().println("{\"version\":\"" + ComposeCli.VERSION + "\"}");
    } else {
      ctx.cli().out().println("Docker Compose version " + ComposeCli.VERSION);
    }
  }
}
