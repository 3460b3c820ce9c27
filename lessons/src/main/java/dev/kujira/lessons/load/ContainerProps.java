package dev.kujira.lessons.load;

import dev.kujira.lessons.goal.ContainerProp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the properties of a container goal. */
final class ContainerProps {
  private static final Pattern PUBLISH = Pattern.compile("(?:([0-9.]+):)?(\\d+):(\\d+)(?:/(tcp|udp|sctp))?");
  private final Y y;

  ContainerProps(Y y) {
    this.y = y;
  }

  List<ContainerProp> read(Map<String, Node> n) {
    List<ContainerProp> out = new ArrayList<>();
    n.forEach((key, v) -> {
      switch (key) {
        case "name":
          out.add(new ContainerProp.Name(y.str(v, key)));
          break;
        case "image":
          out.add(new ContainerProp.Image(y.str(v, key)));
          break;
        case "state":
          out.add(new ContainerProp.State(y.str(v, key)));
          break;
        case "exitCode":
          out.add(new ContainerProp.ExitCode(y.integer(v, key, 0)));
          break;
        case "runs":
          out.add(new ContainerProp.Runs(v instanceof ScalarNode ? List.of(y.str(v, key).trim().split("\\s+"))
              : y.strings(v, key)));
          break;
        case "env":
        case "labels":
          out.add(new ContainerProp.Entries(key.equals("env") ? "env" : "label", y.stringMap(v, key)));
          break;
        case "publish":
          each(v).forEach(p -> out.add(publish(p)));
          break;
        case "network":
          each(v).forEach(p -> out.add(network(p)));
          break;
        case "mount":
          each(v).forEach(p -> out.add(mount(p)));
          break;
        default:
          out.add(new ContainerProp.Field(key, y.str(v, key)));
      }
    });
    return out;
  }

  private static List<Node> each(Node v) {
    return v instanceof SequenceNode ? ((SequenceNode) v).getValue() : List.of(v);
  }

  private ContainerProp publish(Node v) {
    String address = "";
    int host;
    int container;
    String proto = "tcp";
    if (v instanceof ScalarNode) {
      Matcher m = PUBLISH.matcher(y.str(v, "publish"));
      if (!m.matches()) {
        y.error(v, "publish must read [ADDRESS:]HOST:CONTAINER[/PROTO], e.g. 8080:80");
        return new ContainerProp.Publishes(0, 0, "tcp", "");
      }
      address = m.group(1) == null ? "" : m.group(1);
      host = Integer.parseInt(m.group(2));
      container = Integer.parseInt(m.group(3));
      proto = m.group(4) == null ? "tcp" : m.group(4);
    } else {
      Map<String, Node> p = y.map(v, "publish", Set.of("host", "container", "proto", "address"));
      host = y.integer(p.get("host"), "host", 0);
      container = y.integer(p.get("container"), "container", 0);
      proto = p.containsKey("proto") ? y.str(p.get("proto"), "proto") : "tcp";
      address = y.str(p.get("address"), "address");
    }
    if (host < 0 || host > 65535 || container < 1 || container > 65535) {
      y.error(v, "a goal can never hold: ports are 1-65535 (host 0 means any)");
    }
    if (!Set.of("tcp", "udp", "sctp").contains(proto)) {
      y.error(v, "unknown protocol '" + proto + "'");
    }
    return new ContainerProp.Publishes(host, container, proto, address);
  }

  private ContainerProp network(Node v) {
    if (v instanceof ScalarNode) {
      return new ContainerProp.OnNetwork(y.str(v, "network"), "", "");
    }
    Map<String, Node> p = y.map(v, "network", Set.of("name", "alias", "subnet"));
    return new ContainerProp.OnNetwork(y.str(p.get("name"), "name"), y.str(p.get("alias"), "alias"),
        y.str(p.get("subnet"), "subnet"));
  }

  private ContainerProp mount(Node v) {
    Map<String, Node> p = y.map(v, "mount", Set.of("type", "target", "source", "readOnly"));
    String type = y.str(p.get("type"), "type");
    if (!type.isEmpty() && !Set.of("bind", "volume", "tmpfs").contains(type)) {
      y.error(p.get("type"), "mount type must be bind, volume or tmpfs");
    }
    if (!p.containsKey("target")) {
      y.error(v, "missing field 'target'");
    }
    if ("tmpfs".equals(type) && p.containsKey("source")) {
      y.error(p.get("source"), "a goal can never hold: a tmpfs mount has no source");
    }
    Boolean ro = p.containsKey("readOnly") ? Boolean.valueOf(y.str(p.get("readOnly"), "readOnly")) : null;
    return new ContainerProp.Mount(type, y.str(p.get("target"), "target"), y.str(p.get("source"), "source"), ro);
  }
}
