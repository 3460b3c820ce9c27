package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.Converge;
import dev.kujira.engine.compose.Service;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose build}: builds the images of the services that have a build section. */
final class BuildCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.BUILD;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    ComposeProject p = ctx.project();
    Converge c = new Converge(p);
    java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
    for (String a : in.list("build-arg")) {
      int eq = a.indexOf('=');
      if (eq > 0) {
        args.put(a.substring(0, eq), a.substring(eq + 1));
      }
    }
    for (Service s : p.select(in.args())) {
      if (s.build() != null) {
        c.build(s, in.bool("quiet"), in.bool("no-cache"), args);
      }
    }
  }
}
