package dev.kujira.engine.dockercli.context;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Inspector;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.Output;
import dev.kujira.engine.dockercli.registry.DockerConfig;
import dev.kujira.engine.dockercli.spec.ContextSpecs;
import dev.kujira.engine.gotemplate.GoJson;
import dev.kujira.engine.gotemplate.GoObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code docker context} commands: create, inspect, ls, rm, show, use (docker/cli
 * command/context, texts recorded on Docker 26.1.5). Every context here reaches this machine's
 * engine; a context with another endpoint can be created and listed, but using it is refused,
 * because the simulator has no second engine to talk to.
 */
public final class ContextCommands {
  private ContextCommands() {
  }

  /** Returns the context commands. */
  public static List<DockerCommand> all() {
    return List.of(new Ls(), new Show(), new Inspect(), new Use(), new Create(), new Rm());
  }

  /** {@code docker context ls}. */
  static final class Ls implements DockerCommand {
    // Current has no header: the default table's "{{if .Current}} *{{end}}" prints nothing in the header row.
    static final Map<String, String> HEADERS = Map.of("Name", "NAME", "Description", "DESCRIPTION",
        "DockerEndpoint", "DOCKER ENDPOINT", "Error", "ERROR", "Current", "");
    static final java.util.Set<String> FIELDS = java.util.Set.of("Name", "Description", "DockerEndpoint", "Error",
        "Current", "ContextType");

    @Override
    public CommandSpec spec() {
      return ContextSpecs.LS;
    }

    @Override
    public void run(CliContext cli, Invocation in) {
      String current = ContextStore.current(cli);
      List<Row> rows = new ArrayList<>();
      for (ContextStore.Context c : ContextStore.all(cli)) {
        rows.add(new Row(c, c.name().equals(current)));
      }
      String format = in.string("format");
      if (in.bool("quiet")) {
        format = "{{.Name}}";
      }
      if (format.equals("json")) {
        // context ls marshals its ClientContext struct in field order, not a sorted map (formatter.ClientContext).
        for (Row r : rows) {
          cli.out().println("{\"Name\":" + GoJson.compact(r.c().name()) + ",\"Description\":"
              + GoJson.compact(r.c().description()) + ",\"DockerEndpoint\":" + GoJson.compact(r.c().host())
              + ",\"Current\":" + r.current() + ",\"Error\":\"\",\"ContextType\":\"moby\"}");
        }
        return;
      }
      Output.rows(cli, format,
          "table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}", HEADERS, rows);
    }
  }

  /** One row of {@code context ls}. */
  record Row(ContextStore.Context c, boolean current) implements GoObject {
    @Override
    public String goTypeName() {
      return "*formatter.ClientContext";
    }

    @Override
    public boolean hasMethod(String name) {
      return Ls.FIELDS.contains(name);
    }

    @Override
    public Object call(String name, List<Object> args) {
      return switch (name) {
        case "Name" -> c.name();
        case "Description" -> c.description();
        case "DockerEndpoint" -> c.host();
        case "Current" -> current;
        case "ContextType" -> "moby";
        default -> "";
      };
    }
  }

  /** {@code docker context show}. */
  static final class Show implements DockerCommand {
    @Override
    public CommandSpec spec() {
      return ContextSpecs.SHOW;
    }

    @Override
    public void run(CliContext cli, Invocation in) {
      cli.out().println(ContextStore.current(cli));
    }
  }

  /** {@code docker context inspect}: the current context when none is named. */
  static final class Inspect implements DockerCommand {
    @Override
    public CommandSpec spec() {
      return ContextSpecs.INSPECT;
    }

    @Override
    public void run(CliContext cli, Invocation in) {
      List<String> refs = in.args().isEmpty() ? List.of(ContextStore.current(cli)) : in.args();
      Inspector.inspect(cli, refs, in.string("format"), ref -> {
        if (!ContextStore.exists(cli, ref)) {
          return null;
        }
        return ContextStore.inspect(cli, ContextStore.find(cli, ref));
      }, ref -> "context \"" + ref + "\": context not found: open " + ContextStore.metaDir(cli, ref)
          + "/meta.json: no such file or directory");
    }
  }

  /** {@code docker context use}: the name on stdout, the confirmation on stderr. */
  static final class Use implements DockerCommand {
    @Override
    public CommandSpec spec() {
      return ContextSpecs.USE;
    }

    @Override
    public void run(CliContext cli, Invocation in) {
      String name = in.args().get(0);
      ContextStore.Context c = ContextStore.find(cli, name);
      if (!c.host().equals(ContextStore.SOCKET)) {
        throw new CliException("kujira: context \"" + name + "\" points at " + c.host()
            + ", another engine, which is not simulated", 1);
      }
      DockerConfig.writeCurrentContext(cli, name.equals(ContextStore.DEFAULT) ? "" : name);
      cli.out().println(name);
      cli.err().println("Current context is now \"" + name + "\"");
    }
  }

  /** {@code docker context create NAME [--description D] [--docker host=H] [--from C]}. */
  static final class Create implements DockerCommand {
    @Override
    public CommandSpec spec() {
      return ContextSpecs.CREATE;
    }

    @Override
    public void run(CliContext cli, Invocation in) {
      String name = in.args().get(0);
      if (!name.matches("^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$")) {
        throw new CliException("context name \"" + name
            + "\" is invalid, names are validated against regexp \"^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$\"", 1);
      }
      if (ContextStore.exists(cli, name)) {
        throw new CliException("context \"" + name + "\" already exists", 1);
      }
      String host = ContextStore.SOCKET;
      String description = in.string("description");
      if (in.changed("from")) {
        ContextStore.Context from = ContextStore.find(cli, in.string("from"));
        host = from.host();
      } else if (!in.changed("docker")) {
        // Without --docker or --from, the new context copies the current one's endpoint and description (recorded).
        ContextStore.Context from = ContextStore.find(cli, ContextStore.current(cli));
        host = from.host();
        description = description.isEmpty() ? from.description() : description;
      }
      for (String kv : in.list("docker")) {
        for (String part : kv.split(",")) {
          int eq = part.indexOf('=');
          String key = eq < 0 ? part : part.substring(0, eq);
          String value = eq < 0 ? "" : part.substring(eq + 1);
          switch (key) {
            case "host" -> host = value;
            case "from" -> host = ContextStore.find(cli, value).host();
            case "skip-tls-verify", "ca", "cert", "key" -> throw new CliException(
                "kujira: TLS endpoint settings (" + key + ") are not simulated", 1);
            default -> throw new CliException("unable to create docker endpoint config: unrecognized config key: "
                + key, 1);
          }
        }
      }
      ContextStore.write(cli, new ContextStore.Context(name, description, host, true));
      cli.out().println(name);
      cli.err().println("Successfully created context \"" + name + "\"");
    }
  }

  /** {@code docker context rm}: the current context only with -f; the default never. */
  static final class Rm implements DockerCommand {
    @Override
    public CommandSpec spec() {
      return ContextSpecs.RM;
    }

    @Override
    public void run(CliContext cli, Invocation in) {
      List<String> errors = new ArrayList<>();
      String current = ContextStore.current(cli);
      for (String name : in.args()) {
        if (name.equals(ContextStore.DEFAULT)) {
          errors.add("default: context \"default\" cannot be removed");
        } else if (!ContextStore.exists(cli, name)) {
          errors.add("context \"" + name + "\" does not exist");
        } else if (name.equals(current) && !in.bool("force")) {
          errors.add("context \"" + name + "\" is in use, set -f flag to force remove");
        } else {
          if (name.equals(current)) {
            DockerConfig.writeCurrentContext(cli, "");
          }
          ContextStore.remove(cli, name);
          cli.out().println(name);
        }
      }
      if (!errors.isEmpty()) {
        throw new CliException(String.join("\n", errors), 1);
      }
    }
  }
}
