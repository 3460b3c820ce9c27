package dev.kujira.lessons.state;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.EngineApi;
import dev.kujira.engine.api.ImageSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link StateFacts} from the engine's API documents (container, image, network and volume
 * inspect), which read state without side effects. It stands in for the typed state records of
 * the engine API (issue 11) until they land; goals depend only on the facts.
 */
public final class StateReader {
  private StateReader() {
  }

  /** Reads the whole state through {@code api}. */
  public static StateFacts read(EngineApi api) {
    List<ContainerFacts> containers = new ArrayList<>();
    for (ContainerSummary s : api.containerList(true, Map.of())) {
      containers.add(container(api.containerInspect(s.id())));
    }
    List<ImageFacts> images = new ArrayList<>();
    for (ImageSummary s : api.imageList(false, Map.of())) {
      images.add(image(api.imageInspect(s.id()), s.repoTags().stream().filter(t -> !t.contains("<none>")).collect(java.util.stream.Collectors.toList())));
    }
    List<NetworkFacts> networks = new ArrayList<>();
    for (ApiObject n : api.networkList()) {
      Object config = Doc.list(n, "IPAM", "Config").stream().findFirst().orElse(null);
      networks.add(new NetworkFacts(Doc.str(n, "Id"), Doc.str(n, "Name"), Doc.str(n, "Driver"),
          config == null ? "" : Doc.str(config, "Subnet"), Doc.bool(n, "Internal")));
    }
    List<VolumeFacts> volumes = new ArrayList<>();
    for (ApiObject v : api.volumeList(Map.of())) {
      volumes.add(new VolumeFacts(Doc.str(v, "Name"), Doc.str(v, "Driver"), Doc.stringMap(v, "Labels")));
    }
    return new StateFacts(containers, images, networks, volumes);
  }

  private static ContainerFacts container(ApiObject c) {
    List<String> argv = new ArrayList<>(Doc.strings(c, "Config", "Entrypoint"));
    argv.addAll(Doc.strings(c, "Config", "Cmd"));
    List<ContainerFacts.PortFacts> ports = new ArrayList<>();
    Doc.map(c, "HostConfig", "PortBindings").forEach((key, bindings) -> {
      String[] portProto = key.split("/");
      for (Object b : Doc.list(Map.of("b", bindings == null ? List.of() : bindings), "b")) {
        String hostPort = Doc.str(b, "HostPort");
        ports.add(new ContainerFacts.PortFacts(Doc.str(b, "HostIp"), hostPort.isEmpty() ? 0 : parse(hostPort),
            parse(portProto[0]), portProto.length > 1 ? portProto[1] : "tcp"));
      }
    });
    List<ContainerFacts.MountFacts> mounts = new ArrayList<>();
    for (Object m : Doc.list(c, "Mounts")) {
      String type = Doc.str(m, "Type");
      mounts.add(new ContainerFacts.MountFacts(type, type.equals("volume") ? Doc.str(m, "Name") : Doc.str(m, "Source"),
          Doc.str(m, "Destination"), !Doc.bool(m, "RW")));
    }
    List<ContainerFacts.EndpointFacts> networks = new ArrayList<>();
    Doc.map(c, "NetworkSettings", "Networks").forEach((name, ep) -> {
      List<String> aliases = new ArrayList<>(Doc.strings(ep, "Aliases"));
      for (String d : Doc.strings(ep, "DNSNames")) {
        if (!aliases.contains(d)) {
          aliases.add(d);
        }
      }
      networks.add(new ContainerFacts.EndpointFacts(name, Doc.str(ep, "IPAddress"), aliases));
    });
    String policy = Doc.str(c, "HostConfig", "RestartPolicy", "Name");
    return new ContainerFacts(Doc.str(c, "Id"), Doc.str(c, "Name").replaceFirst("^/", ""), Doc.str(c, "Config", "Image"),
        Doc.str(c, "Image"), Doc.str(c, "State", "Status"), (int) Doc.num(c, "State", "ExitCode"), argv,
        Doc.env(Doc.strings(c, "Config", "Env")), Doc.stringMap(c, "Config", "Labels"), policy.isEmpty() ? "no" : policy,
        Doc.str(c, "Config", "Hostname"), Doc.str(c, "Config", "User"), Doc.str(c, "Config", "WorkingDir"),
        ports, mounts, networks);
  }

  private static ImageFacts image(ApiObject i, List<String> tags) {
    Map<String, Object> config = Doc.map(i, "Config");
    return new ImageFacts(Doc.str(i, "Id"), tags, Doc.list(i, "RootFS", "Layers").size(), config);
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
