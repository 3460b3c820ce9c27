package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ContainerCreateRequest;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorDetail;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.image.PullCommand;
import dev.kujira.engine.image.Reference;

/** {@code docker run}: create and run a new container from an image (docker/cli container/run.go). */
public final class RunCommand implements DockerCommand {

  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public RunCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String tail = "See '" + in.spec().commandPath() + " --help'.";
    checkReference(in.args().get(0), "docker: ", tail);
    ContainerCreateRequest req = ContainerOptions.parse(cli, in, "docker: ", tail);
    String pull = CreateFlags.pull(in, "docker: ", tail);
    CreateFlags.warnings(cli, in);
    // docker/cli checks the terminal only when it attaches: -dit detaches and runs without one (recorded).
    cli.checkTty(in.bool("interactive") && !in.bool("detach"), in.bool("tty"));
    String id;
    try {
      id = createPulling(cli, req, pull);
    } catch (EngineException e) {
      throw new CliException("docker: " + Batch.daemonError(sentence(e.getMessage())) + "\n" + tail, 125);
    }
    CreateFlags.writeCid(cli, String.valueOf(req.settings().getOrDefault("HostConfig.ContainerIDFile", "")), id);
    boolean detach = in.bool("detach");
    CreateFlags.Streams streams = CreateFlags.streams(in, detach, "docker: ", tail);
    try {
      if (detach) {
        // docker/cli prints the id of a detached container before its start (seen on the real
        // engine: the id, then a start error such as a port already allocated).
        cli.out().println(id);
        cli.api().containerStart(id);
        return;
      }
      java.util.Optional<dev.kujira.engine.api.ClientTerminal> terminal = TerminalClient.of(cli);
      if (terminal.isPresent() && in.bool("interactive") && in.bool("tty")) {
        // A detach (Ctrl-P Ctrl-Q) ends docker run quietly with 0, the container going on (real engine, tmux).
        int code = TerminalClient.pump(terminal.get(), cli.api().containerStartInteractive(id, cli.out())).orElse(0);
        if (code != 0) {
          throw new CliException("", code);
        }
        return;
      }
      if (!streams.stdout() && !streams.stderr()) {
        // docker/cli run.go: with neither output attached it prints the id, then waits for the exit.
        cli.out().println(id);
      }
      java.io.PrintStream none = new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true);
      // Only a pipe loses its reader; a terminal's output is handed on as it is.
      ClientStdout stdout = ClientStdout.of(cli.out());
      boolean toTerminal = dev.kujira.engine.api.TerminalPrintStream.columnsOf(cli.out()) > 0;
      boolean tty = in.bool("tty");
      java.io.PrintStream copy = !toTerminal ? stdout.stream() : tty ? cli.out() : ClientStdout.notATerminal(cli.out());
      java.io.PrintStream err = tty ? cli.err() : ClientStdout.notATerminal(cli.err());
      CliContext attached = new CliContext(cli.api(), cli.in(), streams.stdout() ? copy : none,
          streams.stderr() ? err : none, cli.env(), cli.files(), cli.terminal(), cli.sleeper());
      int code = startAttached(attached, in, id);
      if (stdout.broken()) {
        if (!in.bool("sig-proxy")) {
          throw new CliException("", 128 + dev.kujira.engine.process.Signal.SIGPIPE.number());
        }
        throw new CliException("write /dev/stdout: broken pipe", 1);
      }
      if (code != 0) {
        throw new CliException("", code);
      }
    } catch (EngineException e) {
      // A start failure has no usage tail (conformance 07-wait-exit-code), unlike a create failure.
      throw new CliException("docker: " + Batch.daemonError(sentence(e.getMessage())), exitCodeOf(e));
    }
  }

  /**
   * Runs the container attached. With -i on the learner's terminal, Ctrl-C is the docker client's
   * SIGINT, which --sig-proxy (the default) forwards to the container's main process: an init that
   * does not handle it goes on, as {@code docker run -i busybox cat} does on the real engine (tmux).
   */
  private static int startAttached(CliContext cli, Invocation in, String id) {
    try (var signals = SignalProxy.forward(cli, in.bool("sig-proxy") && !in.bool("tty"), id)) {
      dev.kujira.engine.process.TerminalInput tty = dev.kujira.engine.process.TerminalInput.owning(cli.in());
      if (tty == null || !in.bool("interactive") || !in.bool("sig-proxy")) {
        return cli.api().containerStartAttached(id, cli.in(), cli.out(), cli.err());
      }
      try (var proxy = tty.onInterrupt(() -> cli.api().containerKill(id, "INT"))) {
        return cli.api().containerStartAttached(id, cli.in(), cli.out(), cli.err());
      }
    }
  }

  /** Ends a daemon message with exactly one period, as docker run prints it (conformance 69, 07). */
  static String sentence(String message) {
    return message.endsWith(".") ? message : message + ".";
  }

  /**
   * docker/cli's {@code toStatusError}: a start failure exits 126 for "permission denied" and
   * 127 for a missing executable, else 125.
   */
  static int exitCodeOf(EngineException e) {
    String m = e.getMessage();
    if (m.contains("executable file not found") || m.contains("no such file or directory")) {
      return 127;
    }
    if (m.contains("permission denied")) {
      return 126;
    }
    return 125;
  }

  /** Validates the image reference on the client side, as docker/cli does before any request. */
  static void checkReference(String image, String prefix, String tail) {
    try {
      Reference.parse(image);
    } catch (Reference.InvalidReference e) {
      throw new CliException(prefix + e.getMessage() + ".\n" + tail, 125);
    }
  }

  /** Creates the container, pulling the image first when it is not local (docker/cli createContainer). */
  static String createPulling(CliContext cli, ContainerCreateRequest req) {
    return createPulling(cli, req, "missing");
  }

  /** The same for a --pull mode: "always" pulls first, "never" leaves a missing image missing. */
  static String createPulling(CliContext cli, ContainerCreateRequest req, String pull) {
    if (pull.equals("always")) {
      PullCommand.pull(cli, req.image(), cli.err(), false);
      return created(cli, cli.api().containerCreate(req));
    }
    try {
      return created(cli, cli.api().containerCreate(req));
    } catch (EngineException e) {
      if (!(e.detail() instanceof ErrorDetail.MissingImage) || pull.equals("never")) {
        throw e;
      }
    }
    String ref = Reference.parse(req.image()).familiarString();
    cli.err().println("Unable to find image '" + ref + "' locally");
    PullCommand.pull(cli, req.image(), cli.err(), false);
    return created(cli, cli.api().containerCreate(req));
  }

  /** Prints the daemon's warnings as docker/cli does and returns the id. */
  private static String created(CliContext cli, dev.kujira.engine.api.ContainerCreateResponse r) {
    for (String w : r.warnings()) {
      cli.err().println("WARNING: " + w);
    }
    return r.id();
  }
}
