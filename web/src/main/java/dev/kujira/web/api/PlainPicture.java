package dev.kujira.web.api;

import dev.kujira.engine.api.ContainerInfo;
import dev.kujira.engine.api.EngineState;
import dev.kujira.engine.api.NetworkInfo;
import dev.kujira.engine.api.VolumeInfo;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.run.LessonSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Is the placeholder picture: the engine's containers, images, networks and volumes as lists
 * (no SVG). The page shows them as text; the SVG picture replaces this class when merged.
 */
public final class PlainPicture implements PictureSource {
  @Override
  public Picture draw(EngineState state, LessonSession lesson, Lang lang) {
    List<Map<String, Object>> containers = new ArrayList<>();
    for (ContainerInfo c : state.containers().all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("image", c.imageRef());
      m.put("state", c.status().toString().toLowerCase(java.util.Locale.ROOT));
      m.put("ports", c.ports().stream().filter(p -> p.hostPort() > 0)
          .map(p -> p.hostPort() + "→" + p.containerPort() + "/" + p.proto()).distinct().toList());
      m.put("mounts", c.mounts().stream().map(x -> x.type() + ":" + (x.volumeName() == null || x.volumeName().isEmpty()
          ? x.source() : x.volumeName()) + "→" + x.destination()).toList());
      m.put("networks", c.networks().stream().map(ContainerInfo.Attachment::network).toList());
      containers.add(m);
    }
    List<String> images = state.images().all().stream()
        .map(i -> i.references().isEmpty() ? "<none>:<none>" : String.join(", ", i.references())).toList();
    List<String> networks = state.networks().all().stream().map(PlainPicture::network).toList();
    List<String> volumes = state.volumes().all().stream().map(VolumeInfo::name).toList();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("containers", containers);
    summary.put("images", images);
    summary.put("networks", networks);
    summary.put("volumes", volumes);
    return new Picture(null, text(containers, images, networks, volumes, lang), summary);
  }

  private static String network(NetworkInfo n) {
    return n.members().isEmpty() ? n.name()
        : n.name() + " (" + n.members().stream().map(NetworkInfo.Member::container).collect(Collectors.joining(", ")) + ")";
  }

  private static String text(List<Map<String, Object>> containers, List<String> images, List<String> networks,
      List<String> volumes, Lang lang) {
    boolean ja = lang == Lang.JA;
    String cs = containers.stream().map(c -> c.get("name") + " (" + c.get("state") + ")").collect(Collectors.joining(", "));
    return (ja ? "コンテナ " : "Containers ") + containers.size() + (cs.isEmpty() ? "" : ": " + cs) + ". "
        + (ja ? "イメージ " : "Images ") + images.size() + ". "
        + (ja ? "ネットワーク " : "Networks ") + networks.size() + ". "
        + (ja ? "ボリューム " : "Volumes ") + volumes.size() + ".";
  }
}
