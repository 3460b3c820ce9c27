package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.PortMapping;
import dev.kujira.engine.compose.ComposeException;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.Errors;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose port}: the host address a service's container port is published on. */
final class PortCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.PORT;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    if (in.args().size() != 2) {
      throw new CliException(Errors.exactArgs(2, in.args().size()), 1);
    }
    ComposeProject p = ctx.project();
    String service = in.args().get(0);
    // an unknown service is "not running", as for a service without containers (conformance c08)
    int index = in.changed("index") ? in.integer("index") : 1;
    ContainerSummary c = p.containersOf(service, false).stream().filter(x -> ComposeProject.number(x) == index)
        .findFirst().orElseThrow(() -> new ComposeException(Errors.notRunning(service), ComposeException.FAILURE));
    int port = Integer.parseInt(in.args().get(1));
    String proto = in.string("protocol");
    for (PortMapping m : c.ports()) {
      if (m.privatePort() == port && m.type().equals(proto) && m.publicPort() > 0 && !m.ip().contains(":")) {
        ctx.cli().out().println(m.ip() + ":" + m.publicPort());
        return;
      }
    }
    java.util.List<String> published = new java.util.ArrayList<>();
    c.ports().stream().filter(m -> m.publicPort() > 0).forEach(m -> published.add(m.publicPort() + "/" + m.type()));
    throw new ComposeException(Errors.noPort(port, proto, ComposeProject.nameOf(c), String.join(", ", published)),
        ComposeException.FAILURE);
  }
}
