package dev.kujira.engine.dockercli.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.registry.DockerConfig;
import dev.kujira.engine.fs.FsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client's contexts as docker/cli's store keeps them: {@code contexts/meta/SHA256(NAME)/meta.json}
 * beside config.json, and {@code currentContext} in config.json. The default context is not stored:
 * it is the engine this machine talks to (unix:///var/run/docker.sock).
 */
final class ContextStore {
  static final String DEFAULT = "default";
  static final String SOCKET = "unix:///var/run/docker.sock";
  static final String DEFAULT_DESCRIPTION = "Current DOCKER_HOST based configuration";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One context: its name, description and Docker endpoint. */
  record Context(String name, String description, String host, boolean stored) {
  }

  private ContextStore() {
  }

  static String configDir(CliContext cli) {
    String p = DockerConfig.path(cli);
    return p.substring(0, p.lastIndexOf('/'));
  }

  static String metaDir(CliContext cli, String name) {
    return configDir(cli) + "/contexts/meta/" + sha256(name);
  }

  static String current(CliContext cli) {
    String c = DockerConfig.currentContext(cli);
    return c.isEmpty() ? DEFAULT : c;
  }

  /** Returns every context, sorted by name as {@code context ls} lists them. */
  static List<Context> all(CliContext cli) {
    List<Context> out = new ArrayList<>();
    out.add(new Context(DEFAULT, DEFAULT_DESCRIPTION, SOCKET, false));
    String meta = configDir(cli) + "/contexts/meta";
    if (cli.files() == null) {
      return out;
    }
    try {
      for (String dir : cli.files().list(meta)) {
        Context c = read(cli, meta + "/" + dir + "/meta.json");
        if (c != null) {
          out.add(c);
        }
      }
    } catch (FsException e) {
      // no contexts created yet
    }
    out.sort(java.util.Comparator.comparing(Context::name));
    return out;
  }

  /** Returns the context {@code name}, or fails with docker's "context not found" text. */
  static Context find(CliContext cli, String name) {
    if (name.equals(DEFAULT)) {
      return all(cli).stream().filter(c -> c.name().equals(DEFAULT)).findFirst().orElseThrow();
    }
    String path = metaDir(cli, name) + "/meta.json";
    Context c = read(cli, path);
    if (c == null) {
      throw new CliException("context \"" + name + "\": context not found: open " + path
          + ": no such file or directory", 1);
    }
    return c;
  }

  static boolean exists(CliContext cli, String name) {
    return name.equals(DEFAULT) || read(cli, metaDir(cli, name) + "/meta.json") != null;
  }

  private static Context read(CliContext cli, String path) {
    if (cli.files() == null) {
      return null;
    }
    try {
      JsonNode n = MAPPER.readTree(cli.files().read(path));
      return new Context(n.path("Name").asText(), n.path("Metadata").path("Description").asText(""),
          n.path("Endpoints").path("docker").path("Host").asText(SOCKET), true);
    } catch (FsException | IOException e) {
      return null;
    }
  }

  /** Writes a new context's meta.json as docker/cli's store marshals it (compact JSON). */
  static void write(CliContext cli, Context c) {
    String dir = metaDir(cli, c.name());
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("Name", c.name());
    meta.put("Metadata", c.description().isEmpty() ? Map.of() : Map.of("Description", c.description()));
    meta.put("Endpoints", Map.of("docker", endpoint(c.host())));
    cli.files().mkdir(dir, true);
    try {
      cli.files().write(dir + "/meta.json", MAPPER.writeValueAsBytes(meta), false);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void remove(CliContext cli, String name) {
    cli.files().remove(metaDir(cli, name), true);
  }

  static Map<String, Object> endpoint(String host) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("Host", host);
    e.put("SkipTLSVerify", false);
    return e;
  }

  /** The document {@code docker context inspect} prints (docker/cli command/context/inspect.go). */
  static ApiObject inspect(CliContext cli, Context c) {
    Map<String, Object> storage = new LinkedHashMap<>();
    storage.put("MetadataPath", c.stored() ? metaDir(cli, c.name()) : "<IN MEMORY>");
    storage.put("TLSPath", c.stored() ? configDir(cli) + "/contexts/tls/" + sha256(c.name()) : "<IN MEMORY>");
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Name", c.name());
    f.put("Metadata", c.stored() && !c.description().isEmpty() ? Map.of("Description", c.description()) : Map.of());
    f.put("Endpoints", Map.of("docker", endpoint(c.host())));
    f.put("TLSMaterial", Map.of());
    f.put("Storage", storage);
    return new ApiObject("store.Metadata", f);
  }

  static String sha256(String name) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
