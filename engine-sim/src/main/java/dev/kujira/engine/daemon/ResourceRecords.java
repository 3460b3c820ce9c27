package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.network.Ipv4;
import dev.kujira.engine.daemon.network.Network;
import dev.kujira.engine.daemon.volume.VolumeService;
import dev.kujira.engine.api.BuildInfo;
import dev.kujira.engine.api.ComposeProjectInfo;
import dev.kujira.engine.api.ContainerInfo;
import dev.kujira.engine.api.ImageInfo;
import dev.kujira.engine.api.NetworkInfo;
import dev.kujira.engine.api.VolumeInfo;
import dev.kujira.engine.build.BuildTrace;
import dev.kujira.engine.image.History;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageConfig;
import dev.kujira.engine.layer.Layer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the daemon's images, networks, volumes, build traces and compose labels into the typed
 * records of the state API. Reads only.
 */
public final class ResourceRecords {
  private ResourceRecords() {
  }

  public static List<ImageInfo> images(DaemonState state) {
    List<ImageInfo> out = new ArrayList<>();
    for (Image img : state.images().images()) {
      List<String> refs = state.images().tagsOf(img.id()).stream().map(r -> r.familiarString()).toList();
      out.add(new ImageInfo(img.id(), refs, state.repoDigests(img.id()), img.created(), img.size(),
          ContainerRecords.nz(img.parent()), refs.isEmpty(), layers(img), config(img.config())));
    }
    return out;
  }

  /** Pairs each history entry that made a layer with that layer, bottom first (as docker history does). */
  private static List<ImageInfo.LayerInfo> layers(Image img) {
    List<ImageInfo.LayerInfo> out = new ArrayList<>();
    int next = 0;
    for (History h : img.history()) {
      Layer l = !h.emptyLayer() && next < img.layers().size() ? img.layers().get(next++) : null;
      out.add(new ImageInfo.LayerInfo(ContainerRecords.nz(h.createdBy()), h.created(), l == null,
          l == null ? "" : l.diffId(), l == null ? 0 : l.size(), ContainerRecords.nz(h.comment())));
    }
    return out;
  }

  private static ImageInfo.Config config(ImageConfig c) {
    return new ImageInfo.Config(ContainerRecords.orEmpty(c.cmd()), ContainerRecords.orEmpty(c.entrypoint()),
        ContainerRecords.orEmpty(c.env()), ContainerRecords.orEmpty(c.exposedPorts()), ContainerRecords.nz(c.user()),
        ContainerRecords.nz(c.workingDir()), c.labels() == null ? Map.of() : c.labels(),
        c.healthcheck() == null ? null : HealthMonitor.fromImage(c.healthcheck()),
        ContainerRecords.orEmpty(c.volumes()), ContainerRecords.orEmpty(c.onBuild()),
        ContainerRecords.nz(c.stopSignal()), ContainerRecords.orEmpty(c.shell()));
  }

  public static List<NetworkInfo> networks(DaemonState state) {
    List<NetworkInfo> out = new ArrayList<>();
    for (Network n : state.networks().values()) {
      List<NetworkInfo.Member> members = new ArrayList<>();
      n.endpoints.forEach((id, ep) -> {
        Container c = state.containers().get(id);
        if (c != null) {
          members.add(new NetworkInfo.Member(c.name, c.id, Ipv4.text(ep.ip()), ep.aliases()));
        }
      });
      out.add(new NetworkInfo(n.id, n.name, n.driver, "local", n.hasSubnet() ? n.subnet() : "",
          n.hasSubnet() ? n.gatewayText() : "", n.internal, n.labels == null ? Map.of() : n.labels, n.created,
          members));
    }
    return out;
  }

  public static List<VolumeInfo> volumes(DaemonState state) {
    List<VolumeInfo> out = new ArrayList<>();
    for (VolumeService.Volume v : state.volumes().values()) {
      List<String> users = new ArrayList<>();
      for (Container c : state.containers().values()) {
        if (c.mounts.stream().anyMatch(m -> m.type().equals("volume") && v.name().equals(m.name()))) {
          users.add(c.name);
        }
      }
      out.add(new VolumeInfo(v.name(), "local", v.labels() == null ? Map.of() : v.labels(),
          v.options() == null ? Map.of() : v.options(), v.mountpoint(), v.created(), v.anonymous(), users));
    }
    return out;
  }

  /** The last build of each Dockerfile, the session's last build at the end. */
  public static List<BuildInfo> builds(DaemonState state) {
    List<BuildInfo> out = new ArrayList<>();
    for (BuildTrace t : state.buildsBySource.values()) {
      if (t != state.lastBuild) {
        out.add(build(t));
      }
    }
    if (state.lastBuild != null) {
      out.add(build(state.lastBuild));
    }
    return out;
  }

  private static BuildInfo build(BuildTrace t) {
    List<BuildInfo.Step> steps = new ArrayList<>();
    List<BuildTrace.Step> raw = t.steps();
    List<String> reasons = t.reasons();
    for (int i = 0; i < raw.size(); i++) {
      BuildTrace.Step s = raw.get(i);
      steps.add(new BuildInfo.Step(s.title(), s.stage(), s.instruction(), s.cached(),
          i < reasons.size() ? reasons.get(i) : "", s.imageId()));
    }
    return new BuildInfo(t.source(), t.noCache(), steps, t.imageId());
  }

  /** Groups what carries a compose project label, as {@code docker compose ls} does. */
  public static List<ComposeProjectInfo> compose(List<ContainerInfo> containers, List<NetworkInfo> networks,
      List<VolumeInfo> volumes) {
    Map<String, Map<String, List<ContainerInfo>>> byProject = new TreeMap<>();
    for (ContainerInfo c : containers) {
      if (!c.composeProject().isEmpty()) {
        byProject.computeIfAbsent(c.composeProject(), k -> new TreeMap<>())
            .computeIfAbsent(c.composeService(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, List<String>> nets = new LinkedHashMap<>();
    networks.forEach(n -> label(n.labels()).ifPresent(p -> nets.computeIfAbsent(p, k -> new ArrayList<>()).add(n.name())));
    Map<String, List<String>> vols = new LinkedHashMap<>();
    volumes.forEach(v -> label(v.labels()).ifPresent(p -> vols.computeIfAbsent(p, k -> new ArrayList<>()).add(v.name())));
    java.util.Set<String> names = new java.util.TreeSet<>(byProject.keySet());
    names.addAll(nets.keySet());
    names.addAll(vols.keySet());
    List<ComposeProjectInfo> out = new ArrayList<>();
    for (String p : names) {
      List<ComposeProjectInfo.Service> services = new ArrayList<>();
      byProject.getOrDefault(p, Map.of()).forEach((svc, list) -> {
        List<ContainerInfo> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparing(c -> number(c)));
        services.add(new ComposeProjectInfo.Service(svc, sorted.stream().map(ContainerInfo::name).toList(),
            (int) sorted.stream().filter(ContainerInfo::running).count()));
      });
      out.add(new ComposeProjectInfo(p, services, nets.getOrDefault(p, List.of()), vols.getOrDefault(p, List.of())));
    }
    return out;
  }

  private static java.util.Optional<String> label(Map<String, String> labels) {
    return java.util.Optional.ofNullable(labels.get(ContainerRecords.PROJECT));
  }

  private static int number(ContainerInfo c) {
    try {
      return Integer.parseInt(c.labels().getOrDefault("com.docker.compose.container-number", "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
