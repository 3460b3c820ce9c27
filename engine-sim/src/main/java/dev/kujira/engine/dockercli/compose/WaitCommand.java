package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.Errors;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;
import java.util.ArrayList;
import java.util.List;

/** {@code docker compose wait}: blocks until the services' first container stops and prints its exit code. */
final class WaitCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.WAIT;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    if (in.args().isEmpty()) {
      throw new CliException(Errors.minimumArgs(1, 0), 1);
    }
    ComposeProject p = ctx.project();
    List<ContainerSummary> list = new ArrayList<>();
    // only running containers are waited for: none is an error (conformance c23)
    p.select(in.args()).forEach(s -> list.addAll(p.containersOf(s.name(), false)));
    if (list.isEmpty()) {
      throw new CliException(Errors.noContainers(p.name()), 1);
    }
    for (ContainerSummary c : list) {
      int code = ctx.cli().api().containerWait(c.id());
      if (code != 0) {
        // compose reports a failed container and ends with its status (conformance c23)
        throw new CliException(Errors.exitedWith(c.id(), code), code);
      }
    }
  }
}
