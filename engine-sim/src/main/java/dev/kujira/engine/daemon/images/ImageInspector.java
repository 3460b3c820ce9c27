package dev.kujira.engine.daemon.images;

import dev.kujira.engine.format.Times;
import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.GoNil;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageConfig;
import dev.kujira.engine.layer.Layer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds an image's inspect document in the Engine API's field order (types.ImageInspect, API 1.45). */
public final class ImageInspector {
  private ImageInspector() {
  }

  public static ApiObject inspect(ImageDaemon state, Image img) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Id", img.id());
    List<String> tags = new ArrayList<>();
    // moby's reference store lists an image's tags sorted by their full names (lexicalRefs).
    state.images().tagsOf(img.id()).stream().sorted(java.util.Comparator.comparing(r -> r.canonicalString()))
        .forEach(r -> tags.add(r.familiarString()));
    f.put("RepoTags", tags);
    f.put("RepoDigests", state.local().repoDigests(img.id()));
    f.put("Parent", img.parent());
    f.put("Comment", img.comment());
    f.put("Created", Times.rfc3339Nano(img.created()));
    // Fields API 1.45 no longer sends but docker/cli's struct still has: absent from the JSON,
    // empty to a template ({{.ContainerConfig}} is <nil>, {{.VirtualSize}} 0; recorded).
    f.put("Container", "");
    f.put("ContainerConfig", null);
    f.put("DockerVersion", img.dockerVersion());
    f.put("Author", img.author());
    f.put("Config", config(img.config()));
    f.put("Architecture", img.architecture());
    f.put("Variant", "");
    f.put("Os", img.os());
    f.put("OsVersion", "");
    f.put("Size", img.size());
    f.put("VirtualSize", 0L);
    Map<String, Object> gd = new LinkedHashMap<>();
    gd.put("Data", null);
    gd.put("Name", "overlay2");
    f.put("GraphDriver", new ApiObject("types.GraphDriverData", gd));
    Map<String, Object> rootfs = new LinkedHashMap<>();
    rootfs.put("Type", "layers");
    List<String> diffs = new ArrayList<>();
    for (Layer l : img.layers()) {
      diffs.add(l.diffId());
    }
    rootfs.put("Layers", diffs);
    f.put("RootFS", new ApiObject("types.RootFS", rootfs));
    Map<String, Object> meta = new LinkedHashMap<>();
    long tagged = state.images().lastTagTime(img.id());
    meta.put("LastTagTime", Times.rfc3339Nano(tagged));
    f.put("Metadata", new ApiObject("image.Metadata", meta));
    return new ApiObject("types.ImageInspect", f,
        java.util.Set.of("Container", "ContainerConfig", "Variant", "OsVersion", "VirtualSize"));
  }

  private static ApiObject config(ImageConfig c) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Hostname", "");
    f.put("Domainname", "");
    f.put("User", c.user());
    f.put("AttachStdin", false);
    f.put("AttachStdout", false);
    f.put("AttachStderr", false);
    if (c.exposedPorts() != null && !c.exposedPorts().isEmpty()) {
      Map<String, Object> ports = new TreeMap<>();
      c.exposedPorts().forEach(p -> ports.put(p, new ApiObject("struct {}", Map.of())));
      f.put("ExposedPorts", ports);
    }
    f.put("Tty", false);
    f.put("OpenStdin", false);
    f.put("StdinOnce", false);
    f.put("Env", c.env() == null ? GoNil.SLICE : c.env());
    f.put("Cmd", c.cmd() == null ? GoNil.SLICE : c.cmd());
    if (c.healthcheck() != null) {
      f.put("Healthcheck", healthcheck(c.healthcheck()));
    }
    if (c.argsEscaped()) {
      f.put("ArgsEscaped", true);
    }
    f.put("Image", "");
    if (c.volumes() == null) {
      f.put("Volumes", GoNil.MAP);
    } else {
      Map<String, Object> v = new TreeMap<>();
      c.volumes().forEach(p -> v.put(p, new ApiObject("struct {}", Map.of())));
      f.put("Volumes", v);
    }
    f.put("WorkingDir", c.workingDir());
    f.put("Entrypoint", c.entrypoint() == null ? GoNil.SLICE : c.entrypoint());
    f.put("OnBuild", c.onBuild() == null ? GoNil.SLICE : c.onBuild());
    f.put("Labels", c.labels() == null ? GoNil.MAP : new TreeMap<String, Object>(c.labels()));
    if (!c.stopSignal().isEmpty()) {
      f.put("StopSignal", c.stopSignal());
    }
    if (c.shell() != null) {
      f.put("Shell", c.shell());
    }
    return new ApiObject("container.Config", f);
  }

  /** Returns a HEALTHCHECK as Go's container.HealthConfig: Test, then the non-zero durations and retries. */
  public static ApiObject healthcheck(com.fasterxml.jackson.databind.JsonNode h) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    List<String> test = new java.util.ArrayList<>();
    h.get("Test").forEach(t -> test.add(t.asText()));
    m.put("Test", test);
    for (String k : List.of("Interval", "Timeout", "StartPeriod", "StartInterval", "Retries")) {
      if (h.has(k) && h.get(k).asLong() != 0) {
        m.put(k, h.get(k).asLong());
      }
    }
    return new ApiObject("container.HealthConfig", m);
  }


}
