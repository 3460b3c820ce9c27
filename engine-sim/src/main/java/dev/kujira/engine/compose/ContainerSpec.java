package dev.kujira.engine.compose;

import dev.kujira.engine.api.ContainerCreateRequest;
import dev.kujira.engine.api.ContainerCreateRequest.HostPort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a service into the create request of one of its containers, with compose's labels
 * (project, service, container number, one-off, the config hash that tells up whether the
 * service changed).
 */
final class ContainerSpec {
  private final ComposeProject project;

  ContainerSpec(ComposeProject project) {
    this.project = project;
  }

  /** Returns a digest of what the service asks for: compose recreates a container whose label differs. */
  static String configHash(Service s, String imageId) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      String text = s.toString().replace("scale=" + s.scale(), "") + "\u0000" + imageId;
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  ContainerCreateRequest request(Service s, String containerName, int number, boolean oneOff, List<String> command,
      String imageId, boolean autoRemove) {
    Map<String, String> labels = new LinkedHashMap<>(s.labels());
    labels.put("com.docker.compose.config-hash", configHash(s, imageId));
    labels.put("com.docker.compose.container-number", String.valueOf(number));
    labels.put("com.docker.compose.depends_on", depends(s));
    labels.put("com.docker.compose.image", imageId);
    labels.put("com.docker.compose.oneoff", oneOff ? "True" : "False");
    labels.put("com.docker.compose.project", project.name());
    labels.put("com.docker.compose.project.config_files", project.file().path());
    labels.put("com.docker.compose.project.working_dir", project.workingDir());
    labels.put("com.docker.compose.service", s.name());
    labels.put("com.docker.compose.version", ComposeProject.VERSION);
    Map<String, List<HostPort>> bindings = new LinkedHashMap<>();
    List<String> exposed = new ArrayList<>();
    // compose passes expose entries as written: "3000" stays without "/tcp" in ExposedPorts (conformance c22)
    exposed.addAll(s.expose());
    for (Service.Port p : s.ports()) {
      String key = p.target() + "/" + p.protocol();
      if (!exposed.contains(key)) {
        exposed.add(key);
      }
      bindings.computeIfAbsent(key, k -> new ArrayList<>()).add(new HostPort(p.hostIp(), p.published()));
    }
    List<String> binds = new ArrayList<>();
    List<String> anonymous = new ArrayList<>();
    for (Service.Mount m : s.volumes()) {
      String mode = m.readOnly() ? ":ro" : "";
      if (m.type().equals("volume") && m.source().isEmpty()) {
        anonymous.add(m.target());
      } else if (m.type().equals("volume")) {
        binds.add(project.volumeName(m.source()) + ":" + m.target() + mode);
      } else if (m.type().equals("bind")) {
        binds.add(m.source() + ":" + m.target() + mode);
      }
    }
    // file secrets are read-only binds under /run/secrets outside swarm, by target (conformance c29)
    new java.util.TreeMap<>(s.secrets()).forEach((target, source) -> binds.add(project.file().secrets().get(source)
        + ":" + (target.startsWith("/") ? target : "/run/secrets/" + target) + ":ro"));
    List<String> env = new ArrayList<>();
    s.environment().forEach((k, v) -> env.add(k + "=" + v));
    List<String> nets = networkKeys(s);
    List<String> aliases = new ArrayList<>(oneOff ? List.of() : List.of(s.name()));
    if (!nets.isEmpty()) {
      aliases.addAll(s.networks().getOrDefault(nets.get(0), List.of()));
    }
    String restart = s.restart().equals("no") ? "" : s.restart();
    int max = 0;
    if (restart.startsWith("on-failure:")) {
      max = Integer.parseInt(restart.substring(11));
      restart = "on-failure";
    }
    Map<String, String> tmpfs = new LinkedHashMap<>();
    s.tmpfs().forEach(t -> tmpfs.put(t, ""));
    return new ContainerCreateRequest(containerName, s.imageFor(project.name()), command != null ? command : s.command(),
        s.entrypoint(), env, labels, s.workingDir(), s.user(), s.hostname(), s.tty(), s.stdinOpen(), exposed, bindings,
        false, binds, anonymous, List.of(), oneOff ? "" : restart, max, autoRemove, networkMode(s),
        s.stopSignal(), s.stopGraceSeconds(), s.networkMode().isEmpty() ? aliases : List.of(), tmpfs, List.of(),
        s.readOnly(), List.of(), "", health(s.healthcheck()));
  }

  /** Returns the engine's network mode: network_mode ("service:x" as the container of x), else the first network. */
  private String networkMode(Service s) {
    String mode = s.networkMode();
    if (mode.startsWith("service:")) {
      Service other = project.file().services().get(mode.substring(8));
      return "container:" + (other == null ? mode.substring(8) : project.containerName(other, 1));
    }
    return !mode.isEmpty() ? mode : project.networkName(networkKeys(s).get(0));
  }

  private static dev.kujira.engine.api.HealthConfig health(Service.Healthcheck h) {
    if (h == null || h.test().isEmpty()) {
      return null;
    }
    return new dev.kujira.engine.api.HealthConfig(h.test(), h.interval(), h.timeout(), h.startPeriod(), h.retries());
  }

  /** Returns the network keys of a service: its own, or "default" (none with a network_mode). */
  static List<String> networkKeys(Service s) {
    if (!s.networkMode().isEmpty()) {
      return List.of();
    }
    return s.networks().isEmpty() ? List.of("default") : new ArrayList<>(s.networks().keySet());
  }

  private static String depends(Service s) {
    List<String> out = new ArrayList<>();
    s.dependsOn().forEach((k, d) -> out.add(k + ":" + d.condition() + ":" + d.restart()));
    return String.join(",", out);
  }
}
