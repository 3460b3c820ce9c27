package dev.kujira.engine.dockercli.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.fs.FsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Is the client's {@code config.json} ({@code $DOCKER_CONFIG/config.json}, else
 * {@code ~/.docker/config.json}) as far as logins go: {@code auths}, server → base64 of
 * "user:password". It is written as docker/cli's configfile writes it: Go's
 * {@code json.MarshalIndent} with tabs, keys in order.
 */
public final class DockerConfig {
  /** The key Docker Hub's credentials are stored under. */
  public static final String HUB = "https://index.docker.io/v1/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DockerConfig() {
  }

  /** Returns the config file's path on the client's machine. */
  public static String path(CliContext cli) {
    String dir = cli.env().get("DOCKER_CONFIG");
    if (dir == null || dir.isEmpty()) {
      dir = cli.env().getOrDefault("HOME", "/root") + "/.docker";
    }
    return dir + "/config.json";
  }

  /** Returns the stored logins: server → "user:password". */
  public static Map<String, String> auths(CliContext cli) {
    Map<String, String> out = new TreeMap<>();
    if (cli.files() == null) {
      return out;
    }
    try {
      JsonNode auths = MAPPER.readTree(cli.files().read(path(cli))).path("auths");
      for (Iterator<Map.Entry<String, JsonNode>> it = auths.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        String auth = e.getValue().path("auth").asText("");
        out.put(e.getKey(), new String(Base64.getDecoder().decode(auth), StandardCharsets.UTF_8));
      }
    } catch (FsException | IOException | IllegalArgumentException e) {
      // no file, or one docker could not read either: no logins
    }
    return out;
  }

  /** Returns the user logged in to {@code server} (a config key), or "". */
  public static String user(CliContext cli, String server) {
    String auth = auths(cli).get(server);
    return auth == null ? "" : auth.substring(0, Math.max(0, auth.indexOf(':')));
  }

  /** Returns config.json's {@code currentContext} ("" when unset: the default context). */
  public static String currentContext(CliContext cli) {
    if (cli.files() == null) {
      return "";
    }
    try {
      return MAPPER.readTree(cli.files().read(path(cli))).path("currentContext").asText("");
    } catch (FsException | IOException e) {
      return "";
    }
  }

  /** Sets {@code currentContext} ("" removes it, as {@code context use default} does), keeping the logins. */
  public static void writeCurrentContext(CliContext cli, String context) {
    write(cli, auths(cli), context);
  }

  /** Writes {@code auths} back. */
  public static void write(CliContext cli, Map<String, String> auths) {
    write(cli, auths, currentContext(cli));
  }

  private static void write(CliContext cli, Map<String, String> auths, String context) {
    StringBuilder sb = new StringBuilder("{\n\t\"auths\": {");
    int i = 0;
    for (Map.Entry<String, String> e : auths.entrySet()) {
      String b64 = Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8));
      sb.append(i++ == 0 ? "\n" : ",\n").append("\t\t\"").append(e.getKey()).append("\": {\n\t\t\t\"auth\": \"")
          .append(b64).append("\"\n\t\t}");
    }
    sb.append(auths.isEmpty() ? "}" : "\n\t}");
    // configfile.ConfigFile marshals currentContext after auths, omitted when empty.
    sb.append(context.isEmpty() ? "\n}" : ",\n\t\"currentContext\": \"" + context + "\"\n}");
    String path = path(cli);
    cli.files().mkdir(path.substring(0, path.lastIndexOf('/')), true);
    cli.files().write(path, sb.toString().getBytes(StandardCharsets.UTF_8), false);
  }

  /** Returns the config key of a server argument: "" and Docker Hub's names are {@link #HUB}. */
  public static String key(String server) {
    String s = server.replaceFirst("^https?://", "").replaceAll("/+$", "");
    if (s.isEmpty() || s.equals("docker.io") || s.equals("index.docker.io") || s.startsWith("index.docker.io/")
        || s.equals("registry-1.docker.io")) {
      return HUB;
    }
    return s;
  }
}
