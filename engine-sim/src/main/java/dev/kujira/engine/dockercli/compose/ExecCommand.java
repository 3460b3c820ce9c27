package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ExecRequest;
import dev.kujira.engine.compose.ComposeException;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.Errors;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;
import java.util.List;

/** {@code docker compose exec}: runs a command in a service's running container (number {@code --index}). */
final class ExecCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.EXEC;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    if (in.args().size() < 2) {
      throw new CliException(Errors.minimumArgs(2, in.args().size()), 1);
    }
    ComposeProject p = ctx.project();
    String service = in.args().get(0);
    int index = in.changed("index") ? in.integer("index") : 1;
    ContainerSummary c = p.containersOf(service, false).stream().filter(x -> ComposeProject.number(x) == index)
        .findFirst().orElseThrow(() -> new ComposeException(Errors.notRunning(service), ComposeException.FAILURE));
    List<String> cmd = in.args().subList(1, in.args().size());
    try {
      int code = ctx.cli().api().containerExec(c.id(), new ExecRequest(List.copyOf(cmd), in.list("env"),
          in.string("workdir"), in.string("user"), false, false, in.bool("privileged")), ctx.cli().in(), ctx.cli().out(), ctx.cli().err());
      if (code != 0) {
        throw new CliException("", code);
      }
    } catch (EngineException e) {
      // compose prints the daemon's message without docker's "Error response from daemon" (conformance c14)
      throw new CliException(e.getMessage(), 126);
    }
  }
}
