package dev.kujira.engine;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.EngineApi;
import dev.kujira.engine.api.ImageSummary;
import dev.kujira.engine.dockercli.program.DockerProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Completes a docker command line as docker's own shell completion does: commands, subcommands
 * and flags from the command table, then the names and short ids of the objects that exist now
 * (containers for container commands, images for run/rmi/tag/…, networks, volumes).
 */
final class Completion {
  private static final Set<String> CONTAINER_COMMANDS = Set.of("attach", "commit", "cp", "diff", "exec", "export",
      "kill", "logs", "pause", "port", "rename", "restart", "rm", "start", "stats", "stop", "top", "unpause",
      "update", "wait");
  private static final Set<String> IMAGE_COMMANDS = Set.of("run", "create", "rmi", "tag", "save", "history", "push");

  private Completion() {
  }

  /** Returns the candidates for the last word of {@code line} (the text before the cursor). */
  static List<String> complete(EngineApi api, String line) {
    TreeSet<String> out = new TreeSet<>(DockerProgram.complete(line));
    String[] words = line.stripLeading().split("\\s+", -1);
    if (words.length < 3 || !words[0].equals("docker")) {
      return List.copyOf(out);
    }
    String partial = words[words.length - 1];
    if (partial.startsWith("-")) {
      return List.copyOf(out);
    }
    String group = words[1];
    boolean managed = Set.of("container", "image", "network", "volume").contains(group);
    if (managed && words.length < 4) {
      return List.copyOf(out);
    }
    String command = managed ? words[2] : group;
    List<String> names = new ArrayList<>();
    if (group.equals("network")) {
      api.networkList().forEach(n -> names.add(String.valueOf(n.get("Name"))));
      if (command.equals("connect") || command.equals("disconnect")) {
        containers(api, names);
      }
    } else if (group.equals("volume")) {
      api.volumeList(Map.of()).forEach(v -> names.add(String.valueOf(v.get("Name"))));
    } else if (group.equals("image") || !managed && IMAGE_COMMANDS.contains(command)) {
      images(api, names);
    } else if (group.equals("container") || CONTAINER_COMMANDS.contains(command) || command.equals("inspect")) {
      containers(api, names);
      if (command.equals("inspect") && !managed) {
        images(api, names);
      }
    }
    for (String n : names) {
      if (n.startsWith(partial)) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  private static void containers(EngineApi api, List<String> names) {
    for (ContainerSummary c : api.containerList(true, Map.of())) {
      // The Engine API's names carry a leading slash ("/web"); the CLI shows them without.
      c.names().forEach(n -> names.add(n.startsWith("/") ? n.substring(1) : n));
      names.add(c.id().substring(0, 12));
    }
  }

  private static void images(EngineApi api, List<String> names) {
    for (ImageSummary i : api.imageList(false, Map.of())) {
      i.repoTags().stream().filter(t -> !t.startsWith("<none>")).forEach(names::add);
      String id = i.id().startsWith("sha256:") ? i.id().substring(7) : i.id();
      names.add(id.substring(0, 12));
    }
  }
}
