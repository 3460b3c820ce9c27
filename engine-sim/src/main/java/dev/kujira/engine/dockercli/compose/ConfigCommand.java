package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.ComposeFile;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.ConfigWriter;
import dev.kujira.engine.compose.Service;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker compose config}: checks the file and prints it in canonical form (or a list of its parts). */
final class ConfigCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.CONFIG;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    ComposeProject p = ctx.project();
    if (in.bool("quiet")) {
      return;
    }
    if (in.bool("services")) {
      // compose 2.26's runServices: project.ForEachService(ServiceNames()) walks the names sorted,
      // each after its depends_on (recorded by tests/tools/difftest: app depending on db prints db, app)
      p.startOrder(p.services().stream().sorted(java.util.Comparator.comparing(Service::name)).toList())
          .stream().map(Service::name).forEach(ctx.cli().out()::println);
    } else if (in.bool("volumes")) {
      p.file().volumes().values().stream().map(ComposeFile.Resource::key).forEach(ctx.cli().out()::println);
    } else if (in.bool("images")) {
      p.services().forEach(s -> ctx.cli().out().println(s.imageFor(p.name())));
    } else {
      ctx.cli().out().print(ConfigWriter.render(p));
    }
  }
}
