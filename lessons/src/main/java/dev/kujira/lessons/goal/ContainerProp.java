package dev.kujira.lessons.goal;

import dev.kujira.lessons.state.ContainerFacts;
import dev.kujira.lessons.state.StateFacts;
import java.util.List;
import java.util.Map;

/** Is one property a container must have; a {@link ContainerGoal} asks for several on one container. */
public sealed interface ContainerProp {
  /** Returns whether {@code c} has the property. */
  boolean test(ContainerFacts c, StateFacts all);

  /** Returns the property in a few English words. */
  String describe();

  /** @param name the container's name */
  record Name(String name) implements ContainerProp {
    public boolean test(ContainerFacts c, StateFacts all) {
      return c.name().equals(name);
    }

    public String describe() {
      return "named " + name;
    }
  }

  /** @param ref the image reference the container was created from (tag normalised, or the same image id) */
  record Image(String ref) implements ContainerProp {
    public boolean test(ContainerFacts c, StateFacts all) {
      // A reference is checked as the learner named it: nginx:latest is not nginx:1.27 even
      // when both tags point at the same image today (a tag moves; the lesson asked for a pin).
      if (ref.startsWith("sha256:") || ref.matches("[0-9a-f]{12,64}")) {
        String id = ref.startsWith("sha256:") ? ref : "sha256:" + ref;
        return c.imageId().startsWith(id);
      }
      return StateFacts.normalise(c.image()).equals(StateFacts.normalise(ref));
    }

    public String describe() {
      return "from image " + ref;
    }
  }

  /** @param state the state word */
  record State(String state) implements ContainerProp {
    public boolean test(ContainerFacts c, StateFacts all) {
      return c.state().equals(state);
    }

    public String describe() {
      return state;
    }
  }

  /** @param code the exit code (the container must have exited) */
  record ExitCode(int code) implements ContainerProp {
    public boolean test(ContainerFacts c, StateFacts all) {
      return c.state().equals("exited") && c.exitCode() == code;
    }

    public String describe() {
      return "exited with code " + code;
    }
  }

  /** @param words the words the process's argv must contain, in order */
  record Runs(List<String> words) implements ContainerProp {
    public boolean test(ContainerFacts c, StateFacts all) {
      return java.util.Collections.indexOfSubList(c.command(), words) >= 0;
    }

    public String describe() {
      return "running " + String.join(" ", words);
    }
  }

  /** @param kind env or label @param entries the entries that must be set (an empty value: set to anything) */
  record Entries(String kind, Map<String, String> entries) implements ContainerProp {
    public boolean test(ContainerFacts c, StateFacts all) {
      Map<String, String> have = kind.equals("env") ? c.env() : c.labels();
      return entries.entrySet().stream().allMatch(e -> have.containsKey(e.getKey())
          && (e.getValue().isEmpty() || e.getValue().equals(have.get(e.getKey()))));
    }

    public String describe() {
      return "with " + kind + " " + entries;
    }
  }

  /** @param field restart, hostname, user or workdir @param value its value */
  record Field(String field, String value) implements ContainerProp {
    public boolean test(ContainerFacts c, StateFacts all) {
      switch (field) {
        case "restart":
          return c.restartPolicy().equals(value);
        case "hostname":
          return c.hostname().equals(value);
        case "user":
          return c.user().equals(value);
        default:
          return c.workingDir().equals(value);
      }
    }

    public String describe() {
      return "with " + field + " " + value;
    }
  }

  /** @param hostPort the host port (0: any) @param containerPort the container port @param proto the protocol @param address the host address ("" for any) */
  record Publishes(int hostPort, int containerPort, String proto, String address) implements ContainerProp {
    public boolean test(ContainerFacts c, StateFacts all) {
      return c.ports().stream().anyMatch(p -> (hostPort == 0 || p.hostPort() == hostPort)
          && p.containerPort() == containerPort && p.proto().equals(proto)
          && (address.isEmpty() || p.hostIp().equals(address)));
    }

    public String describe() {
      return "publishing " + (address.isEmpty() ? "" : address + ":") + (hostPort == 0 ? "*" : hostPort) + "->"
          + containerPort + "/" + proto;
    }
  }

  /** @param network the network @param alias a DNS alias on it ("" for any) @param subnet a prefix its IP must start with ("" for any) */
  record OnNetwork(String network, String alias, String subnet) implements ContainerProp {
    public boolean test(ContainerFacts c, StateFacts all) {
      return c.networks().stream().anyMatch(e -> e.network().equals(network)
          && (alias.isEmpty() || e.aliases().contains(alias)) && (subnet.isEmpty() || e.ip().startsWith(subnet)));
    }

    public String describe() {
      return "on network " + network + (alias.isEmpty() ? "" : " as " + alias);
    }
  }

  /** @param type bind, volume or tmpfs ("" for any) @param target the path in the container @param source the source ("" for any) @param readOnly null for either */
  record Mount(String type, String target, String source, Boolean readOnly) implements ContainerProp {
    public boolean test(ContainerFacts c, StateFacts all) {
      return c.mounts().stream().anyMatch(m -> m.target().equals(target) && (type.isEmpty() || m.type().equals(type))
          && (source.isEmpty() || m.source().equals(source)) && (readOnly == null || m.readOnly() == readOnly));
    }

    public String describe() {
      return "with a " + (type.isEmpty() ? "" : type + " ") + "mount at " + target
          + (source.isEmpty() ? "" : " from " + source) + (Boolean.TRUE.equals(readOnly) ? " (read-only)" : "");
    }
  }
}
