package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;

/** {@code docker commit}: create a new image from a container's changes; prints its id. */
public final class CommitCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (commit and container commit share it). */
  public CommitCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String ref = in.args().get(0);
    String target = in.args().size() > 1 ? in.args().get(1) : "";
    cli.out().println(cli.api().containerCommit(ref, target, in.string("message"), in.string("author"),
        in.list("change")));
  }
}
