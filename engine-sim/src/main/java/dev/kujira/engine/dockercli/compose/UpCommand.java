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
    new Converge(p).run(options(in, !in.bool("no-start"), !detached), ctx::warn);
    if (detached) {
      return;
    }
    attach(ctx, p, in.args());
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
        throw new CliException("invalid argument \"" + s + "\" for \"--scale\" flag", 16);
      }
    }
    return out;
  }

  /** Prints "Attaching to …", each container's output as it exits, and its exit code. */
  private static void attach(ComposeContext ctx, ComposeProject p, List<String> services) {
    List<ContainerSummary> list = p.containers(true).stream().filter(c -> !ComposeProject.oneOff(c)
        && (services.isEmpty() || services.contains(ComposeProject.service(c)))).toList();
    ctx.cli().out().println("Attaching to " + String.join(", ", list.stream().map(LogsCommand::label).toList()));
    int width = list.stream().mapToInt(c -> LogsCommand.label(c).length()).max().orElse(0);
    for (ContainerSummary c : list) {
      int code = ctx.cli().api().containerWait(c.id());
      LogsCommand.print(ctx, c, true, width);
      ctx.cli().out().println(LogsCommand.label(c) + " exited with code " + code);
    }
  }
}
