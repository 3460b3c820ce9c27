package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.dockercli.Display;
import dev.kujira.engine.format.Units;
import dev.kujira.engine.gotemplate.GoObject;
import java.util.List;
import java.util.Map;

/** Is one row of {@code docker compose ps}. */
final class PsRow implements GoObject {
  static final String DEFAULT_TABLE =
      "table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}";
  static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("Name", "NAME"), Map.entry("Image", "IMAGE"),
      Map.entry("Command", "COMMAND"), Map.entry("Service", "SERVICE"), Map.entry("RunningFor", "CREATED"),
      Map.entry("Status", "STATUS"), Map.entry("Ports", "PORTS"), Map.entry("State", "STATE"), Map.entry("ID", "ID"),
      Map.entry("Project", "PROJECT"), Map.entry("Names", "NAMES"), Map.entry("ExitCode", "EXIT CODE"));
  private final ContainerSummary c;
  private final long now;

  PsRow(ContainerSummary c, long now) {
    this.c = c;
    this.now = now;
  }

  @Override
  public String goTypeName() {
    return "api.ContainerSummary";
  }

  @Override
  public boolean hasMethod(String name) {
    return HEADERS.containsKey(name);
  }

  @Override
  public Object call(String name, List<Object> args) {
    switch (name) {
      case "Name":
      case "Names":
        return c.names().get(0).substring(1);
      case "Image":
        return c.image();
      case "Command":
        return Display.quote(Display.ellipsis(c.command(), 20));
      case "Service":
        return c.labels().getOrDefault("com.docker.compose.service", "");
      case "Project":
        return c.labels().getOrDefault("com.docker.compose.project", "");
      case "RunningFor":
        return Units.humanDuration(now - c.created()) + " ago";
      case "Status":
        return c.status();
      case "State":
        return c.state();
      case "ID":
        return c.id();
      case "Ports":
        return Display.ports(c.ports());
      case "ExitCode":
        return c.status().startsWith("Exited (") ? c.status().substring(8, c.status().indexOf(')')) : "0";
      default:
        return "";
    }
  }
}
