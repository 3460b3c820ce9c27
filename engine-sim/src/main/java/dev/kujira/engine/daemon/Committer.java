package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.images.ImageErrors;
import dev.kujira.engine.build.BuildState;
import dev.kujira.engine.build.Dockerfile;
import dev.kujira.engine.build.Instruction;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageJson;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.layer.LayerDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes images of containers ({@code docker commit}) and lists their changes
 * ({@code docker diff}): both compare the container's root with the one it was created with.
 */
public final class Committer {
  private Committer() {
  }

  public static String commit(DaemonState state, Container c, String reference, String message, String author,
      List<String> changes) {
    Reference ref = reference(reference);
    Node.Dir base = c.init != null ? c.init : state.images().rootfs(c.image);
    Layer layer = LayerDiff.between(base, c.rootfs.root());
    BuildState s = new BuildState(c.image, c.rootfs.root());
    s.env.clear();
    for (String e : c.env) {
      s.env.put(e.substring(0, Math.max(0, e.indexOf('='))), e.substring(e.indexOf('=') + 1));
    }
    s.cmd = c.cmd;
    s.entrypoint = c.entrypoint;
    s.workdir = c.workingDir;
    s.user = c.user;
    s.exposed.clear();
    s.exposed.addAll(c.exposedPorts);
    s.labels.clear();
    s.labels.putAll(c.labels);
    applyChanges(s, changes);
    // moby's NewChildImage appends no layer for an empty diff and marks the history line empty_layer
    // (image/image.go: layer.IsEmpty(child.DiffID); recorded: conformance d15).
    boolean empty = layer.tree().entries().isEmpty() && layer.whiteouts().isEmpty() && layer.opaque().isEmpty();
    if (!empty) {
      s.layers.add(layer);
    }
    long now = state.clock().now();
    // A commit's history line is the container's command joined with plain spaces (conformance 19).
    s.history.add(new String[] {Long.toString(now), String.join(" ", c.path), message == null ? "" : message,
        empty ? "1" : ""});
    String json = s.configJson(now).replaceFirst("\\{\"architecture\"", "{\"architecture\"");
    Image img = ImageJson.read(withComment(json, message, author), s.layers, c.image.id());
    state.images().add(img);
    if (!empty) {
      state.images().ownTopLayer(img);
    }
    if (ref != null) {
      state.images().tag(ref, img.id(), now);
    }
    return img.id();
  }

  /**
   * Makes an image of a root file system tarball ({@code docker import}): one layer, no parent,
   * an empty config changed by {@code changes}; its history comment is the message or
   * "Imported from -" (the CLI always streams the file, so the daemon sees "-"; moby
   * daemon/images/image_import.go).
   */
  public static String importImage(DaemonState state, byte[] archive, String reference, String message, List<String> changes) {
    Reference ref = reference(reference);
    byte[] tar = archive;
    if (tar.length > 2 && (tar[0] & 0xff) == 0x1f && (tar[1] & 0xff) == 0x8b) {
      try {
        tar = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(tar)).readAllBytes();
      } catch (java.io.IOException e) {
        throw ImageErrors.unexpectedEof();
      }
    }
    Layer layer = dev.kujira.engine.layer.TarReader.layer(tar);
    BuildState s = new BuildState(null, layer.tree());
    s.env.clear();
    applyChanges(s, changes == null ? List.of() : changes);
    s.layers.add(layer);
    long now = state.clock().now();
    String comment = message == null || message.isEmpty() ? "Imported from -" : message;
    s.history.add(new String[] {Long.toString(now), "", comment, ""});
    Image img = ImageJson.read(withComment(s.configJson(now), comment, ""), s.layers, "");
    state.images().add(img);
    if (ref != null) {
      state.images().tag(ref, img.id(), now);
    }
    return img.id();
  }

  /** Parses the optional repository:tag to give a new image (null for none). */
  private static Reference reference(String reference) {
    if (reference == null || reference.isEmpty()) {
      return null;
    }
    try {
      return Reference.parse(reference);
    } catch (Reference.InvalidReference e) {
      throw ImageErrors.invalidReference(e);
    }
  }

  /** Returns the container's root file system as a tar stream ({@code docker export}); volumes are not in it. */
  public static byte[] export(Container c) {
    return new dev.kujira.engine.layer.TarWriter().tree("", c.rootfs.root()).finish();
  }

  /** Adds the image-level comment and author a commit records (.Comment, .Author). */
  private static String withComment(String json, String message, String author) {
    StringBuilder sb = new StringBuilder(json);
    int at = sb.indexOf("\"config\"");
    String extra = (author == null || author.isEmpty() ? "" : "\"author\":" + quote(author) + ",")
        + (message == null || message.isEmpty() ? "" : "\"comment\":" + quote(message) + ",");
    sb.insert(at, extra);
    return sb.toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Applies --change lines as the Dockerfile instructions they are (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL…). */
  private static void applyChanges(BuildState s, List<String> changes) {
    for (String change : changes) {
      for (Instruction ins : Dockerfile.parse(change)) {
        List<String> words = ins.jsonWords();
        List<String> shell = new ArrayList<>(List.of("/bin/sh", "-c", ins.args()));
        switch (ins.kind()) {
          case CMD:
            s.cmd = words != null ? words : shell;
            break;
          case ENTRYPOINT:
            s.entrypoint = words != null ? words : shell;
            break;
          case ENV:
            String[] kv = ins.args().split("[= ]", 2);
            s.env.put(kv[0], kv.length > 1 ? kv[1] : "");
            break;
          case EXPOSE:
            for (String p : ins.args().split("\\s+")) {
              s.exposed.add(p.contains("/") ? p : p + "/tcp");
            }
            break;
          case LABEL:
            String[] lv = ins.args().split("=", 2);
            s.labels.put(lv[0], lv.length > 1 ? lv[1].replace("\"", "") : "");
            break;
          case USER:
            s.user = ins.args();
            break;
          case WORKDIR:
            s.workdir = ins.args();
            break;
          case VOLUME:
            s.volumes.addAll(words != null ? words : List.of(ins.args().split("\\s+")));
            break;
          case STOPSIGNAL:
            s.stopSignal = ins.args();
            break;
          default:
            throw ImageErrors.invalidChange(ins.keyword());
        }
      }
    }
  }

  private static final List<String> ETC_MANAGED = List.of("/etc/hostname", "/etc/hosts", "/etc/resolv.conf");

  /** Returns {@code docker diff}'s lines: A (added), C (changed), D (deleted), by path. */
  public static List<String> changes(Container c) {
    Map<String, String> out = new TreeMap<>();
    // runc makes the mount points when the container starts: a created container shows none, a started
    // one its mount points but never the three /etc files Docker manages (recorded on Docker 26.1).
    boolean started = c.startedAt != 0 && c.beforeMounts != null;
    walk(started ? c.beforeMounts : c.init, c.rootfs.root(), "", out);
    if (started) {
      ETC_MANAGED.forEach(out::remove);
      if ("C".equals(out.get("/etc")) && out.keySet().stream().noneMatch(k -> k.startsWith("/etc/"))) {
        out.remove("/etc");
      }
    }
    List<String> lines = new ArrayList<>();
    out.forEach((path, kind) -> lines.add(kind + " " + path));
    return lines;
  }

  private static void walk(Node.Dir lower, Node.Dir upper, String path, Map<String, String> out) {
    if (lower == upper) {
      return;
    }
    for (var e : upper.entries().entrySet()) {
      String p = path + "/" + e.getKey();
      Node l = lower == null ? null : lower.get(e.getKey());
      Node u = e.getValue();
      if (l == u) {
        continue;
      }
      if (l == null) {
        out.put(p, "A");
        if (u instanceof Node.Dir) {
          walk(null, (Node.Dir) u, p, out);
        }
      } else if (u instanceof Node.Dir && l instanceof Node.Dir) {
        out.put(p, "C");
        walk((Node.Dir) l, (Node.Dir) u, p, out);
      } else {
        out.put(p, "C");
      }
    }
    if (lower != null) {
      for (String name : lower.entries().keySet()) {
        if (!upper.entries().containsKey(name)) {
          out.put(path + "/" + name, "D");
        }
      }
    }
  }
}
