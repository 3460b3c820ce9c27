package dev.kujira.engine.compose;

import java.util.List;
import java.util.Map;

/**
 * Renders a project as {@code docker compose config} prints it: compose-go's canonical model in
 * its field order, services by name, short syntaxes expanded (ports to mode/target/published/
 * protocol, volumes to type/source/target), the default network and the resources' full names
 * (conformance c03).
 */
public final class ConfigWriter {
  private final StringBuilder out = new StringBuilder();
  private final ComposeProject p;

  private ConfigWriter(ComposeProject p) {
    this.p = p;
  }

  /** Returns the canonical YAML of {@code project}. */
  public static String render(ComposeProject project) {
    ConfigWriter w = new ConfigWriter(project);
    w.write();
    return w.out.toString();
  }

  private void line(int indent, String text) {
    out.append("  ".repeat(indent)).append(text).append('\n');
  }

  private void write() {
    line(0, "name: " + Yaml.scalar(p.name()));
    line(0, "services:");
    List<String> netKeys = new java.util.ArrayList<>();
    for (Service s : p.services()) {
      service(s);
      ContainerSpec.networkKeys(s).stream().filter(k -> !netKeys.contains(k)).forEach(netKeys::add);
    }
    java.util.Collections.sort(netKeys);
    line(0, "networks:");
    for (String k : netKeys) {
      ComposeFile.Resource r = p.file().networks().get(k);
      line(1, k + ":");
      line(2, "name: " + Yaml.scalar(p.networkName(k)));
      if (r != null) {
        network(r);
      }
    }
    // compose config drops the volumes no service mounts (compose-go's WithoutUnnecessaryResources;
    // recorded: conformance d19)
    java.util.Set<String> used = new java.util.HashSet<>();
    p.services().forEach(s -> s.volumes().stream().filter(m -> m.type().equals("volume"))
        .forEach(m -> used.add(m.source())));
    List<ComposeFile.Resource> vols = p.file().volumes().values().stream().filter(r -> used.contains(r.key())).toList();
    if (!vols.isEmpty()) {
      line(0, "volumes:");
      for (ComposeFile.Resource r : vols) {
        line(1, r.key() + ":");
        line(2, "name: " + Yaml.scalar(r.fullName(p.name())));
        // compose-go's VolumeConfig order: name, driver, driver_opts, external, labels (conformance d19)
        if (!r.driver().isEmpty()) {
          line(2, "driver: " + Yaml.scalar(r.driver()));
        }
        map(2, "driver_opts", r.driverOpts());
        if (r.external()) {
          line(2, "external: true");
        }
        map(2, "labels", r.labels());
      }
    }
  }

  /** Writes a network's options in compose-go's NetworkConfig order (conformance c25). */
  private void network(ComposeFile.Resource r) {
    if (!r.driver().isEmpty()) {
      line(2, "driver: " + Yaml.scalar(r.driver()));
    }
    map(2, "driver_opts", r.driverOpts());
    if (!r.ipam().isEmpty()) {
      line(2, "ipam:");
      line(3, "config:");
      boolean first = true;
      for (String key : List.of("subnet", "gateway", "ip_range")) {
        if (r.ipam().containsKey(key)) {
          line(first ? 4 : 5, (first ? "- " : "") + key + ": " + Yaml.scalar(r.ipam().get(key)));
          first = false;
        }
      }
    }
    if (r.external()) {
      line(2, "external: true");
    }
    if (r.internal()) {
      line(2, "internal: true");
    }
    map(2, "labels", r.labels());
  }

  private void service(Service s) {
    line(1, s.name() + ":");
    if (!s.profiles().isEmpty()) {
      list(2, "profiles", s.profiles());
    }
    if (s.build() != null) {
      line(2, "build:");
      line(3, "context: " + Yaml.scalar(s.build().context()));
      line(3, "dockerfile: " + Yaml.scalar(s.build().dockerfile()));
      map(3, "args", s.build().args());
      if (!s.build().target().isEmpty()) {
        line(3, "target: " + Yaml.scalar(s.build().target()));
      }
    }
    if (s.command() != null) {
      list(2, "command", s.command());
    }
    if (!s.containerName().isEmpty()) {
      line(2, "container_name: " + Yaml.scalar(s.containerName()));
    }
    if (!s.dependsOn().isEmpty()) {
      line(2, "depends_on:");
      s.dependsOn().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        line(3, e.getKey() + ":");
        line(4, "condition: " + e.getValue().condition());
        if (e.getValue().restart()) {
          line(4, "restart: true");
        }
        line(4, "required: " + e.getValue().required());
      });
    }
    if (s.entrypoint() != null) {
      list(2, "entrypoint", s.entrypoint());
    }
    map(2, "environment", s.environment());
    if (!s.expose().isEmpty()) {
      list(2, "expose", s.expose());
    }
    if (!s.hostname().isEmpty()) {
      line(2, "hostname: " + Yaml.scalar(s.hostname()));
    }
    healthcheck(s.healthcheck());
    if (!s.image().isEmpty()) {
      line(2, "image: " + Yaml.scalar(s.image()));
    }
    map(2, "labels", s.labels());
    if (!s.networkMode().isEmpty()) {
      line(2, "network_mode: " + Yaml.scalar(s.networkMode()));
    } else {
      line(2, "networks:");
    }
    for (String k : ContainerSpec.networkKeys(s).stream().sorted().toList()) {
      List<String> aliases = s.networks().getOrDefault(k, List.of());
      if (aliases.isEmpty()) {
        line(3, k + ": null");
      } else {
        line(3, k + ":");
        list(4, "aliases", aliases);
      }
    }
    ports(s.ports());
    if (s.readOnly()) {
      line(2, "read_only: true");
    }
    if (!s.restart().isEmpty()) {
      line(2, "restart: " + Yaml.scalar(s.restart()));
    }
    if (s.scale() != 1) {
      line(2, "scale: " + s.scale());
    }
    if (s.stdinOpen()) {
      line(2, "stdin_open: true");
    }
    if (s.stopGraceSeconds() != null) {
      line(2, "stop_grace_period: " + Yaml.duration(s.stopGraceSeconds() * 1000L));
    }
    if (!s.stopSignal().isEmpty()) {
      line(2, "stop_signal: " + Yaml.scalar(s.stopSignal()));
    }
    if (!s.tmpfs().isEmpty()) {
      list(2, "tmpfs", s.tmpfs());
    }
    if (s.tty()) {
      line(2, "tty: true");
    }
    if (!s.user().isEmpty()) {
      line(2, "user: " + Yaml.scalar(s.user()));
    }
    volumes(s.volumes());
    if (!s.workingDir().isEmpty()) {
      line(2, "working_dir: " + Yaml.scalar(s.workingDir()));
    }
  }

  private void healthcheck(Service.Healthcheck h) {
    if (h == null) {
      return;
    }
    line(2, "healthcheck:");
    list(3, "test", h.test());
    if (h.timeout() > 0) {
      line(3, "timeout: " + Yaml.duration(h.timeout()));
    }
    if (h.interval() > 0) {
      line(3, "interval: " + Yaml.duration(h.interval()));
    }
    if (h.retries() > 0) {
      line(3, "retries: " + h.retries());
    }
    if (h.startPeriod() > 0) {
      line(3, "start_period: " + Yaml.duration(h.startPeriod()));
    }
  }

  private void ports(List<Service.Port> ports) {
    if (ports.isEmpty()) {
      return;
    }
    line(2, "ports:");
    for (Service.Port port : ports) {
      line(3, "- mode: ingress");
      if (!port.hostIp().isEmpty()) {
        line(4, "host_ip: " + Yaml.scalar(port.hostIp()));
      }
      line(4, "target: " + port.target());
      if (!port.published().isEmpty()) {
        line(4, "published: \"" + port.published() + "\"");
      }
      line(4, "protocol: " + port.protocol());
    }
  }

  private void volumes(List<Service.Mount> mounts) {
    if (mounts.isEmpty()) {
      return;
    }
    line(2, "volumes:");
    for (Service.Mount m : mounts) {
      line(3, "- type: " + m.type());
      if (!m.source().isEmpty()) {
        line(4, "source: " + Yaml.scalar(m.source()));
      }
      line(4, "target: " + Yaml.scalar(m.target()));
      if (m.readOnly()) {
        line(4, "read_only: true");
      }
      if (!m.shortSyntax()) {
        continue;
      }
      if (m.type().equals("bind")) {
        line(4, "bind:");
        line(5, "create_host_path: true");
      } else if (m.type().equals("volume")) {
        line(4, "volume: {}");
      }
    }
  }

  private void list(int indent, String key, List<String> items) {
    line(indent, key + ":");
    items.forEach(i -> line(indent + 1, "- " + Yaml.scalar(i)));
  }

  private void map(int indent, String key, Map<String, String> m) {
    if (m.isEmpty()) {
      return;
    }
    line(indent, key + ":");
    m.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> line(indent + 1, Yaml.key(e.getKey()) + ": " + Yaml.scalar(e.getValue())));
  }
}
