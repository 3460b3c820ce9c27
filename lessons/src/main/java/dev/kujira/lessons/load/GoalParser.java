package dev.kujira.lessons.load;

import dev.kujira.lessons.goal.ContainerGoal;
import dev.kujira.lessons.goal.ContainerProp;
import dev.kujira.lessons.goal.Goal;
import dev.kujira.lessons.goal.ResourceGoal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Parses a goal from YAML. Grammar (a goal is a mapping with exactly one key):
 * <pre>
 * goal      := all: [goal...] | any: [goal...] | not: goal
 *            | container: {name, image, state, exitCode, runs, env, labels, restart, hostname,
 *                          user, workdir, publish, network, mount}
 *            | image: REF | {ref, layers, config: {Field: text}}
 *            | network: NAME | {name, driver}      | volume: NAME | {name, file, contains}
 *            | build: {step?, cached?, stage?}
 *            | resolves: {name, from}               | file: {container?, path, contains}
 *            | output: {run, contains, exitCode}    | count: {of, state, eq|min|max}
 *            | compose: {project, services: {svc: replicas}}
 *            | noStoppedContainers: true            | noDanglingImages: true
 *            | http: {from?, url, status?, contains?}
 * publish   := "[ADDR:]HOST:CONTAINER[/PROTO]" | {host, container, proto, address} (or a list)
 * network   := NAME | {name, alias, subnet} (or a list)
 * mount     := {type: bind|volume|tmpfs, target, source, readOnly} (or a list)
 * </pre>
 * Contradictions a goal can never satisfy (an exit code on a running container, a port outside
 * 1–65535, an unknown state) are errors.
 */
final class GoalParser {
  static final Set<String> KINDS = Set.of("all", "any", "not", "container", "image", "network", "volume", "resolves",
      "file", "build", "output", "count", "compose", "noStoppedContainers", "noDanglingImages", "http");
  private static final Set<String> STATES = Set.of("created", "running", "paused", "restarting", "exited", "dead");
  private final Y y;

  GoalParser(Y y) {
    this.y = y;
  }

  Goal parse(Node node) {
    Map<String, Node> m = y.map(node, "goal", KINDS);
    if (m.size() != 1) {
      y.error(node, "a goal has exactly one kind (one of: " + String.join(", ", new java.util.TreeSet<>(KINDS)) + ")");
      return new Goal.All(List.of());
    }
    String kind = m.keySet().iterator().next();
    Node v = m.get(kind);
    switch (kind) {
      case "all":
        return new Goal.All(list(v));
      case "any":
        return new Goal.Any(list(v));
      case "not":
        return new Goal.Not(parse(v));
      case "container":
        return container(v);
      case "image":
        return image(v);
      case "network": {
        Map<String, Node> n = v instanceof ScalarNode ? Map.of("name", v) : y.map(v, "network goal", Set.of("name", "driver"));
        return new ResourceGoal.NetworkGoal(y.str(n.get("name"), "name"), y.str(n.get("driver"), "driver"));
      }
      case "volume": {
        Map<String, Node> n = v instanceof ScalarNode ? Map.of("name", v)
            : y.map(v, "volume goal", Set.of("name", "file", "contains"));
        return new ResourceGoal.VolumeGoal(y.str(n.get("name"), "name"), y.str(n.get("file"), "file"),
            y.str(n.get("contains"), "contains"));
      }
      case "resolves": {
        Map<String, Node> n = y.map(v, "resolves goal", Set.of("name", "from"));
        return new ResourceGoal.Resolves(required(v, n, "name"), required(v, n, "from"));
      }
      case "build": {
        Map<String, Node> n = y.map(v, "build goal", Set.of("step", "cached", "stage"));
        Boolean cached = null;
        if (n.containsKey("cached")) {
          String c = y.str(n.get("cached"), "cached");
          if (!c.equals("true") && !c.equals("false")) {
            y.error(n.get("cached"), "cached is true or false");
          }
          cached = c.equals("true");
        }
        return new ResourceGoal.BuildGoal(n.containsKey("step") ? y.integer(n.get("step"), "step", 1) : null, cached,
            y.str(n.get("stage"), "stage"));
      }
      case "file": {
        Map<String, Node> n = y.map(v, "file goal", Set.of("container", "path", "contains"));
        return new ResourceGoal.FileGoal(n.containsKey("container") ? y.str(n.get("container"), "container") : null,
            required(v, n, "path"), y.str(n.get("contains"), "contains"));
      }
      case "output": {
        Map<String, Node> n = y.map(v, "output goal", Set.of("run", "contains", "exitCode"));
        return new ResourceGoal.OutputGoal(required(v, n, "run"), y.str(n.get("contains"), "contains"),
            n.containsKey("exitCode") ? y.integer(n.get("exitCode"), "exitCode", 0) : null);
      }
      case "count":
        return count(v);
      case "http": {
        Map<String, Node> n = y.map(v, "http goal", Set.of("from", "url", "status", "contains"));
        String url = required(v, n, "url");
        if (!url.isEmpty() && !url.startsWith("http://")) {
          y.error(n.get("url"), "an http goal's url starts with http:// (not '" + url + "')");
        }
        int status = n.containsKey("status") ? y.integer(n.get("status"), "status", 0) : 0;
        if (n.containsKey("status") && (status < 100 || status > 599)) {
          y.error(n.get("status"), "a goal can never hold: HTTP status " + status + " is outside 100-599");
        }
        return new ResourceGoal.HttpGoal(n.containsKey("from") ? y.str(n.get("from"), "from") : null, url, status,
            y.str(n.get("contains"), "contains"));
      }
      case "compose": {
        Map<String, Node> n = y.map(v, "compose goal", Set.of("project", "services"));
        Map<String, Integer> services = new java.util.LinkedHashMap<>();
        y.map(n.get("services"), "services", null).forEach((k, r) -> services.put(k, y.integer(r, "replicas", 1)));
        return new ResourceGoal.ComposeGoal(required(v, n, "project"), services);
      }
      case "noStoppedContainers":
        return new Goal.Not(new Goal.Any(List.of(state("exited"), state("created"), state("dead"))));
      default:
        return new ResourceGoal.CountGoal("danglingImages", "", "eq", 0);
    }
  }

  private static Goal state(String s) {
    return new ContainerGoal(List.of(new ContainerProp.State(s)));
  }

  private List<Goal> list(Node v) {
    List<Goal> out = new ArrayList<>();
    for (Node n : y.seq(v, "parts")) {
      out.add(parse(n));
    }
    if (out.isEmpty()) {
      y.error(v, "all/any need at least one goal");
    }
    return out;
  }

  private String required(Node at, Map<String, Node> m, String key) {
    if (!m.containsKey(key)) {
      y.error(at, "missing field '" + key + "'");
      return "";
    }
    return y.str(m.get(key), key);
  }

  private Goal count(Node v) {
    Map<String, Node> n = y.map(v, "count goal", Set.of("of", "state", "eq", "min", "max"));
    String of = required(v, n, "of");
    if (!Set.of("containers", "images", "danglingImages", "networks", "volumes").contains(of)) {
      y.error(n.get("of"), "count of '" + of + "' is not one of containers, images, danglingImages, networks, volumes");
    }
    String op = n.containsKey("eq") ? "eq" : n.containsKey("min") ? "min" : "max";
    int k = y.integer(n.get(op), op, 0);
    if (!n.containsKey(op) || k < 0) {
      y.error(v, "count needs eq, min or max with a number >= 0");
    }
    return new ResourceGoal.CountGoal(of, y.str(n.get("state"), "state"), op, k);
  }

  private Goal image(Node v) {
    if (v instanceof ScalarNode) {
      return new ResourceGoal.ImageGoal(y.str(v, "image"), null, Map.of());
    }
    Map<String, Node> n = y.map(v, "image goal", Set.of("ref", "layers", "config"));
    Map<String, String> config = y.stringMap(n.get("config"), "config");
    Set<String> fields = Set.of("Cmd", "Entrypoint", "Env", "ExposedPorts", "User", "WorkingDir", "Labels", "Healthcheck");
    for (String f : config.keySet()) {
      if (!fields.contains(f)) {
        y.error(Y.keyNode(n.get("config"), f), "image config field '" + f + "' is not one of " + new java.util.TreeSet<>(fields));
      }
    }
    return new ResourceGoal.ImageGoal(required(v, n, "ref"),
        n.containsKey("layers") ? y.integer(n.get("layers"), "layers", 0) : null, config);
  }

  private Goal container(Node v) {
    Map<String, Node> n = y.map(v, "container goal", Set.of("name", "image", "state", "exitCode", "runs", "env",
        "labels", "restart", "hostname", "user", "workdir", "publish", "network", "mount"));
    ContainerProps props = new ContainerProps(y);
    List<ContainerProp> out = props.read(n);
    if (n.containsKey("exitCode") && n.containsKey("state") && !"exited".equals(y.str(n.get("state"), "state"))) {
      y.error(n.get("exitCode"), "a goal can never hold: an exit code needs state exited, not "
          + y.str(n.get("state"), "state"));
    }
    if (n.containsKey("state") && !STATES.contains(y.str(n.get("state"), "state"))) {
      y.error(n.get("state"), "unknown container state '" + y.str(n.get("state"), "state") + "' (one of " + new java.util.TreeSet<>(STATES) + ")");
    }
    if (out.isEmpty() && v instanceof MappingNode) {
      y.warning(v, "an empty container goal holds as soon as any container exists");
    }
    return new ContainerGoal(out);
  }
}
