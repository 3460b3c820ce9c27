package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ContainerCreateRequest;
import dev.kujira.engine.api.ContainerCreateRequest.HostPort;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.Invocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns the flags shared by {@code docker run} and {@code docker create} into the daemon's create
 * request, with the client-side checks docker/cli makes in {@code opts.go} and {@code parse.go}.
 */
final class ContainerOptions {
  private ContainerOptions() {
  }

  /**
   * Builds the request; {@code cwd} resolves relative bind sources, as the CLI does since 23.0;
   * {@code errorPrefix} is "docker: " for run (whose errors carry it) and "" for create.
   */
  static ContainerCreateRequest parse(CliContext cli, Invocation in, String errorPrefix, String usageTail) {
    String cwd = cli.cwd();
    List<String> args = in.args();
    String image = args.get(0);
    List<String> cmd = args.size() > 1 ? List.copyOf(args.subList(1, args.size())) : null;
    List<String> entrypoint = in.changed("entrypoint") ? List.of(in.string("entrypoint")) : null;
    Map<String, String> labels = new LinkedHashMap<>();
    for (String l : KeyValueFiles.labels(cli, in.list("label-file"), in.list("label"), errorPrefix, usageTail)) {
      int eq = l.indexOf('=');
      labels.put(eq < 0 ? l : l.substring(0, eq), eq < 0 ? "" : l.substring(eq + 1));
    }
    LinkedHashSet<String> exposed = new LinkedHashSet<>();
    for (String e : in.list("expose")) {
      exposed.add(e.contains("/") ? e : e + "/tcp");
    }
    Map<String, List<HostPort>> bindings = new LinkedHashMap<>();
    for (String p : in.list("publish")) {
      parsePort(p, bindings, exposed, errorPrefix, usageTail);
    }
    List<String> binds = new ArrayList<>();
    List<String> anonymous = new ArrayList<>();
    for (String v : in.list("volume")) {
      // docker/cli volumesplit.go: a leading "X:" is a Windows drive letter, not a separator,
      // so "-v a:b" is one anonymous volume at "a:b".
      String[] parts = v.matches("^[a-zA-Z]:.*") ? new String[] {v} : v.split(":");
      if (parts.length > 1 && java.util.Arrays.asList(v.split(":", -1)).contains("")) {
        throw new CliException(errorPrefix + "invalid spec: " + v + ": empty section between colons.\n" + usageTail, 125);
      }
      if (parts.length == 1) {
        anonymous.add(v);
      } else {
        String src = parts[0];
        if (src.startsWith(".") || src.equals("~")) {
          src = java.nio.file.Path.of(cwd).resolve(src).normalize().toString();
        }
        parts[0] = src;
        binds.add(String.join(":", parts));
      }
    }
    List<Map<String, String>> mounts = new ArrayList<>();
    for (String m : in.list("mount")) {
      Map<String, String> kv = new LinkedHashMap<>();
      for (String field : m.split(",")) {
        int eq = field.indexOf('=');
        String key = eq < 0 ? field : field.substring(0, eq);
        // volume-opt repeats (docker/cli MountOpt: one driver option each): kept one a line.
        kv.merge(key, eq < 0 ? "true" : field.substring(eq + 1), (a, b) -> key.equals("volume-opt") ? a + "\n" + b : b);
      }
      mounts.add(kv);
    }
    String restart = in.string("restart");
    int restartMax = 0;
    String policy = restart;
    int colon = restart.indexOf(':');
    if (colon >= 0) {
      policy = restart.substring(0, colon);
      try {
        restartMax = Integer.parseInt(restart.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new CliException(errorPrefix + "invalid restart policy format: maximum retry count must be an integer.\n"
            + usageTail, 125);
      }
    }
    boolean rm = in.spec().flags().stream().anyMatch(f -> f.name().equals("rm")) && in.bool("rm");
    if (rm && !policy.isEmpty() && !policy.equals("no")) {
      throw new CliException(errorPrefix + "Conflicting options: --restart and --rm.\n" + usageTail, 125);
    }
    Integer stopTimeout = in.changed("stop-timeout") ? in.integer("stop-timeout") : null;
    CreateFlags.loggingOpts(in, usageTail);
    Map<String, Object> settings = new LinkedHashMap<>(Settings.of(in));
    boolean detach = in.spec().hasFlag("detach") && in.bool("detach");
    CreateFlags.put(CreateFlags.streams(in, detach, errorPrefix, usageTail), in.bool("interactive"), settings);
    String cidfile = CreateFlags.cidfile(cli, in, errorPrefix, usageTail);
    if (!cidfile.isEmpty()) {
      settings.put("HostConfig.ContainerIDFile", cidfile);
    }
    return new ContainerCreateRequest(in.string("name"), image, cmd, entrypoint, KeyValueFiles.env(cli, in.list("env-file"), in.list("env"), errorPrefix, usageTail), labels, in.string("workdir"),
        in.string("user"), in.string("hostname"), in.bool("tty"), in.bool("interactive"), List.copyOf(exposed), bindings,
        in.bool("publish-all"), binds, anonymous, mounts, policy.equals("no") ? "" : policy, restartMax, rm,
        in.string("network"), in.string("stop-signal"), stopTimeout, in.list("network-alias"),
        tmpfsOf(in), in.list("volumes-from"), in.bool("read-only"), in.list("link"), in.string("ip"), health(in),
        Limits.of(in), settings);
  }

  /** {@code --health-*} and {@code --no-healthcheck}: the container's check, or null for the image's. */
  private static dev.kujira.engine.api.HealthConfig health(Invocation in) {
    if (!in.spec().hasFlag("health-cmd")) {
      return null;
    }
    if (in.bool("no-healthcheck")) {
      return new dev.kujira.engine.api.HealthConfig(List.of("NONE"), 0, 0, 0, 0);
    }
    if (!in.changed("health-cmd")) {
      return null;
    }
    return new dev.kujira.engine.api.HealthConfig(List.of("CMD-SHELL", in.string("health-cmd")),
        dev.kujira.engine.format.Units.goDurationMillis(in.string("health-interval")),
        dev.kujira.engine.format.Units.goDurationMillis(in.string("health-timeout")),
        dev.kujira.engine.format.Units.goDurationMillis(in.string("health-start-period")),
        in.changed("health-retries") ? in.integer("health-retries") : 0);
  }

  /** {@code --tmpfs /path[:options]}: docker/cli opts.go splits at the first colon. */
  private static Map<String, String> tmpfsOf(Invocation in) {
    Map<String, String> tmpfs = new LinkedHashMap<>();
    for (String t : in.list("tmpfs")) {
      int colon = t.indexOf(':');
      tmpfs.put(colon < 0 ? t : t.substring(0, colon), colon < 0 ? "" : t.substring(colon + 1));
    }
    return tmpfs;
  }

  /** Parses {@code [ip:][hostPort:]containerPort[/proto]} (docker/go-connections nat.ParsePortSpec). */
  private static void parsePort(String spec, Map<String, List<HostPort>> bindings, LinkedHashSet<String> exposed,
      String errorPrefix, String usageTail) {
    String proto = "tcp";
    String rest = spec;
    int slash = rest.lastIndexOf('/');
    if (slash >= 0) {
      proto = rest.substring(slash + 1);
      rest = rest.substring(0, slash);
    }
    String ip = "";
    String hostPort = "";
    String containerPort;
    int last = rest.lastIndexOf(':');
    if (last < 0) {
      containerPort = rest;
    } else {
      containerPort = rest.substring(last + 1);
      String left = rest.substring(0, last);
      int first = left.lastIndexOf(':');
      if (first < 0) {
        hostPort = left;
      } else {
        ip = left.substring(0, first);
        hostPort = left.substring(first + 1);
      }
    }
    if (!containerPort.matches("\\d+(-\\d+)?")) {
      throw new CliException(errorPrefix + "Invalid containerPort: " + containerPort + ".\n" + usageTail, 125);
    }
    if (!hostPort.isEmpty() && (!hostPort.matches("\\d+(-\\d+)?") || outOfRange(hostPort))) {
      throw new CliException(errorPrefix + "Invalid hostPort: " + hostPort + ".\n" + usageTail, 125);
    }
    if (outOfRange(containerPort)) {
      throw new CliException(errorPrefix + "Invalid containerPort: " + containerPort + ".\n" + usageTail, 125);
    }
    if (!List.of("tcp", "udp", "sctp").contains(proto)) {
      throw new CliException(errorPrefix + "Invalid proto: " + proto + ".\n" + usageTail, 125);
    }
    // A range maps port by port (go-connections nat.ParsePortSpec): 8000-8002:90-92 is three bindings.
    int[] cr = range(containerPort);
    int[] hr = hostPort.isEmpty() ? null : range(hostPort);
    boolean expand = cr[1] > cr[0] && (hr == null || hr[1] - hr[0] == cr[1] - cr[0]);
    if (!expand) {
      String key = containerPort + "/" + proto;
      exposed.add(key);
      bindings.computeIfAbsent(key, k -> new ArrayList<>()).add(new HostPort(ip, hostPort));
      return;
    }
    for (int p = cr[0]; p <= cr[1]; p++) {
      String key = p + "/" + proto;
      exposed.add(key);
      bindings.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new HostPort(ip, hr == null ? "" : String.valueOf(hr[0] + p - cr[0])));
    }
  }

  private static int[] range(String ports) {
    String[] p = ports.split("-");
    int first = Integer.parseInt(p[0]);
    return new int[] {first, p.length > 1 ? Integer.parseInt(p[1]) : first};
  }

  private static boolean outOfRange(String ports) {
    for (String part : ports.split("-")) {
      if (part.length() > 5 || Integer.parseInt(part) > 65535) {
        return true;
      }
    }
    return false;
  }
}
