package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ContainerCreateRequest;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker create}: create a new container; prints its full id (docker/cli container/create.go). */
public final class CreateCommand implements DockerCommand {

  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public CreateCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String tail = "See '" + in.spec().commandPath() + " --help'.";
    RunCommand.checkReference(in.args().get(0), "", tail);
    ContainerCreateRequest req = ContainerOptions.parse(cli, in, "", tail);
    CreateFlags.warnings(cli, in);
    String id = RunCommand.createPulling(cli, req, CreateFlags.pull(in, "", tail));
    CreateFlags.writeCid(cli, String.valueOf(req.settings().getOrDefault("HostConfig.ContainerIDFile", "")), id);
    cli.out().println(id);
  }
}
