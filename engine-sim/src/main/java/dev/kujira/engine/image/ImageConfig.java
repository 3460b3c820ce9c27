package dev.kujira.engine.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Is the runtime part of an image config (the {@code config} object of the image JSON, and
 * {@code .Config} of {@code docker image inspect}). Lists and maps that Go leaves nil are null
 * here, because Docker prints nil and empty differently ({@code null} vs {@code []}).
 *
 * @param user the USER
 * @param exposedPorts the EXPOSE ports ("80/tcp"), or null
 * @param env the ENV entries ("K=V"), or null
 * @param cmd the CMD, or null
 * @param entrypoint the ENTRYPOINT, or null
 * @param volumes the VOLUME paths, or null
 * @param workingDir the WORKDIR
 * @param onBuild the ONBUILD triggers, or null
 * @param labels the LABELs, or null
 * @param stopSignal the STOPSIGNAL, or ""
 * @param shell the SHELL, or null
 * @param argsEscaped Windows' flag, kept because it is part of the config's digest
 * @param healthcheck the HEALTHCHECK as Docker's JSON object (Test, Interval…), or null
 */
public record ImageConfig(String user, List<String> exposedPorts, List<String> env, List<String> cmd,
    List<String> entrypoint, List<String> volumes, String workingDir, List<String> onBuild,
    Map<String, String> labels, String stopSignal, List<String> shell, boolean argsEscaped, JsonNode healthcheck) {

  /** An empty config. */
  public static final ImageConfig EMPTY = new ImageConfig("", null, null, null, null, null, "", null, null, "", null, false,
      null);

  /** Reads the {@code config} object of an image JSON (null or missing gives {@link #EMPTY}). */
  public static ImageConfig fromJson(JsonNode c) {
    if (c == null || c.isNull()) {
      return EMPTY;
    }
    return new ImageConfig(text(c, "User"), keys(c.get("ExposedPorts")), strings(c.get("Env")), strings(c.get("Cmd")),
        strings(c.get("Entrypoint")), keys(c.get("Volumes")), text(c, "WorkingDir"), strings(c.get("OnBuild")),
        labels(c.get("Labels")), text(c, "StopSignal"), strings(c.get("Shell")),
        c.has("ArgsEscaped") && c.get("ArgsEscaped").asBoolean(),
        c.has("Healthcheck") && !c.get("Healthcheck").isNull() ? c.get("Healthcheck") : null);
  }

  /** Writes this config in the field order Docker's image JSON uses. */
  public ObjectNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("Hostname", "").put("Domainname", "").put("User", user);
    o.put("AttachStdin", false).put("AttachStdout", false).put("AttachStderr", false);
    if (exposedPorts != null && !exposedPorts.isEmpty()) {
      ObjectNode ports = o.putObject("ExposedPorts");
      exposedPorts.forEach(p -> ports.putObject(p));
    }
    o.put("Tty", false).put("OpenStdin", false).put("StdinOnce", false);
    putList(o, "Env", env);
    putList(o, "Cmd", cmd);
    if (healthcheck != null) {
      o.set("Healthcheck", healthcheck);
    }
    if (argsEscaped) {
      o.put("ArgsEscaped", true);
    }
    o.put("Image", "");
    if (volumes == null) {
      o.putNull("Volumes");
    } else {
      ObjectNode v = o.putObject("Volumes");
      volumes.forEach(p -> v.putObject(p));
    }
    o.put("WorkingDir", workingDir);
    putList(o, "Entrypoint", entrypoint);
    putList(o, "OnBuild", onBuild);
    if (labels == null) {
      o.putNull("Labels");
    } else {
      ObjectNode l = o.putObject("Labels");
      labels.forEach(l::put);
    }
    if (!stopSignal.isEmpty()) {
      o.put("StopSignal", stopSignal);
    }
    if (shell != null) {
      putList(o, "Shell", shell);
    }
    return o;
  }

  private static void putList(ObjectNode o, String name, List<String> values) {
    if (values == null) {
      o.putNull(name);
      return;
    }
    ArrayNode a = o.putArray(name);
    values.forEach(a::add);
  }

  private static String text(JsonNode c, String field) {
    JsonNode n = c.get(field);
    return n == null || n.isNull() ? "" : n.asText();
  }

  private static List<String> strings(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    n.forEach(e -> out.add(e.asText()));
    return List.copyOf(out);
  }

  private static List<String> keys(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return List.copyOf(out);
  }

  private static Map<String, String> labels(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    Map<String, String> out = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asText());
    }
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(out));
  }
}
