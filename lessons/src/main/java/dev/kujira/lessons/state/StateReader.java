package dev.kujira.lessons.state;

import dev.kujira.engine.api.ContainerInfo;
import dev.kujira.engine.api.EngineState;
import dev.kujira.engine.api.ImageInfo;
import dev.kujira.engine.api.NetworkInfo;
import dev.kujira.engine.api.VolumeInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@link StateFacts} from the engine's typed state records ({@code Engine.state()}), an
 * immutable snapshot read without side effects; goals depend only on the facts.
 */
public final class StateReader {
  private StateReader() {
  }

  /** Reads the whole state from {@code state}. */
  public static StateFacts read(EngineState state) {
    List<ContainerFacts> containers = new ArrayList<>();
    for (ContainerInfo c : state.containers().all()) {
      containers.add(container(c));
    }
    List<ImageFacts> images = new ArrayList<>();
    for (ImageInfo i : state.images().all()) {
      images.add(image(i));
    }
    List<NetworkFacts> networks = new ArrayList<>();
    for (NetworkInfo n : state.networks().all()) {
      networks.add(new NetworkFacts(n.id(), n.name(), n.driver(), n.subnet() == null ? "" : n.subnet(), n.internal()));
    }
    List<VolumeFacts> volumes = new ArrayList<>();
    for (VolumeInfo v : state.volumes().all()) {
      volumes.add(new VolumeFacts(v.name(), v.driver(), v.labels()));
    }
    return new StateFacts(containers, images, networks, volumes);
  }

  private static ContainerFacts container(ContainerInfo c) {
    List<String> argv = new ArrayList<>(c.entrypoint());
    argv.addAll(c.cmd());
    List<ContainerFacts.PortFacts> ports = new ArrayList<>();
    for (ContainerInfo.Port p : c.ports()) {
      ports.add(new ContainerFacts.PortFacts(p.hostIp() == null ? "" : p.hostIp(), p.hostPort(), p.containerPort(),
          p.proto() == null ? "tcp" : p.proto()));
    }
    List<ContainerFacts.MountFacts> mounts = new ArrayList<>();
    for (ContainerInfo.MountInfo m : c.mounts()) {
      mounts.add(new ContainerFacts.MountFacts(m.type(), m.type().equals("volume") ? m.volumeName() : m.source(),
          m.destination(), m.readOnly()));
    }
    List<ContainerFacts.EndpointFacts> networks = new ArrayList<>();
    for (ContainerInfo.Attachment a : c.networks()) {
      List<String> aliases = new ArrayList<>(a.aliases());
      for (String d : a.dnsNames()) {
        if (!aliases.contains(d)) {
          aliases.add(d);
        }
      }
      networks.add(new ContainerFacts.EndpointFacts(a.network(), a.ip() == null ? "" : a.ip(), aliases));
    }
    String policy = c.restartPolicy() == null || c.restartPolicy().isEmpty() ? "no" : c.restartPolicy();
    return new ContainerFacts(c.id(), c.name().replaceFirst("^/", ""), c.imageRef(), c.imageId(), c.status().word(),
        c.exitCode(), argv, Doc.env(c.env()), c.labels(), policy, nz(c.hostname()), nz(c.user()), nz(c.workingDir()),
        ports, mounts, networks);
  }

  /** Keys the image config by Docker's inspect names, which lessons use in {@code config:} goals. */
  private static ImageFacts image(ImageInfo i) {
    List<String> tags = i.references().stream().filter(t -> !t.contains("<none>")).toList();
    ImageInfo.Config c = i.config();
    Map<String, Object> config = new LinkedHashMap<>();
    if (c != null) {
      config.put("Cmd", c.cmd());
      config.put("Entrypoint", c.entrypoint());
      config.put("Env", c.env());
      Map<String, Object> exposed = new TreeMap<>();
      c.exposedPorts().forEach(p -> exposed.put(p, Map.of()));
      config.put("ExposedPorts", exposed);
      config.put("User", nz(c.user()));
      config.put("WorkingDir", nz(c.workingDir()));
      config.put("Labels", c.labels());
      config.put("Healthcheck", c.healthcheck());
    }
    int layers = (int) i.layers().stream().filter(l -> !l.emptyLayer()).count();
    return new ImageFacts(i.id(), tags, layers, config);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
