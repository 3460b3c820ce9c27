package dev.kujira.engine.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Loads a compose file as compose-go does, in its order: YAML, the shape of the top level,
 * interpolation of every string with the environment (the shell's, over {@code .env}'s), casts of
 * the typed fields, the schema, then the model with its cross-references checked. Each step fails
 * with compose's own message (conformance c01, c02).
 */
public final class Loader {
  /** The typed fields compose-go casts after interpolation, as path patterns ("*" is one key). */
  private static final List<String> INTS = List.of("services.*.scale", "services.*.healthcheck.retries",
      "services.*.ports.target", "services.*.deploy.replicas");
  private static final List<String> BOOLS = List.of("services.*.tty", "services.*.stdin_open", "services.*.init",
      "services.*.privileged", "services.*.read_only", "networks.*.external", "volumes.*.external",
      "services.*.depends_on.*.required", "services.*.depends_on.*.restart", "networks.*.internal",
      "services.*.healthcheck.disable", "services.*.build.no_cache", "networks.*.attachable",
      "networks.*.enable_ipv6", "services.*.volumes.read_only", "services.*.env_file.required");

  /** Reads the files a compose file refers to (env_file). */
  public interface Files {
    /** Returns the text of the file at absolute {@code path}, or empty when there is none. */
    Optional<String> read(String path);
  }

  private final Map<String, String> env;
  private final Files files;
  private final List<String> warnings = new ArrayList<>();

  /**
   * Creates a loader.
   *
   * @param env the variables interpolation sees: the shell's over the project's {@code .env}
   * @param files the client's files, for env_file
   */
  public Loader(Map<String, String> env, Files files) {
    this.env = env;
    this.files = files;
  }

  /** Returns the warnings loading printed, in order (logged as compose's level=warning lines). */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Loads the compose file {@code path} whose text is {@code text}.
   *
   * @throws ComposeException with compose's message and exit status
   */
  public ComposeFile load(String path, String text) {
    return load(List.of(path), List.of(text));
  }

  /**
   * Loads compose files that merge in order (a file and its override, or several {@code -f}).
   *
   * @throws ComposeException with compose's message and exit status
   */
  @SuppressWarnings("unchecked")
  public ComposeFile load(List<String> paths, List<String> texts) {
    Map<String, Object> merged = null;
    for (int i = 0; i < paths.size(); i++) {
      Map<String, Object> top = include(read(paths.get(i), texts.get(i)), paths.get(i));
      merged = merged == null ? top : Merge.maps(merged, top, "");
    }
    String path = paths.get(0);
    extend(merged, path);
    Interpolation interpolation = new Interpolation(env, name -> {
      String w = Errors.variableNotSet(name);
      if (!warnings.contains(w)) {
        warnings.add(w);
      }
    });
    Map<String, Object> resolved = (Map<String, Object>) resolve(merged, "", interpolation, "");
    new Schema(path).validate(resolved);
    String dir = path.substring(0, Math.max(1, path.lastIndexOf('/')));
    ComposeFile f = model(resolved, path, dir);
    return new ComposeFile(f.name(), String.join(",", paths), f.services(), f.networks(), f.volumes(), f.secrets());
  }

  /**
   * Resolves {@code include}: the resources of each included file join this one's; defining one
   * of them here too is compose's conflict (conformance c35).
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> include(Map<String, Object> top, String path) {
    Object inc = top.get("include");
    if (!(inc instanceof List)) {
      return top;
    }
    Map<String, Object> out = new LinkedHashMap<>(top);
    out.remove("include");
    String dir = path.substring(0, Math.max(1, path.lastIndexOf('/')));
    for (Object item : (List<Object>) inc) {
      Object p = item instanceof Map ? ((Map<String, Object>) item).get("path") : item;
      for (String f : Values.listOrEmpty(p)) {
        String abs = f.startsWith("/") ? f : java.nio.file.Path.of(dir).resolve(f).normalize().toString();
        String text = files.read(abs).orElseThrow(() -> new ComposeException(Errors.openFailed(abs),
            ComposeException.NOT_FOUND));
        Map<String, Object> other = include(read(abs, text), abs);
        extend(other, abs);
        for (String section : List.of("services", "networks", "volumes", "secrets", "configs")) {
          if (!(other.get(section) instanceof Map)) {
            continue;
          }
          Map<String, Object> mine = out.get(section) instanceof Map
              ? new LinkedHashMap<>((Map<String, Object>) out.get(section)) : new LinkedHashMap<>();
          for (Map.Entry<String, Object> e : ((Map<String, Object>) other.get(section)).entrySet()) {
            if (mine.containsKey(e.getKey())) {
              throw new ComposeException(Errors.importConflict(section + "." + e.getKey()),
                  ComposeException.INVALID);
            }
            mine.put(e.getKey(), e.getValue());
          }
          out.put(section, mine);
        }
      }
    }
    return out;
  }

  /**
   * Resolves {@code extends}: each service starts from the one it names (in this file or in
   * {@code file}), its own keys merged over it (conformance c34).
   */
  @SuppressWarnings("unchecked")
  private void extend(Map<String, Object> top, String path) {
    if (!(top.get("services") instanceof Map)) {
      return;
    }
    Map<String, Object> services = (Map<String, Object>) top.get("services");
    for (String name : new java.util.ArrayList<>(services.keySet())) {
      services.put(name, extended(services, name, path, new java.util.ArrayList<>()));
    }
  }

  @SuppressWarnings("unchecked")
  private Object extended(Map<String, Object> services, String name, String path, List<String> seen) {
    Object body = services.get(name);
    if (!(body instanceof Map) || !((Map<String, Object>) body).containsKey("extends") || seen.contains(name)) {
      return body;
    }
    seen.add(name);
    Map<String, Object> own = new java.util.LinkedHashMap<>((Map<String, Object>) body);
    Object ext = own.remove("extends");
    String base = ext instanceof Map ? Values.text(((Map<String, Object>) ext).get("service")) : Values.text(ext);
    String file = ext instanceof Map ? Values.text(((Map<String, Object>) ext).get("file")) : "";
    Map<String, Object> from = services;
    String fromPath = path;
    if (!file.isEmpty()) {
      String dir = path.substring(0, Math.max(1, path.lastIndexOf('/')));
      fromPath = file.startsWith("/") ? file : java.nio.file.Path.of(dir).resolve(file).normalize().toString();
      String missing = fromPath;
      String text = files.read(fromPath).orElseThrow(() -> new ComposeException(Errors.openFailed(missing),
          ComposeException.NOT_FOUND));
      Object doc = YamlReader.read(text).orElse(Map.of());
      Object other = doc instanceof Map ? ((Map<String, Object>) doc).get("services") : null;
      from = other instanceof Map ? (Map<String, Object>) other : Map.of();
    }
    if (!from.containsKey(base)) {
      throw new ComposeException(Errors.cannotExtend(name, path, base), ComposeException.INVALID);
    }
    Object parent = extended(from, base, fromPath, seen);
    return Merge.maps(parent instanceof Map ? (Map<String, Object>) parent : Map.of(), own, "services." + name);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> read(String path, String text) {
    Object doc = YamlReader.read(text).orElseThrow(() -> new ComposeException(Errors.emptyFile(),
        ComposeException.INVALID));
    if (doc instanceof List) {
      throw new ComposeException(Errors.topLevelNotMapping(), ComposeException.INVALID);
    }
    if (!(doc instanceof Map)) {
      throw new ComposeException(Errors.emptyFile(), ComposeException.INVALID);
    }
    Map<String, Object> top = (Map<String, Object>) doc;
    if (top.containsKey("version")) {
      // Compose v2 ignores the key and says so (docker/compose 2.26, conformance c03).
      warnings.add(Errors.versionObsolete(path));
    }
    Object services = top.get("services");
    if (services != null && services != YamlReader.NULL && !(services instanceof Map)) {
      throw new ComposeException(Errors.servicesNotMapping(), ComposeException.INVALID);
    }
    if (services instanceof Map) {
      ((Map<String, Object>) services).forEach((k, v) -> {
        if (v != YamlReader.NULL && !(v instanceof Map)) {
          throw new ComposeException(Errors.serviceNotMapping(k), ComposeException.INVALID);
        }
      });
    }
    return top;
  }

  @SuppressWarnings("unchecked")
  private Object resolve(Object v, String path, Interpolation interpolation, String key) {
    if (v instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) v).forEach((k, x) -> out.put(k, resolve(x, path.isEmpty() ? k : path + "." + k,
          interpolation, k)));
      return out;
    }
    if (v instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<Object>) v).forEach(x -> out.add(resolve(x, path, interpolation, key)));
      return out;
    }
    if (!(v instanceof String)) {
      return v;
    }
    String s;
    try {
      s = interpolation.apply((String) v);
    } catch (Interpolation.Failure f) {
      throw new ComposeException(f.invalidFormat ? Errors.invalidInterpolation(path, f.getMessage())
          : Errors.interpolating(path, f.getMessage()), ComposeException.INVALID);
    }
    return cast(s, path, key);
  }

  private static Object cast(String s, String path, String key) {
    if (matches(INTS, path)) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        throw new ComposeException(Errors.interpolating(path, Errors.castInt(s)), ComposeException.INVALID);
      }
    }
    if (matches(BOOLS, path)) {
      switch (s.toLowerCase(java.util.Locale.ROOT)) {
        case "true": case "yes": case "y": case "on":
          return true;
        case "false": case "no": case "n": case "off":
          return false;
        default:
          throw new ComposeException(Errors.interpolating(path, Errors.castBool(s)), ComposeException.INVALID);
      }
    }
    return s;
  }

  private static boolean matches(List<String> patterns, String path) {
    // Every scalar of the file comes here (an alias may repeat one list thousands of times):
    // the paths no pattern can match are turned away before any splitting.
    if (!path.startsWith("services.") && !path.startsWith("networks.") && !path.startsWith("volumes.")) {
      return false;
    }
    String[] p = path.split("\\.");
    for (String pattern : patterns) {
      String[] q = pattern.split("\\.");
      boolean same = q.length == p.length;
      for (int i = 0; same && i < q.length; i++) {
        same = q[i].equals("*") || q[i].equals(p[i]);
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private ComposeFile model(Map<String, Object> top, String path, String dir) {
    Map<String, ComposeFile.Resource> networks = resources(top.get("networks"), dir);
    Map<String, ComposeFile.Resource> volumes = resources(top.get("volumes"), dir);
    Map<String, Service> services = new TreeMap<>();
    if (top.get("services") instanceof Map) {
      ServiceReader reader = new ServiceReader(dir, env, files);
      ((Map<String, Object>) top.get("services")).forEach((name, body) -> services.put(name,
          reader.read(name, body instanceof Map ? (Map<String, Object>) body : Map.of())));
    }
    Map<String, String> secrets = new TreeMap<>();
    if (top.get("secrets") instanceof Map) {
      ((Map<String, Object>) top.get("secrets")).forEach((k, v) -> {
        Object file = v instanceof Map ? ((Map<String, Object>) v).get("file") : null;
        String f = Values.text(file);
        secrets.put(k, f.startsWith("/") ? f : java.nio.file.Path.of(dir).resolve(f).normalize().toString());
      });
    }
    References.check(services, networks, volumes);
    for (Service s : services.values()) {
      for (String secret : s.secrets().values()) {
        if (!secrets.containsKey(secret)) {
          throw new ComposeException(Errors.undefinedSecret(s.name(), secret), ComposeException.INVALID);
        }
      }
    }
    return new ComposeFile(top.get("name") instanceof String ? (String) top.get("name") : "", path, services, networks,
        volumes, secrets);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ComposeFile.Resource> resources(Object section, String dir) {
    Map<String, ComposeFile.Resource> out = new TreeMap<>();
    if (section instanceof Map) {
      ((Map<String, Object>) section).forEach((k, v) -> {
        Map<String, Object> m = v instanceof Map ? (Map<String, Object>) v : Map.of();
        Object ext = m.get("external");
        boolean external = Boolean.TRUE.equals(ext) || ext instanceof Map;
        Map<String, String> ipam = new java.util.LinkedHashMap<>();
        if (m.get("ipam") instanceof Map && ((Map<String, Object>) m.get("ipam")).get("config") instanceof List) {
          List<Object> configs = (List<Object>) ((Map<String, Object>) m.get("ipam")).get("config");
          if (!configs.isEmpty() && configs.get(0) instanceof Map) {
            ((Map<String, Object>) configs.get(0)).forEach((ck, cv) -> ipam.put(ck, Values.text(cv)));
          }
        }
        String driver = Values.text(m.get("driver"));
        Map<String, String> opts = new TreeMap<>();
        if (m.get("driver_opts") instanceof Map) {
          ((Map<String, Object>) m.get("driver_opts")).forEach((ok, ov) -> opts.put(ok, Values.text(ov)));
        }
        // compose-go's ResolveRelativePaths: a local volume with o=bind is a bind mount, its device a path
        // from the project's folder (recorded: conformance d19)
        String device = opts.get("device");
        if (driver.equals("local") && "bind".equals(opts.get("o")) && device != null && !device.startsWith("/")) {
          opts.put("device", java.nio.file.Path.of(dir).resolve(device).normalize().toString());
        }
        out.put(k, new ComposeFile.Resource(k, Values.text(m.get("name")), external, driver,
            Values.present(Values.stringMap(m.get("labels"))), ipam, Boolean.TRUE.equals(m.get("internal")), opts));
      });
    }
    return out;
  }
}
