package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.compose.ComposeException;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.Errors;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose cp}: copies between the host and a service's container ({@code SERVICE:PATH}). */
final class CpCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.CP;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    if (in.args().size() != 2) {
      throw new CliException(Errors.exactArgs(2, in.args().size()), 1);
    }
    String a = in.args().get(0);
    String b = in.args().get(1);
    ComposeProject project = ctx.project();
    // compose v2 cmd/compose/cp.go: the project first, then the direction.
    if (isServicePath(a) && isServicePath(b)) {
      throw new ComposeException("copying between services is not supported", ComposeException.FAILURE);
    }
    if (!isServicePath(a) && !isServicePath(b)) {
      throw new ComposeException("unknown copy direction", ComposeException.FAILURE);
    }
    boolean toContainer = isServicePath(b);
    String service = toContainer ? b : a;
    String host = toContainer ? a : b;
    String name = service.substring(0, service.indexOf(':'));
    ComposeProject p = project;
    p.select(java.util.List.of(name));
    java.util.List<ContainerSummary> targets = p.containersOf(name, true).stream().filter(x -> in.changed("index")
        ? ComposeProject.number(x) == in.integer("index") : !toContainer ? ComposeProject.number(x) == 1 : true)
        .toList();
    if (targets.isEmpty()) {
      throw new ComposeException(Errors.notRunning(name), ComposeException.FAILURE);
    }
    String path = service.substring(service.indexOf(':') + 1);
    String local = ctx.cli().files().absolute(host) + (host.endsWith("/") ? "/" : "");
    // compose copies into every container of the service, reporting each copy (conformance c23)
    for (ContainerSummary c : targets) {
      String n = ComposeProject.nameOf(c);
      String what = " " + n + " copy " + (toContainer ? host + " to " + n + ":" + path : n + ":" + path + " to " + host);
      ctx.cli().err().println(what + " Copying");
      ctx.cli().api().containerCopy(c.id(), path, local, toContainer);
      ctx.cli().err().println(what + " Copied");
    }
  }

  private static boolean isServicePath(String arg) {
    int colon = arg.indexOf(':');
    return colon > 0 && !arg.startsWith("/") && !arg.startsWith(".");
  }
}
