package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.fs.FsException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The buildx options the client turns into the build's sandbox and exporter: {@code --add-host}
 * (buildx's toBuildkitExtraHosts), {@code --secret} (buildx's parseSecret; the client reads each
 * secret, from a file or its environment) and {@code --output} (buildx's ParseOutputs: a bare
 * path is the local exporter, "-" a tar on stdout).
 */
final class BuildOptions {
  private BuildOptions() {
  }

  /** Returns the --add-host entries as HOST:IP, refusing what buildx refuses ("invalid host X"). */
  static List<String> extraHosts(Invocation in) {
    List<String> out = new ArrayList<>();
    for (String h : in.list("add-host")) {
      // buildx cuts at "=" first, then at ":"; an IP in brackets loses them.
      int cut = h.indexOf('=') >= 0 ? h.indexOf('=') : h.indexOf(':');
      String host = cut < 0 ? "" : h.substring(0, cut);
      String ip = cut < 0 ? "" : h.substring(cut + 1);
      if (ip.length() > 2 && ip.startsWith("[") && ip.endsWith("]")) {
        ip = ip.substring(1, ip.length() - 1);
      }
      if (host.isEmpty() || !ip.equals("host-gateway") && !isIp(ip)) {
        throw new CliException("ERROR: invalid host " + h, 1);
      }
      out.add(host + ":" + (ip.equals("host-gateway") ? "172.17.0.1" : ip));
    }
    return out;
  }

  private static boolean isIp(String s) {
    if (!s.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
      return false;
    }
    try {
      InetAddress.getByName(s);
      return s.contains(":") || s.split("\\.", -1).length == 4;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /** Returns the --secret values by id, read as the client reads them. */
  static Map<String, byte[]> secrets(CliContext cli, Invocation in) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String v : in.list("secret")) {
      String type = "";
      String id = "";
      String src = "";
      String env = "";
      for (String field : v.split(",")) {
        int eq = field.indexOf('=');
        if (eq < 0) {
          throw new CliException("ERROR: invalid field '" + field + "' must be a key=value pair", 1);
        }
        String key = field.substring(0, eq).toLowerCase(java.util.Locale.ROOT);
        String value = field.substring(eq + 1);
        switch (key) {
          case "type" -> {
            if (!value.equals("file") && !value.equals("env")) {
              throw new CliException("ERROR: unsupported secret type \"" + value + "\"", 1);
            }
            type = value;
          }
          case "id" -> id = value;
          case "source", "src" -> src = value;
          case "env" -> env = value;
          default -> throw new CliException("ERROR: unexpected key '" + key + "' in '" + field + "'", 1);
        }
      }
      if (type.equals("env") && env.isEmpty()) {
        env = src;
        src = "";
      }
      if (id.isEmpty()) {
        id = !src.isEmpty() ? src.substring(src.lastIndexOf('/') + 1) : env;
      }
      if (src.isEmpty() && env.isEmpty()) {
        // buildx's secret provider falls back to an environment variable named like the id, then a file.
        env = id;
      }
      if (!env.isEmpty() && src.isEmpty()) {
        String value = cli.env().get(env);
        if (value != null) {
          out.put(id, value.getBytes(StandardCharsets.UTF_8));
        }
        continue;
      }
      try {
        out.put(id, cli.files().read(cli.files().absolute(src)));
      } catch (FsException e) {
        throw new CliException("ERROR: failed to stat " + src + ": stat " + src + ": " + e.error().message().toLowerCase(java.util.Locale.ROOT),
            1);
      }
    }
    return out;
  }

  /** Returns --output's exporter attributes: type and dest (empty: the image store). */
  static Map<String, String> output(CliContext cli, Invocation in) {
    List<String> outputs = in.list("output");
    if (outputs.isEmpty()) {
      return Map.of();
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    String o = outputs.get(0);
    if (!o.contains("=") && !o.contains(",")) {
      // A bare path is type=local,dest=PATH; "-" is a tar stream on stdout.
      attrs.put("type", o.equals("-") ? "tar" : "local");
      attrs.put("dest", o);
    } else {
      for (String field : o.split(",")) {
        int eq = field.indexOf('=');
        attrs.put(eq < 0 ? field : field.substring(0, eq), eq < 0 ? "" : field.substring(eq + 1));
      }
      if (!attrs.containsKey("type")) {
        attrs.put("type", "local");
      }
    }
    String type = attrs.get("type");
    if (type.equals("docker") || type.equals("image") && !"true".equals(attrs.get("push"))) {
      // the docker driver's default: an image in the store
      return Map.of();
    }
    if (!type.equals("local") && !type.equals("tar") || attrs.getOrDefault("dest", "").equals("-")
        || outputs.size() > 1) {
      throw new CliException("kujira: --output is not simulated", 125);
    }
    if (!attrs.containsKey("dest")) {
      throw new CliException("ERROR: dest is required for " + type + " exporter", 1);
    }
    attrs.put("dest", cli.files().absolute(attrs.get("dest")));
    return attrs;
  }
}
