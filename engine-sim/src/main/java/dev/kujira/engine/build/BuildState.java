package dev.kujira.engine.build;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageConfig;
import dev.kujira.engine.layer.Layer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Is the image a build stage is making: its files, its config so far, its layers and history. */
public final class BuildState {
  Node.Dir rootfs;
  public final List<Layer> layers = new ArrayList<>();
  public final List<String[]> history = new ArrayList<>();
  public final LinkedHashMap<String, String> env = new LinkedHashMap<>();
  public List<String> cmd;
  public List<String> entrypoint;
  public String workdir = "";
  public String user = "";
  public String stopSignal = "";
  List<String> shell;
  /** HEALTHCHECK as Docker's JSON, or null; inherited from the base image. */
  com.fasterxml.jackson.databind.JsonNode healthcheck;
  /** MAINTAINER: the image's author, or "". */
  String author = "";
  public final LinkedHashSet<String> exposed = new LinkedHashSet<>();
  public final LinkedHashSet<String> volumes = new LinkedHashSet<>();
  public final Map<String, String> labels = new LinkedHashMap<>();
  final List<String> onBuild = new ArrayList<>();
  String cacheKey;
  /** The ARGs this stage declared, in order (they prefix its RUN history lines). */
  final List<String> stageArgs = new ArrayList<>();
  /** When the stage's newest layer was made (its cache entry's time when cached), or -1. */
  long layerTime = -1;
  /** How many history entries came with the base image. */
  private int baseHistory;

  public BuildState(Image base, Node.Dir rootfs) {
    this.rootfs = rootfs;
    if (base == null) {
      cacheKey = "scratch";
      env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
      return;
    }
    cacheKey = base.id();
    layers.addAll(base.layers());
    base.history().forEach(h -> history.add(new String[] {Long.toString(h.created()), h.createdBy(), h.comment(),
        h.emptyLayer() ? "1" : ""}));
    baseHistory = history.size();
    ImageConfig c = base.config();
    if (c.env() != null) {
      c.env().forEach(e -> env.put(e.substring(0, Math.max(0, e.indexOf('='))), e.substring(e.indexOf('=') + 1)));
    }
    // BuildKit gives every built image a PATH when its base has none (seen on the real engine with busybox).
    env.putIfAbsent("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    cmd = c.cmd();
    entrypoint = c.entrypoint();
    workdir = c.workingDir();
    user = c.user();
    stopSignal = c.stopSignal();
    shell = c.shell();
    healthcheck = c.healthcheck();
    if (c.exposedPorts() != null) {
      exposed.addAll(c.exposedPorts());
    }
    if (c.volumes() != null) {
      volumes.addAll(c.volumes());
    }
    if (c.labels() != null) {
      labels.putAll(c.labels());
    }
  }

  void history(long time, String createdBy, boolean empty) {
    history.add(new String[] {Long.toString(time), createdBy, "buildkit.dockerfile.v0", empty ? "1" : ""});
  }

  /**
   * Dates the image: BuildKit stamps the config and this build's history with the time its
   * newest layer was made (the base's newest when it made none), so a rebuild from cache, even with changed metadata, keeps that time
   * and a fully cached rebuild gives the same image id (seen on Docker 26.1: ENV edited, Created
   * unchanged). Returns that time; {@code now} for a layerless stage FROM scratch.
   */
  long finish(long now) {
    long t = layerTime >= 0 ? layerTime : now;
    if (layerTime < 0 && baseHistory > 0) {
      // no layer of its own: the base's newest time stays (recorded by tests/tools/difftest: an
      // ENTRYPOINT/CMD-only build FROM busybox is Created when busybox was, and lists below it)
      t = 0;
      for (int i = 0; i < baseHistory; i++) {
        t = Math.max(t, Long.parseLong(history.get(i)[0]));
      }
    }
    for (int i = baseHistory; i < history.size(); i++) {
      history.get(i)[0] = Long.toString(t);
    }
    return t;
  }

  void declareArg(String name) {
    if (!stageArgs.contains(name)) {
      stageArgs.add(name);
    }
  }

  List<String> envList() {
    List<String> out = new ArrayList<>();
    env.forEach((k, v) -> out.add(k + "=" + v));
    return out;
  }

  /** Returns the image config JSON, in the field order BuildKit writes. */
  public String configJson(long created) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("architecture", "amd64");
    if (!author.isEmpty()) {
      root.put("author", author);
    }
    ImageConfig config = new ImageConfig(user, exposed.isEmpty() ? null : List.copyOf(exposed), envList(), cmd,
        entrypoint, volumes.isEmpty() ? null : List.copyOf(volumes), workdir, onBuild.isEmpty() ? null : onBuild,
        labels.isEmpty() ? null : labels, stopSignal, shell, true, healthcheck);
    root.set("config", config.toJson());
    root.put("created", Instant.ofEpochMilli(created).toString());
    ArrayNode h = root.putArray("history");
    for (String[] e : history) {
      ObjectNode o = h.addObject();
      o.put("created", Instant.ofEpochMilli(Long.parseLong(e[0])).toString());
      o.put("created_by", e[1]);
      if (!e[2].isEmpty()) {
        o.put("comment", e[2]);
      }
      if (!e[3].isEmpty()) {
        o.put("empty_layer", true);
      }
    }
    root.put("os", "linux");
    ObjectNode rootfsNode = root.putObject("rootfs");
    rootfsNode.put("type", "layers");
    ArrayNode diffs = rootfsNode.putArray("diff_ids");
    layers.forEach(l -> diffs.add(l.diffId()));
    return root.toString();
  }
}
