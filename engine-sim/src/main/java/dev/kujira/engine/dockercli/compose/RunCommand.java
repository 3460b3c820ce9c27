package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.OneOff;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;
import java.util.List;

/**
 * {@code docker compose run}: starts the service's dependencies, then a one-off container
 * ({@code <project>-<service>-run-<id>}) with the command given, attached unless {@code -d}.
 */
final class RunCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.RUN;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    if (in.args().isEmpty()) {
      throw new CliException(dev.kujira.engine.compose.Errors.minimumArgs(1, 0), 1);
    }
    ComposeProject p = ctx.project();
    List<String> command = in.args().size() > 1 ? in.args().subList(1, in.args().size()) : null;
    OneOff.Options o = new OneOff.Options(in.args().get(0), command, in.bool("rm"), in.bool("detach"),
        in.bool("no-deps"), in.bool("build"), in.list("env"), in.string("workdir"), in.string("user"),
        in.changed("entrypoint") ? in.string("entrypoint") : null, in.string("name"), in.bool("service-ports"),
        in.list("publish"), in.bool("remove-orphans"));
    int code = new OneOff(p).run(o, ctx.cli().in(), ctx.cli().out(), ctx.cli().err(), ctx::warn);
    if (code != 0) {
      throw new CliException("", code);
    }
  }
}
