package dev.kujira.engine.dockercli.program;

import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.container.AttachCommand;
import dev.kujira.engine.dockercli.container.CreateCommand;
import dev.kujira.engine.dockercli.container.ExecCommand;
import dev.kujira.engine.dockercli.container.KillCommand;
import dev.kujira.engine.dockercli.container.LogsCommand;
import dev.kujira.engine.dockercli.container.PauseCommand;
import dev.kujira.engine.dockercli.container.PortCommand;
import dev.kujira.engine.dockercli.container.PsCommand;
import dev.kujira.engine.dockercli.container.RenameCommand;
import dev.kujira.engine.dockercli.container.RestartCommand;
import dev.kujira.engine.dockercli.container.RmCommand;
import dev.kujira.engine.dockercli.container.RunCommand;
import dev.kujira.engine.dockercli.container.StartCommand;
import dev.kujira.engine.dockercli.container.StopCommand;
import dev.kujira.engine.dockercli.container.TopCommand;
import dev.kujira.engine.dockercli.container.UnpauseCommand;
import dev.kujira.engine.dockercli.container.WaitCommand;
import dev.kujira.engine.dockercli.image.HistoryCommand;
import dev.kujira.engine.dockercli.image.ImagesCommand;
import dev.kujira.engine.dockercli.image.LoadCommand;
import dev.kujira.engine.dockercli.image.PullCommand;
import dev.kujira.engine.dockercli.image.RmiCommand;
import dev.kujira.engine.dockercli.image.TagCommand;
import dev.kujira.engine.dockercli.spec.ContainerSpecs;
import dev.kujira.engine.dockercli.spec.ImageSpecs;
import dev.kujira.engine.dockercli.spec.SystemSpecs;
import dev.kujira.engine.dockercli.spec.TopLevelSpecs;
import dev.kujira.engine.dockercli.system.DfCommand;
import dev.kujira.engine.dockercli.system.InfoCommand;
import dev.kujira.engine.dockercli.system.VersionCommand;
import dev.kujira.engine.dockercli.volume.VolumeCommands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Is the single table of docker commands: every command path (and alias path) the CLI knows,
 * with the command that runs it. Help, usage errors and completion are all generated from here.
 */
public final class Commands {
  /** The management commands, whose bare form prints their command list. */
  public static final Set<String> GROUPS = Set.of("container", "image", "system", "volume", "network", "builder",
      "compose", "buildx", "context", "manifest", "plugin", "trust", "config", "node", "secret", "service", "stack",
      "swarm");
  /** Real top-level commands this simulator does not run yet (from the recorded {@code docker --help}). */
  static final Set<String> KNOWN = Set.of("search",
      "export", "import", "init", "scout", "network", "builder", "compose",
      "buildx", "context", "manifest", "plugin", "trust", "config", "node", "secret", "service", "stack", "swarm");

  private final Map<List<String>, DockerCommand> byPath = new LinkedHashMap<>();

  private Commands() {
  }

  /** Returns the table of every simulated command. */
  public static Commands standard() {
    Commands t = new Commands();
    both(t, ContainerSpecs.RUN, TopLevelSpecs.RUN, RunCommand::new);
    both(t, ContainerSpecs.CREATE, TopLevelSpecs.CREATE, CreateCommand::new);
    both(t, ContainerSpecs.START, TopLevelSpecs.START, StartCommand::new);
    both(t, ContainerSpecs.STOP, TopLevelSpecs.STOP, StopCommand::new);
    both(t, ContainerSpecs.RESTART, TopLevelSpecs.RESTART, RestartCommand::new);
    both(t, ContainerSpecs.KILL, TopLevelSpecs.KILL, KillCommand::new);
    both(t, ContainerSpecs.PAUSE, TopLevelSpecs.PAUSE, PauseCommand::new);
    both(t, ContainerSpecs.UNPAUSE, TopLevelSpecs.UNPAUSE, UnpauseCommand::new);
    both(t, ContainerSpecs.RM, TopLevelSpecs.RM, RmCommand::new);
    both(t, ContainerSpecs.RENAME, TopLevelSpecs.RENAME, RenameCommand::new);
    both(t, ContainerSpecs.WAIT, TopLevelSpecs.WAIT, WaitCommand::new);
    both(t, ContainerSpecs.LS, TopLevelSpecs.PS, PsCommand::new);
    both(t, ContainerSpecs.LOGS, TopLevelSpecs.LOGS, LogsCommand::new);
    both(t, ContainerSpecs.STATS, TopLevelSpecs.STATS, dev.kujira.engine.dockercli.container.StatsCommand::new);
    both(t, dev.kujira.engine.dockercli.spec.SystemSpecs.EVENTS, TopLevelSpecs.EVENTS,
        dev.kujira.engine.dockercli.system.EventsCommand::new);
    both(t, ContainerSpecs.PORT, TopLevelSpecs.PORT, PortCommand::new);
    both(t, ContainerSpecs.TOP, TopLevelSpecs.TOP, TopCommand::new);
    both(t, ContainerSpecs.EXEC, TopLevelSpecs.EXEC, ExecCommand::new);
    both(t, ContainerSpecs.UPDATE, TopLevelSpecs.UPDATE, dev.kujira.engine.dockercli.container.UpdateCommand::new);
    both(t, ContainerSpecs.ATTACH, TopLevelSpecs.ATTACH, AttachCommand::new);
    both(t, ContainerSpecs.COMMIT, TopLevelSpecs.COMMIT, dev.kujira.engine.dockercli.container.CommitCommand::new);
    both(t, ContainerSpecs.DIFF, TopLevelSpecs.DIFF, dev.kujira.engine.dockercli.container.DiffCommand::new);
    both(t, ContainerSpecs.CP, TopLevelSpecs.CP, dev.kujira.engine.dockercli.container.CpCommand::new);
    both(t, ContainerSpecs.EXPORT, TopLevelSpecs.EXPORT, dev.kujira.engine.dockercli.container.ExportCommand::new);
    both(t, ImageSpecs.IMPORT, TopLevelSpecs.IMPORT, dev.kujira.engine.dockercli.image.ImportCommand::new);
    t.add(new dev.kujira.engine.dockercli.container.InspectCommand(ContainerSpecs.INSPECT));
    t.add(new dev.kujira.engine.dockercli.container.PruneCommand(ContainerSpecs.PRUNE));
    both(t, ImageSpecs.LS, TopLevelSpecs.IMAGES, ImagesCommand::new);
    both(t, ImageSpecs.PULL, TopLevelSpecs.PULL, PullCommand::new);
    both(t, ImageSpecs.PUSH, TopLevelSpecs.PUSH, dev.kujira.engine.dockercli.image.PushCommand::new);
    t.add(new dev.kujira.engine.dockercli.registry.LoginCommand());
    t.add(new dev.kujira.engine.dockercli.registry.LogoutCommand());
    t.add(new dev.kujira.engine.dockercli.registry.SearchCommand());
    dev.kujira.engine.dockercli.builder.PruneCommand prune = new dev.kujira.engine.dockercli.builder.PruneCommand();
    dev.kujira.engine.dockercli.builder.PruneCommand.PATHS.forEach(p -> t.byPath.put(p, prune));
    dev.kujira.engine.dockercli.builder.LsCommand ls = new dev.kujira.engine.dockercli.builder.LsCommand();
    dev.kujira.engine.dockercli.builder.LsCommand.PATHS.forEach(p -> t.byPath.put(p, ls));
    both(t, ImageSpecs.TAG, TopLevelSpecs.TAG, TagCommand::new);
    both(t, ImageSpecs.RM, TopLevelSpecs.RMI, RmiCommand::new);
    both(t, ImageSpecs.HISTORY, TopLevelSpecs.HISTORY, HistoryCommand::new);
    both(t, ImageSpecs.LOAD, TopLevelSpecs.LOAD, LoadCommand::new);
    both(t, ImageSpecs.SAVE, TopLevelSpecs.SAVE, dev.kujira.engine.dockercli.image.SaveCommand::new);
    t.add(new dev.kujira.engine.dockercli.image.InspectCommand(ImageSpecs.INSPECT));
    t.add(new dev.kujira.engine.dockercli.image.PruneCommand(ImageSpecs.PRUNE));
    t.add(new dev.kujira.engine.dockercli.system.InspectCommand(TopLevelSpecs.INSPECT));
    t.add(new VersionCommand(TopLevelSpecs.VERSION));
    both(t, SystemSpecs.INFO, TopLevelSpecs.INFO, InfoCommand::new);
    t.add(new DfCommand(SystemSpecs.DF));
    t.add(new dev.kujira.engine.dockercli.system.PruneCommand(SystemSpecs.PRUNE));
    VolumeCommands.all().forEach(t::add);
    dev.kujira.engine.dockercli.network.NetworkCommands.all().forEach(t::add);
    dev.kujira.engine.dockercli.context.ContextCommands.all().forEach(t::add);
    dev.kujira.engine.dockercli.image.BuildCommand build = new dev.kujira.engine.dockercli.image.BuildCommand();
    dev.kujira.engine.dockercli.spec.BuildSpecs.PATHS.forEach(p -> t.byPath.put(p, build));
    return t;
  }

  private static void both(Commands t, CommandSpec group, CommandSpec top,
      java.util.function.Function<CommandSpec, DockerCommand> make) {
    t.add(make.apply(group));
    t.add(make.apply(top));
  }

  private void add(DockerCommand c) {
    byPath.put(c.spec().path(), c);
    for (String alias : c.spec().aliases()) {
      List<String> words = List.of(alias.substring("docker ".length()).split(" "));
      if (words.size() == c.spec().path().size() && words.size() > 1 && words.get(0).equals(c.spec().path().get(0))) {
        byPath.putIfAbsent(words, c);
      }
    }
  }

  /** Returns the command at {@code path}, or null. */
  public DockerCommand find(List<String> path) {
    return byPath.get(path);
  }

  /** Returns every command path, for completion. */
  public List<List<String>> paths() {
    return new ArrayList<>(byPath.keySet());
  }
}
