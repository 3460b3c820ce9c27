package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.Converge;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docker compose up}: converges the project, then (without {@code -d}) attaches to the
 * containers' output until they exit, as compose prints it without a terminal.
 */
final class UpCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.UP;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    ComposeProject p = ctx.project();
    boolean detached = in.bool("detach") || in.bool("wait") || in.bool("no-start");
    // compose attaches before it starts anything: output from earlier runs is not shown (conformance c26)
    java.util.Map<String, Integer> printed = new java.util.HashMap<>();
    if (!detached) {
      p.containers(true).forEach(c -> printed.put(c.id(), ctx.cli().api().containerLogs(c.id()).size()));
    }
    // compose's start attaches ("Attaching to …") before it starts the containers, so a start that fails
    // comes after that line (compose v2 up.go: s.start attaches first; conformance d17)
    List<List<ContainerSummary>> attached = new java.util.ArrayList<>();
    // compose's log printer then clears its line and says "Gracefully stopping…" racing with the exit
    // (before or after the error, or cut off, in four recordings): left out here
    new Converge(p).run(options(in, !in.bool("no-start"), !detached), ctx::warn, () -> {
      if (!detached) {
        attached.add(attachTo(ctx, p, in.args()));
      }
    });
    if (detached) {
      return;
    }
    boolean abort = in.bool("abort-on-container-exit") || !in.string("exit-code-from").isEmpty();
    int code = attach(ctx, p, attached.isEmpty() ? attachTo(ctx, p, in.args()) : attached.get(0), in.args(), abort,
        in.string("exit-code-from"), printed);
    if (code != 0) {
      throw new CliException("", code);
    }
  }

  static Converge.Options options(Invocation in, boolean start, boolean attached) {
    return new Converge.Options(in.args(), flag(in, "build"), flag(in, "no-build"), flag(in, "force-recreate"),
        flag(in, "no-recreate"), flag(in, "no-deps"), flag(in, "remove-orphans"), scale(in), start,
        flag(in, "quiet-pull"), attached, flag(in, "wait"));
  }

  /** Returns a bool flag, false when the command has no such flag (create shares up's options). */
  static boolean flag(Invocation in, String name) {
    return in.spec().hasFlag(name) && in.bool(name);
  }

  static Map<String, Integer> scale(Invocation in) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (!in.spec().hasFlag("scale")) {
      return out;
    }
    for (String s : in.list("scale")) {
      int eq = s.indexOf('=');
      try {
        out.put(s.substring(0, eq), Integer.parseInt(s.substring(eq + 1)));
      } catch (RuntimeException e) {
        throw new CliException(dev.kujira.engine.compose.Errors.invalidScaleFlag(s), 16);
      }
    }
    return out;
  }

  /** Prints "Attaching to …" and returns the containers followed. */
  private static List<ContainerSummary> attachTo(ComposeContext ctx, ComposeProject p, List<String> services) {
    // compose attaches to the project's services only: an orphan container left by another file of the
    // same project keeps running unattended (found by the differential tester, conformance d07)
    java.util.Set<String> enabled = new java.util.HashSet<>(p.services().stream().map(s -> s.name()).toList());
    List<ContainerSummary> list = p.containers(true).stream().filter(c -> !ComposeProject.oneOff(c)
        && (services.isEmpty() ? enabled.contains(ComposeProject.service(c))
            : services.contains(ComposeProject.service(c)))).toList();
    ctx.cli().out().println("Attaching to " + String.join(", ", list.stream().map(LogsCommand::label).toList()));
    return list;
  }

  /**
   * Follows the containers' output as compose does, lines of all containers in time order, each
   * container's exit code when it ends, until all have ended. It polls on the engine's clock, so a
   * service that never ends is followed until the command is interrupted, as with the real compose.
   */
  private static int attach(ComposeContext ctx, ComposeProject p, List<ContainerSummary> list, List<String> services,
      boolean abort, String exitCodeFrom, java.util.Map<String, Integer> printed) {
    try {
      return Follow.run(ctx, p, list, printed, abort, exitCodeFrom, false);
    } catch (dev.kujira.engine.process.ProcessKilled k) {
      if (k.signal() == dev.kujira.engine.process.Signal.SIGKILL) {
        throw k;
      }
      // compose v2 on its first SIGINT or SIGTERM (Ctrl-C, or `timeout 3 docker compose up` recorded on
      // Docker 26.1.5 with its compose v2 plugin): it stops the project's containers, says "canceled", ends with 130.
      // Another signal meanwhile ends the stop at once ("press Ctrl+C again to force").
      ctx.cli().err().println("Gracefully stopping... (press Ctrl+C again to force)");
      new dev.kujira.engine.compose.Lifecycle(ctx.project()).stop(services, null);
      ctx.cli().err().println("canceled");
      return 130;
    }
  }

  static int exitCode(ComposeContext ctx, ComposeProject p, String service) {
    for (ContainerSummary c : p.containersOf(service, true)) {
      Object code = ((dev.kujira.engine.api.ApiObject) ctx.cli().api().containerInspect(c.id()).get("State"))
          .get("ExitCode");
      return ((Number) code).intValue();
    }
    return 0;
  }

}
