package dev.kujira.engine.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Is a parsed compose file: its services, networks and volumes, with compose's short and long
 * syntaxes normalised (a command string or list, environment as a map or a list, networks as a
 * list or a map with aliases).
 *
 * @param name the top-level {@code name:}, or ""
 * @param services the services, in file order
 * @param networks the declared networks
 * @param volumes the declared named volumes
 */
public record ComposeFile(String name, Map<String, Service> services, List<String> networks, List<String> volumes) {

  /**
   * Is one service.
   *
   * @param name the service name
   * @param image the image
   * @param command the command (null for the image's)
   * @param entrypoint the entrypoint (null for the image's)
   * @param environment KEY=VALUE entries
   * @param ports port specs ("8080:80")
   * @param volumes volume specs ("data:/data", "./x:/x")
   * @param networks network name → aliases (empty: the default network)
   * @param stopGraceSeconds the stop timeout, or null
   * @param restart the restart policy, or ""
   * @param workingDir the working directory, or ""
   * @param containerName {@code container_name}, or ""
   * @param dependsOn the services this one starts after
   * @param labels the labels
   */
  public record Service(String name, String image, List<String> command, List<String> entrypoint,
      List<String> environment, List<String> ports, List<String> volumes, Map<String, List<String>> networks,
      Integer stopGraceSeconds, String restart, String workingDir, String containerName, List<String> dependsOn,
      Map<String, String> labels) {
  }

  /** Is a compose file that does not load, with compose's message. */
  public static final class Invalid extends RuntimeException {
    /** Creates the error. */
    public Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** Parses the YAML text of a compose file. */
  @SuppressWarnings("unchecked")
  public static ComposeFile parse(String yaml) {
    Object doc;
    try {
      doc = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(yaml);
    } catch (YamlEngineException e) {
      throw new Invalid("yaml: " + e.getMessage().lines().findFirst().orElse("invalid"));
    }
    if (!(doc instanceof Map)) {
      throw new Invalid("Top-level object must be a mapping");
    }
    Map<String, Object> top = (Map<String, Object>) doc;
    Map<String, Service> services = new LinkedHashMap<>();
    Object svc = top.get("services");
    if (svc instanceof Map) {
      ((Map<String, Object>) svc).forEach((name, body) -> services.put(name, service(name,
          body instanceof Map ? (Map<String, Object>) body : Map.of())));
    }
    return new ComposeFile(text(top.get("name")), services, keys(top.get("networks")), keys(top.get("volumes")));
  }

  @SuppressWarnings("unchecked")
  private static Service service(String name, Map<String, Object> s) {
    Map<String, List<String>> networks = new LinkedHashMap<>();
    Object n = s.get("networks");
    if (n instanceof List) {
      ((List<Object>) n).forEach(x -> networks.put(String.valueOf(x), List.of()));
    } else if (n instanceof Map) {
      ((Map<String, Object>) n).forEach((k, v) -> {
        List<String> aliases = v instanceof Map ? strings(((Map<String, Object>) v).get("aliases")) : List.of();
        networks.put(k, aliases == null ? List.of() : aliases);
      });
    }
    List<String> env = new ArrayList<>();
    Object e = s.get("environment");
    if (e instanceof Map) {
      ((Map<String, Object>) e).forEach((k, v) -> env.add(k + "=" + (v == null ? "" : text(v))));
    } else if (e instanceof List) {
      ((List<Object>) e).forEach(x -> env.add(String.valueOf(x)));
    }
    Map<String, String> labels = new LinkedHashMap<>();
    Object l = s.get("labels");
    if (l instanceof Map) {
      ((Map<String, Object>) l).forEach((k, v) -> labels.put(k, text(v)));
    }
    return new Service(name, text(s.get("image")), command(s.get("command")), command(s.get("entrypoint")), env,
        orEmpty(strings(s.get("ports"))), orEmpty(strings(s.get("volumes"))), networks,
        duration(s.get("stop_grace_period")), text(s.get("restart")), text(s.get("working_dir")),
        text(s.get("container_name")), dependsOn(s.get("depends_on")), labels);
  }

  @SuppressWarnings("unchecked")
  private static List<String> dependsOn(Object o) {
    if (o instanceof Map) {
      return new ArrayList<>(((Map<String, Object>) o).keySet());
    }
    return orEmpty(strings(o));
  }

  /** A command string is split with shell quoting rules (compose uses shlex). */
  private static List<String> command(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof List) {
      return strings(o);
    }
    return Shlex.split(String.valueOf(o));
  }

  private static Integer duration(Object o) {
    if (o == null) {
      return null;
    }
    String t = String.valueOf(o).trim();
    if (t.endsWith("ms")) {
      return 0;
    }
    if (t.endsWith("m")) {
      return Integer.parseInt(t.substring(0, t.length() - 1)) * 60;
    }
    return (int) Double.parseDouble(t.replace("s", ""));
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof List) {
      List<String> out = new ArrayList<>();
      ((List<Object>) o).forEach(x -> out.add(String.valueOf(x)));
      return out;
    }
    return List.of(String.valueOf(o));
  }

  private static List<String> orEmpty(List<String> l) {
    return l == null ? List.of() : l;
  }

  @SuppressWarnings("unchecked")
  private static List<String> keys(Object o) {
    return o instanceof Map ? new ArrayList<>(((Map<String, Object>) o).keySet()) : List.of();
  }

  private static String text(Object o) {
    return o == null ? "" : String.valueOf(o);
  }
}
