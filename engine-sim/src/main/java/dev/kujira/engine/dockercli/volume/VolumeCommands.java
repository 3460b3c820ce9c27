package dev.kujira.engine.dockercli.volume;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Inspector;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.Output;
import dev.kujira.engine.dockercli.spec.VolumeSpecs;
import dev.kujira.engine.gotemplate.GoObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code docker volume} commands: create, ls, rm, inspect (docker/cli command/volume). */
public final class VolumeCommands {
  private VolumeCommands() {
  }

  /** Returns the volume commands. */
  public static List<DockerCommand> all() {
    return List.of(new Create(), new Ls(), new Rm(), new Inspect(), new Prune());
  }

  /** {@code docker volume create}. */
  static final class Create implements DockerCommand {
    @Override
    public CommandSpec spec() {
      return VolumeSpecs.CREATE;
    }

    @Override
    public void run(CliContext cli, Invocation in) {
      String name = in.args().isEmpty() ? in.string("name") : in.args().get(0);
      Map<String, String> labels = new LinkedHashMap<>();
      for (String l : in.list("label")) {
        int eq = l.indexOf('=');
        labels.put(eq < 0 ? l : l.substring(0, eq), eq < 0 ? "" : l.substring(eq + 1));
      }
      Map<String, String> options = new LinkedHashMap<>();
      for (String o : in.list("opt")) {
        int eq = o.indexOf('=');
        options.put(eq < 0 ? o : o.substring(0, eq), eq < 0 ? "" : o.substring(eq + 1));
      }
      try {
        cli.out().println(cli.api().volumeCreate(name.isEmpty() ? null : name, labels, in.string("driver"), options));
      } catch (EngineException e) {
        throw new CliException(Batch.daemonError(e), 1);
      }
    }
  }

  /** {@code docker volume ls}. */
  static final class Ls implements DockerCommand {
    static final Map<String, String> HEADERS = Map.of("Name", "VOLUME NAME", "Driver", "DRIVER", "Scope", "SCOPE",
        "Mountpoint", "MOUNTPOINT", "Labels", "LABELS", "Links", "LINKS", "Size", "SIZE");

    @Override
    public CommandSpec spec() {
      return VolumeSpecs.LS;
    }

    @Override
    public void run(CliContext cli, Invocation in) {
      List<GoObject> rows = new ArrayList<>();
      for (ApiObject v : cli.api().volumeList(Output.filters(in.list("filter")))) {
        rows.add(new Row(v));
      }
      String format = in.string("format");
      if (in.bool("quiet") && (format.isEmpty() || format.equals("table"))) {
        format = "{{.Name}}";
      }
      Output.rows(cli, format, "table {{.Driver}}\t{{.Name}}", HEADERS, rows);
    }
  }

  private record Row(ApiObject v) implements GoObject {
    @Override
    public String goTypeName() {
      return "*formatter.volumeContext";
    }

    @Override
    public boolean hasMethod(String name) {
      return Ls.HEADERS.containsKey(name) || name.equals("Label") || JSON_FIELDS.contains(name);
    }

    /** The fields of docker 26's {@code {{json .}}} for a volume (recorded; the cluster ones read N/A). */
    private static final List<String> JSON_FIELDS = List.of("Availability", "Driver", "Group", "Labels", "Links",
        "Mountpoint", "Name", "Scope", "Size", "Status");

    @Override
    public List<String> jsonFields() {
      return JSON_FIELDS;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object call(String name, List<Object> args) {
      Map<String, Object> labels = v.get("Labels") instanceof Map ? (Map<String, Object>) v.get("Labels") : Map.of();
      switch (name) {
        case "Labels":
          List<String> parts = new ArrayList<>();
          labels.forEach((k, val) -> parts.add(k + "=" + val));
          return String.join(",", parts);
        case "Label":
          return String.valueOf(labels.getOrDefault(String.valueOf(args.get(0)), ""));
        case "Links":
        case "Size":
        case "Availability":
        case "Group":
        case "Status":
          return "N/A";
        default:
          return String.valueOf(v.get(name));
      }
    }
  }

  /** {@code docker volume rm}. */
  static final class Rm implements DockerCommand {
    @Override
    public CommandSpec spec() {
      return VolumeSpecs.RM;
    }

    @Override
    public void run(CliContext cli, Invocation in) {
      Batch.each(cli, in.args(), name -> cli.api().volumeRemove(name, in.bool("force")));
    }
  }

  /** {@code docker volume prune}: anonymous unused volumes, or with {@code -a} all unused ones. */
  static final class Prune implements DockerCommand {
    @Override
    public CommandSpec spec() {
      return VolumeSpecs.PRUNE;
    }

    @Override
    public void run(CliContext cli, Invocation in) {
      if (!in.bool("force") && !dev.kujira.engine.dockercli.Confirm.ask(cli, in.bool("all")
          ? "WARNING! This will remove all local volumes not used by at least one container."
          : "WARNING! This will remove anonymous local volumes not used by at least one container.")) {
        return;
      }
      List<String> removed = cli.api().volumePrune(in.bool("all"),
          dev.kujira.engine.dockercli.Output.filters(in.list("filter")));
      if (!removed.isEmpty()) {
        cli.out().println("Deleted Volumes:");
        removed.forEach(cli.out()::println);
        cli.out().println();
      }
      cli.out().println("Total reclaimed space: 0B");
    }
  }

  /** {@code docker volume inspect}. */
  static final class Inspect implements DockerCommand {
    @Override
    public CommandSpec spec() {
      return VolumeSpecs.INSPECT;
    }

    @Override
    public void run(CliContext cli, Invocation in) {
      Inspector.inspect(cli, in.args(), in.string("format"), cli.api()::volumeInspect, null);
    }
  }
}
