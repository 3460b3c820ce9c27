package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import java.util.List;
import java.util.Map;

/** {@code docker port}: list port mappings, or the mapping of one private port (docker/cli container/port.go). */
public final class PortCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public PortCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void run(CliContext cli, Invocation in) {
    String ref = in.args().get(0);
    ApiObject doc = cli.api().containerInspect(ref);
    Map<String, Object> ports = (Map<String, Object>) ((ApiObject) doc.get("NetworkSettings")).get("Ports");
    if (in.args().size() > 1) {
      String want = in.args().get(1);
      String key = want.contains("/") ? want : want + "/tcp";
      Object bindings = ports.get(key);
      if (!(bindings instanceof List) || ((List<?>) bindings).isEmpty()) {
        throw new CliException("Error: No public port '" + want + "' published for " + ref, 1);
      }
      java.util.List<String> out = new java.util.ArrayList<>();
      for (Object b : (List<Object>) bindings) {
        out.add(hostPort((ApiObject) b));
      }
      print(cli, out);
      return;
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Map.Entry<String, Object> e : ports.entrySet()) {
      if (e.getValue() instanceof List) {
        for (Object b : (List<Object>) e.getValue()) {
          out.add(e.getKey() + " -> " + hostPort((ApiObject) b));
        }
      }
    }
    print(cli, out);
  }

  /** docker/cli prints the lines in natural order (sortorder.NaturalLess: digit runs compare as numbers). */
  private static void print(CliContext cli, java.util.List<String> lines) {
    lines.sort(dev.kujira.engine.util.NaturalOrder::compare);
    lines.forEach(cli.out()::println);
  }

  private static String hostPort(ApiObject b) {
    String ip = (String) b.get("HostIp");
    String host = ip.contains(":") ? "[" + ip + "]" : ip;
    return host + ":" + b.get("HostPort");
  }
}
