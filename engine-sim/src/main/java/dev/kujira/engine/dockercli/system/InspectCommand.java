package dev.kujira.engine.dockercli.system;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.EngineApi;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Inspector;
import dev.kujira.engine.dockercli.Invocation;
import java.util.List;
import java.util.function.Function;

/**
 * {@code docker inspect}: any object by name or id, trying containers, images, networks, then volumes
 * (docker/cli system/inspect.go); with {@code --type}, only that kind and its own error wording.
 */
public final class InspectCommand implements DockerCommand {
  private static final List<String> TYPES = List.of("config", "container", "image", "network", "node", "plugin",
      "secret", "service", "task", "volume");

  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public InspectCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String type = in.string("type");
    if (!type.isEmpty() && !TYPES.contains(type)) {
      throw new CliException("\"" + type + "\" is not a valid value for --type", 1);
    }
    EngineApi api = cli.api();
    boolean size = in.bool("size");
    Function<String, ApiObject> lookup;
    Function<String, String> missing = ref -> "Error: No such object: " + ref;
    switch (type) {
      case "container":
        lookup = ref -> api.containerInspect(ref, size);
        missing = null;
        break;
      case "image":
        lookup = api::imageInspect;
        missing = null;
        break;
      case "network":
        lookup = api::networkInspect;
        missing = null;
        break;
      case "volume":
        lookup = api::volumeInspect;
        missing = null;
        break;
      case "":
        lookup = ref -> any(api, ref, size);
        break;
      default:
        lookup = ref -> null;
    }
    Inspector.inspect(cli, in.args(), in.string("format"), lookup, missing);
  }

  private static ApiObject any(EngineApi api, String ref, boolean size) {
    switch (api.objectType(ref)) {
      case "container":
        return api.containerInspect(ref, size);
      case "image":
        return api.imageInspect(ref);
      case "network":
        return api.networkInspect(ref);
      case "volume":
        return api.volumeInspect(ref);
      default:
        return null;
    }
  }
}
