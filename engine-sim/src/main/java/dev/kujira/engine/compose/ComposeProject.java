package dev.kujira.engine.compose;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.ContainerCreateRequest;
import dev.kujira.engine.api.ContainerCreateRequest.HostPort;
import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.EngineApi;
import dev.kujira.engine.api.EngineException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a compose project against the engine API as docker compose v2 does: resources are named
 * {@code <project>_<name>} and {@code <project>-<service>-1}, labelled com.docker.compose.*, and
 * every step is reported on stderr (" Container x  Started").
 */
public final class ComposeProject {
  static final String VERSION = "2.26.1";
  private final EngineApi api;
  private final ComposeFile file;
  private final String name;
  private final String workingDir;
  private final PrintStream progress;

  /** Creates the project {@code name} of {@code file}, whose folder is {@code workingDir}. */
  public ComposeProject(EngineApi api, ComposeFile file, String name, String workingDir, PrintStream progress) {
    this.api = api;
    this.file = file;
    this.name = name;
    this.workingDir = workingDir;
    this.progress = progress;
  }

  /** Returns the project name. */
  public String name() {
    return name;
  }

  /** Returns the compose file. */
  public ComposeFile file() {
    return file;
  }

  private void report(String kind, String object, String status) {
    progress.println(" " + kind + " " + object + "  " + status);
  }

  /** Returns the project's network names, "default" for services that name none. */
  List<String> networkKeys() {
    List<String> keys = new ArrayList<>();
    for (ComposeFile.Service s : file.services().values()) {
      if (s.networks().isEmpty() && !keys.contains("default")) {
        keys.add("default");
      }
      s.networks().keySet().forEach(k -> {
        if (!keys.contains(k)) {
          keys.add(k);
        }
      });
    }
    return keys;
  }

  String networkName(String key) {
    return name + "_" + key;
  }

  String containerName(ComposeFile.Service s) {
    return s.containerName().isEmpty() ? name + "-" + s.name() + "-1" : s.containerName();
  }

  /** {@code up -d}: creates what is missing and starts every service (dependencies first). */
  public void up() {
    for (String key : networkKeys()) {
      String net = networkName(key);
      if (api.networkList().stream().noneMatch(n -> n.get("Name").equals(net))) {
        report("Network", net, "Creating");
        api.networkCreate(dev.kujira.engine.api.NetworkCreateRequest.bridge(net, Map.of("com.docker.compose.network", key,
            "com.docker.compose.project", name, "com.docker.compose.version", VERSION)));
        report("Network", net, "Created");
      }
    }
    for (String v : file.volumes()) {
      String vol = name + "_" + v;
      if (api.volumeList(Map.of()).stream().noneMatch(o -> o.get("Name").equals(vol))) {
        report("Volume", "\"" + vol + "\"", "Creating");
        api.volumeCreate(vol, Map.of("com.docker.compose.project", name, "com.docker.compose.version", VERSION,
            "com.docker.compose.volume", v));
        report("Volume", "\"" + vol + "\"", "Created");
      }
    }
    for (ComposeFile.Service s : ordered()) {
      String cname = containerName(s);
      ContainerSummary existing = find(s);
      if (existing == null) {
        report("Container", cname, "Creating");
        api.containerCreate(request(s)).id();
        report("Container", cname, "Created");
      }
    }
    connectExtraNetworks();
    for (ComposeFile.Service s : ordered()) {
      String cname = containerName(s);
      ContainerSummary c = find(s);
      if (c != null && c.state().equals("running")) {
        report("Container", cname, "Running");
        continue;
      }
      report("Container", cname, "Starting");
      api.containerStart(cname);
      report("Container", cname, "Started");
    }
  }

  private List<ComposeFile.Service> ordered() {
    List<ComposeFile.Service> out = new ArrayList<>();
    for (ComposeFile.Service s : file.services().values()) {
      visit(s, out, new ArrayList<>());
    }
    return out;
  }

  private void visit(ComposeFile.Service s, List<ComposeFile.Service> out, List<String> path) {
    if (out.contains(s) || path.contains(s.name())) {
      return;
    }
    path.add(s.name());
    for (String d : s.dependsOn()) {
      ComposeFile.Service dep = file.services().get(d);
      if (dep != null) {
        visit(dep, out, path);
      }
    }
    out.add(s);
  }

  private ContainerCreateRequest request(ComposeFile.Service s) {
    Map<String, String> labels = new LinkedHashMap<>(s.labels());
    labels.put("com.docker.compose.container-number", "1");
    labels.put("com.docker.compose.depends_on", String.join(",", s.dependsOn()));
    labels.put("com.docker.compose.image", s.image());
    labels.put("com.docker.compose.oneoff", "False");
    labels.put("com.docker.compose.project", name);
    labels.put("com.docker.compose.project.working_dir", workingDir);
    labels.put("com.docker.compose.service", s.name());
    labels.put("com.docker.compose.version", VERSION);
    Map<String, List<HostPort>> bindings = new LinkedHashMap<>();
    List<String> exposed = new ArrayList<>();
    for (String p : s.ports()) {
      String[] parts = p.split(":");
      String container = parts[parts.length - 1].contains("/") ? parts[parts.length - 1] : parts[parts.length - 1] + "/tcp";
      exposed.add(container);
      bindings.computeIfAbsent(container, k -> new ArrayList<>()).add(new HostPort(parts.length > 2 ? parts[0] : "",
          parts.length > 1 ? parts[parts.length - 2] : ""));
    }
    List<String> binds = new ArrayList<>();
    List<String> anonymous = new ArrayList<>();
    for (String v : s.volumes()) {
      String[] parts = v.split(":");
      if (parts.length == 1) {
        anonymous.add(v);
      } else if (parts[0].startsWith(".") || parts[0].startsWith("/") || parts[0].startsWith("~")) {
        String src = parts[0].startsWith("/") ? parts[0] : java.nio.file.Path.of(workingDir).resolve(parts[0])
            .normalize().toString();
        parts[0] = src;
        binds.add(String.join(":", parts));
      } else {
        parts[0] = name + "_" + parts[0];
        binds.add(String.join(":", parts));
      }
    }
    List<String> nets = s.networks().isEmpty() ? List.of("default") : new ArrayList<>(s.networks().keySet());
    List<String> aliases = new ArrayList<>(List.of(s.name()));
    aliases.addAll(s.networks().getOrDefault(nets.get(0), List.of()));
    return new ContainerCreateRequest(containerName(s), s.image(), s.command(), s.entrypoint(), s.environment(), labels,
        s.workingDir(), "", "", false, false, exposed, bindings, false, binds, anonymous, List.of(),
        s.restart().equals("no") ? "" : s.restart(), 0, false, networkName(nets.get(0)), "", s.stopGraceSeconds(),
        aliases, Map.of(), List.of(), false, List.of(), "");
  }

  /** Connects each created service to its other networks (compose attaches them before start). */
  void connectExtraNetworks() {
    for (ComposeFile.Service s : file.services().values()) {
      List<String> nets = new ArrayList<>(s.networks().keySet());
      for (int i = 1; i < nets.size(); i++) {
        List<String> aliases = new ArrayList<>(List.of(s.name()));
        aliases.addAll(s.networks().get(nets.get(i)));
        try {
          api.networkConnect(networkName(nets.get(i)), containerName(s), aliases);
        } catch (EngineException e) {
          // already connected
        }
      }
    }
  }

  /** Returns the service's container, if it exists. */
  ContainerSummary find(ComposeFile.Service s) {
    for (ContainerSummary c : containers(true)) {
      if (c.names().contains("/" + containerName(s))) {
        return c;
      }
    }
    return null;
  }

  /** Returns the project's containers (newest first), all or only running ones. */
  public List<ContainerSummary> containers(boolean all) {
    return api.containerList(all, Map.of("label", List.of("com.docker.compose.project=" + name)));
  }

  /** {@code stop}: stops the running containers. */
  public void stop() {
    for (ContainerSummary c : containers(false)) {
      String n = c.names().get(0).substring(1);
      report("Container", n, "Stopping");
      api.containerStop(n, grace(c), "");
      report("Container", n, "Stopped");
    }
  }

  private Integer grace(ContainerSummary c) {
    ComposeFile.Service s = file.services().get(c.labels().get("com.docker.compose.service"));
    return s == null ? null : s.stopGraceSeconds();
  }

  /** {@code start}: starts the stopped containers. */
  public void start() {
    for (ComposeFile.Service s : ordered()) {
      ContainerSummary c = find(s);
      if (c != null && !c.state().equals("running")) {
        report("Container", containerName(s), "Starting");
        api.containerStart(containerName(s));
        report("Container", containerName(s), "Started");
      }
    }
  }

  /** {@code down}: stops and removes the containers, then the networks (and with {@code volumes}, the volumes). */
  public void down(boolean volumes) {
    for (ContainerSummary c : containers(true)) {
      String n = c.names().get(0).substring(1);
      if (c.state().equals("running")) {
        report("Container", n, "Stopping");
        api.containerStop(n, grace(c), "");
        report("Container", n, "Stopped");
      }
      report("Container", n, "Removing");
      api.containerRemove(n, true, false);
      report("Container", n, "Removed");
    }
    if (volumes) {
      for (String v : file.volumes()) {
        String vol = name + "_" + v;
        if (api.volumeList(Map.of()).stream().anyMatch(o -> o.get("Name").equals(vol))) {
          report("Volume", vol, "Removing");
          api.volumeRemove(vol, true);
          report("Volume", vol, "Removed");
        }
      }
    }
    for (String key : networkKeys()) {
      String net = networkName(key);
      for (ApiObject n : api.networkList()) {
        if (n.get("Name").equals(net)) {
          report("Network", net, "Removing");
          api.networkRemove(net);
          report("Network", net, "Removed");
        }
      }
    }
  }
}
