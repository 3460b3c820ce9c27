package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ExecRequest;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import java.util.List;

/**
 * {@code docker exec}: run a command in a running container. A command that cannot start ends
 * with 126 (Docker 26.1 on the real engine, also for a missing executable).
 */
public final class ExecCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public ExecCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String ref = in.args().get(0);
    List<String> cmd = in.args().subList(1, in.args().size());
    ExecRequest req = new ExecRequest(List.copyOf(cmd), KeyValueFiles.env(cli, in.list("env-file"), in.list("env"), "",
        "See '" + spec.commandPath() + " --help'."), in.string("workdir"), in.string("user"),
        in.bool("tty"), in.bool("interactive"), in.bool("privileged"));
    // docker/cli's RunExec inspects the container first so that "No such container" comes before
    // the terminal check (recorded by tests/tools/difftest: docker exec -it nosuch env)
    try {
      cli.api().containerInspect(ref);
    } catch (EngineException e) {
      throw new CliException(Batch.daemonError(e), Batch.exitCode(e));
    }
    // docker/cli checks the terminal only when it attaches: -dit detaches and runs without one (recorded).
    cli.checkTty(in.bool("interactive") && !in.bool("detach"), in.bool("tty"));
    int code;
    java.util.Optional<dev.kujira.engine.api.ClientTerminal> terminal = TerminalClient.of(cli);
    try {
      if (terminal.isPresent() && in.bool("interactive") && in.bool("tty")) {
        TerminalClient.attached(terminal.get(), cli.api().containerExecInteractive(ref, req, cli.out()));
        return;
      }
      if (in.bool("detach")) {
        // -d: the process runs with no input and its output goes nowhere; docker exec prints nothing
        // and exits 0 (recorded by tests/tools/difftest). The simulator runs it to its end here.
        java.io.PrintStream none = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        try {
          cli.api().containerExec(ref, req, java.io.InputStream.nullInputStream(), none, none);
        } catch (EngineException e) {
          // detached, no stream carries the runtime's failure: ExecStart answers it as an API error,
          // "Error response from daemon: OCI runtime exec failed…", status 1 (difftest, conformance d09)
          throw new CliException(Batch.daemonError(e.getMessage()), 1);
        }
        return;
      }
      boolean tty = in.bool("tty");
      code = cli.api().containerExec(ref, req, cli.in(), tty ? cli.out() : ClientStdout.notATerminal(cli.out()),
          tty ? cli.err() : ClientStdout.notATerminal(cli.err()));
    } catch (EngineException e) {
      throw new CliException(Batch.daemonError(e), Batch.exitCode(e));
    }
    if (code != 0) {
      throw new CliException("", code);
    }
  }
}
