package dev.kujira.engine.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one service's validated values into a {@link Service}: short syntaxes expanded (ports,
 * volumes, depends_on lists, a command string split as shlex does), relative paths resolved
 * against the compose file's folder, env_file and environment merged.
 */
final class ServiceReader {
  private final String dir;
  private final Map<String, String> env;
  private final Loader.Files files;

  ServiceReader(String dir, Map<String, String> env, Loader.Files files) {
    this.dir = dir;
    this.env = env;
    this.files = files;
  }

  @SuppressWarnings("unchecked")
  Service read(String name, Map<String, Object> s) {
    String path = "services[" + name + "]";
    if (!s.containsKey("image") && !s.containsKey("build")) {
      // compose checks this before it reads env_file (the seed's env_file fragment, SeedComposeExamplesTest)
      throw new ComposeException(Errors.noImage(name), ComposeException.INVALID);
    }
    List<String> envFiles = new ArrayList<>();
    Map<String, String> environment = new LinkedHashMap<>();
    Object envFileSpec = s.get("env_file");
    List<Object> entries = envFileSpec instanceof List ? (List<Object>) envFileSpec
        : envFileSpec == null ? List.of() : List.of(envFileSpec);
    for (Object entry : entries) {
      // the long syntax (compose 2.24+) may mark a file optional (conformance c30)
      Map<String, Object> m = entry instanceof Map ? (Map<String, Object>) entry : Map.of("path", entry);
      String abs = absolute(Values.text(m.get("path")));
      boolean required = !Boolean.FALSE.equals(m.get("required"));
      envFiles.add(abs);
      java.util.Optional<String> text = files.read(abs);
      if (text.isEmpty() && required) {
        throw new ComposeException(Errors.envFileMissing(abs), ComposeException.NOT_FOUND);
      }
      text.ifPresent(t -> environment.putAll(DotEnv.parse(t)));
    }
    Values.stringMap(s.get("environment")).forEach((k, v) -> {
      String value = v != null ? v : env.get(k);
      if (value != null) {
        environment.put(k, value);
      } else {
        environment.remove(k);
      }
    });
    Map<String, Object> hc = s.get("healthcheck") instanceof Map ? (Map<String, Object>) s.get("healthcheck") : null;
    Object replicas = s.get("deploy") instanceof Map ? ((Map<String, Object>) s.get("deploy")).get("replicas") : null;
    Object scale = s.containsKey("scale") ? s.get("scale") : replicas;
    return new Service(name, Values.text(s.get("image")), build(s.get("build")), command(s.get("command")),
        command(s.get("entrypoint")), environment, Ports.parse(s.get("ports")), Values.listOrEmpty(s.get("expose")),
        mounts(s.get("volumes")), networks(s.get("networks")), dependsOn(s.get("depends_on")),
        hc == null ? null : healthcheck(hc, path + ".healthcheck"), Values.text(s.get("restart")),
        Values.text(s.get("working_dir")), Values.text(s.get("user")), Values.text(s.get("hostname")),
        Values.text(s.get("container_name")), Values.present(Values.stringMap(s.get("labels"))),
        Values.listOrEmpty(s.get("profiles")), scale instanceof Number ? ((Number) scale).intValue() : 1,
        s.get("stop_grace_period") == null ? null
            : (int) (Durations.millis(Values.text(s.get("stop_grace_period")), path + ".stop_grace_period") / 1000),
        Values.text(s.get("stop_signal")), Boolean.TRUE.equals(s.get("tty")), Boolean.TRUE.equals(s.get("stdin_open")),
        envFiles, Values.text(s.get("network_mode")), Boolean.TRUE.equals(s.get("read_only")),
        Values.listOrEmpty(s.get("tmpfs")), secrets(s.get("secrets")));
  }

  /** Returns a service's secrets, short ("name") or long (source, target), as target to source. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> secrets(Object o) {
    Map<String, String> out = new LinkedHashMap<>();
    if (o instanceof List) {
      for (Object item : (List<Object>) o) {
        if (item instanceof Map) {
          Map<String, Object> m = (Map<String, Object>) item;
          String source = Values.text(m.get("source"));
          out.put(m.containsKey("target") ? Values.text(m.get("target")) : source, source);
        } else {
          out.put(Values.text(item), Values.text(item));
        }
      }
    }
    return out;
  }

  private String absolute(String p) {
    if (p.startsWith("/")) {
      return p;
    }
    return java.nio.file.Path.of(dir).resolve(p).normalize().toString();
  }

  @SuppressWarnings("unchecked")
  private Service.Build build(Object o) {
    if (o == null || o == YamlReader.NULL) {
      return null;
    }
    if (!(o instanceof Map)) {
      return new Service.Build(absolute(Values.text(o)), "Dockerfile", Map.of(), "");
    }
    Map<String, Object> b = (Map<String, Object>) o;
    Map<String, String> args = new LinkedHashMap<>();
    Values.stringMap(b.get("args")).forEach((k, v) -> {
      String value = v != null ? v : env.get(k);
      if (value != null) {
        args.put(k, value);
      }
    });
    String context = b.containsKey("context") ? Values.text(b.get("context")) : ".";
    String dockerfile = b.containsKey("dockerfile") ? Values.text(b.get("dockerfile")) : "Dockerfile";
    return new Service.Build(absolute(context), dockerfile, args, Values.text(b.get("target")));
  }

  private static List<String> command(Object o) {
    if (o == null || o == YamlReader.NULL) {
      return null;
    }
    if (o instanceof List) {
      return Values.list(o);
    }
    return Shlex.split(Values.text(o));
  }

  @SuppressWarnings("unchecked")
  private List<Service.Mount> mounts(Object o) {
    List<Service.Mount> out = new ArrayList<>();
    if (!(o instanceof List)) {
      return out;
    }
    for (Object item : (List<Object>) o) {
      if (item instanceof Map) {
        Map<String, Object> m = (Map<String, Object>) item;
        String type = m.containsKey("type") ? Values.text(m.get("type")) : "volume";
        String source = Values.text(m.get("source"));
        out.add(new Service.Mount(type, type.equals("bind") ? absolute(source) : source,
            Values.text(m.get("target")), Boolean.TRUE.equals(m.get("read_only")), false));
        continue;
      }
      String[] parts = Values.text(item).split(":");
      if (parts.length == 1) {
        out.add(new Service.Mount("volume", "", parts[0], false, true));
        continue;
      }
      boolean ro = parts.length > 2 && List.of(parts[2].split(",")).contains("ro");
      String src = parts[0];
      boolean bind = src.startsWith(".") || src.startsWith("/") || src.startsWith("~");
      out.add(new Service.Mount(bind ? "bind" : "volume", bind ? absolute(src) : src, parts[1], ro, true));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> networks(Object o) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (o instanceof List) {
      Values.listOrEmpty(o).forEach(n -> out.put(n, List.of()));
    } else if (o instanceof Map) {
      ((Map<String, Object>) o).forEach((k, v) -> out.put(k, v instanceof Map
          ? Values.listOrEmpty(((Map<String, Object>) v).get("aliases")) : List.of()));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Service.Dependency> dependsOn(Object o) {
    Map<String, Service.Dependency> out = new LinkedHashMap<>();
    if (o instanceof List) {
      Values.listOrEmpty(o).forEach(d -> out.put(d, new Service.Dependency("service_started", true, false)));
    } else if (o instanceof Map) {
      ((Map<String, Object>) o).forEach((k, v) -> {
        Map<String, Object> m = v instanceof Map ? (Map<String, Object>) v : Map.of();
        out.put(k, new Service.Dependency(m.containsKey("condition") ? Values.text(m.get("condition"))
            : "service_started", !Boolean.FALSE.equals(m.get("required")), Boolean.TRUE.equals(m.get("restart"))));
      });
    }
    return out;
  }

  private static Service.Healthcheck healthcheck(Map<String, Object> h, String path) {
    List<String> test;
    Object t = h.get("test");
    if (Boolean.TRUE.equals(h.get("disable"))) {
      test = List.of("NONE");
    } else if (t instanceof List) {
      test = Values.list(t);
    } else if (t != null) {
      test = List.of("CMD-SHELL", Values.text(t));
    } else {
      test = List.of();
    }
    return new Service.Healthcheck(test, duration(h, "interval", path), duration(h, "timeout", path),
        h.get("retries") == null ? 0 : ((Number) h.get("retries")).intValue(), duration(h, "start_period", path));
  }

  private static long duration(Map<String, Object> h, String key, String path) {
    Object v = h.get(key);
    return v == null ? 0 : Durations.millis(Values.text(v), path + "." + key);
  }
}
