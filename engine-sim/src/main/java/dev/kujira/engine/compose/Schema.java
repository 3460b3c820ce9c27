package dev.kujira.engine.compose;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a compose file's values against the compose specification's JSON schema, the part kujira
 * knows: the properties each object allows and the types each takes. A type error names the
 * schema's first alternative ("services.web.command must be a null", as compose 2.26 prints for
 * {@code command: 1}; conformance c02), an unknown property is "Additional property x is not
 * allowed". Keys starting with {@code x-} are extensions and always allowed.
 */
final class Schema {
  private static final String ANY = "any";
  private static final Map<String, String> TOP = Map.of("version", "string|number", "name", "string", "include",
      "list", "services", "mapping", "networks", "mapping", "volumes", "mapping", "secrets", "mapping", "configs",
      "mapping");
  private static final Map<String, String> SERVICE = new HashMap<>();
  private static final Map<String, String> BUILD = new HashMap<>();
  /** compose-spec's deploy object; replicas is ["integer", "string"] there, so its error says "a integer". */
  private static final Map<String, String> DEPLOY = new HashMap<>(Map.of("replicas", "integer|string", "mode", "string",
      "endpoint_mode", "string", "labels", "mapping|list", "update_config", "mapping", "rollback_config", "mapping",
      "restart_policy", "mapping", "placement", "mapping", "resources", "mapping"));
  private static final Map<String, String> HEALTHCHECK = Map.of("disable", "boolean|string", "interval", "string",
      "retries", "number|string", "test", "string|list", "timeout", "string", "start_period", "string",
      "start_interval", "string");
  private static final Map<String, String> DEPENDENCY = Map.of("condition", "enum", "required", "boolean|string",
      "restart", "boolean|string");
  private static final Map<String, String> PORT = Map.of("mode", "string", "host_ip", "string", "target",
      "number|string", "published", "string|number", "protocol", "string", "app_protocol", "string", "name", "string");
  private static final Map<String, String> MOUNT = Map.of("type", "string", "source", "string", "target", "string",
      "read_only", "boolean|string", "consistency", "string", "bind", "mapping", "volume", "mapping", "tmpfs",
      "mapping");
  private static final Map<String, String> NETWORK = Map.of("name", "string", "driver", "string", "driver_opts",
      "mapping", "ipam", "mapping", "external", "boolean|string|mapping", "internal", "boolean|string",
      "enable_ipv6", "boolean|string", "attachable", "boolean|string", "labels", "mapping|list");
  private static final Map<String, String> VOLUME = Map.of("name", "string", "driver", "string", "driver_opts",
      "mapping", "external", "boolean|string|mapping", "labels", "mapping|list");
  private static final List<String> CONDITIONS = List.of("service_started", "service_healthy",
      "service_completed_successfully");

  static {
    for (String k : List.of("image", "restart", "working_dir", "user", "hostname", "container_name", "domainname",
        "platform", "pull_policy", "stop_signal", "stop_grace_period", "network_mode", "ipc", "pid", "cgroup_parent",
        "isolation", "runtime", "userns_mode", "uts", "mac_address", "volume_driver", "cgroup")) {
      SERVICE.put(k, "string");
    }
    for (String k : List.of("ports", "expose", "volumes", "profiles", "cap_add", "cap_drop", "links", "external_links",
        "volumes_from", "security_opt", "secrets", "configs", "devices", "group_add", "dns_search")) {
      SERVICE.put(k, "list");
    }
    for (String k : List.of("tty", "stdin_open", "init", "privileged", "read_only", "oom_kill_disable")) {
      SERVICE.put(k, "boolean|string");
    }
    for (String k : List.of("scale", "mem_limit", "memswap_limit", "mem_reservation", "cpus", "cpu_shares", "shm_size",
        "cpu_count", "pids_limit", "oom_score_adj")) {
      SERVICE.put(k, "number|string");
    }
    for (String k : List.of("command", "entrypoint")) {
      SERVICE.put(k, "null|string|list");
    }
    SERVICE.put("build", "string|mapping");
    SERVICE.put("environment", "mapping|list");
    SERVICE.put("labels", "mapping|list");
    SERVICE.put("annotations", "mapping|list");
    SERVICE.put("sysctls", "mapping|list");
    SERVICE.put("extra_hosts", "list|mapping");
    SERVICE.put("env_file", "string|list");
    // env_file items may be maps (path, required) since compose 2.24
    SERVICE.put("dns", "string|list");
    SERVICE.put("tmpfs", "string|list");
    SERVICE.put("networks", "list|mapping");
    SERVICE.put("depends_on", "list|mapping");
    SERVICE.put("healthcheck", "mapping");
    SERVICE.put("logging", "mapping");
    SERVICE.put("ulimits", "mapping");
    SERVICE.put("deploy", "null|mapping");
    for (String k : List.of("develop", "extends", "attach", "blkio_config", "credential_spec", "gpus", "storage_opt",
        "cpu_period", "cpu_quota", "cpu_rt_runtime", "cpu_rt_period", "cpuset", "device_cgroup_rules", "post_start",
        "pre_stop", "label_file")) {
      SERVICE.put(k, ANY);
    }
    for (String k : List.of("context", "dockerfile", "dockerfile_inline", "network", "target", "shm_size",
        "isolation")) {
      BUILD.put(k, "string");
    }
    for (String k : List.of("args", "labels", "additional_contexts", "extra_hosts")) {
      BUILD.put(k, "mapping|list");
    }
    for (String k : List.of("ssh", "cache_from", "cache_to", "secrets", "tags", "platforms", "ulimits")) {
      BUILD.put(k, ANY);
    }
    BUILD.put("no_cache", "boolean|string");
    BUILD.put("pull", "boolean|string");
    BUILD.put("privileged", "boolean|string");
  }

  private final String file;

  Schema(String file) {
    this.file = file;
  }

  @SuppressWarnings("unchecked")
  void validate(Map<String, Object> top) {
    properties("(root)", top, TOP);
    each(top.get("networks"), "networks", NETWORK);
    each(top.get("volumes"), "volumes", VOLUME);
    if (!(top.get("services") instanceof Map)) {
      return;
    }
    ((Map<String, Object>) top.get("services")).forEach((name, body) -> {
      String path = "services." + name;
      if (!(body instanceof Map)) {
        throw fail(path, Errors.mustBe("mapping"));
      }
      Map<String, Object> s = (Map<String, Object>) body;
      properties(path, s, SERVICE);
      if (s.get("environment") instanceof Map) {
        ((Map<String, Object>) s.get("environment")).forEach((k, v) -> {
          if (v instanceof Map || v instanceof List) {
            throw fail(path + ".environment." + k, "must be a string, number, boolean or null");
          }
        });
      }
      if (s.get("build") instanceof Map) {
        properties(path + ".build", (Map<String, Object>) s.get("build"), BUILD);
      }
      if (s.get("deploy") instanceof Map) {
        properties(path + ".deploy", (Map<String, Object>) s.get("deploy"), DEPLOY);
      }
      if (s.get("healthcheck") instanceof Map) {
        properties(path + ".healthcheck", (Map<String, Object>) s.get("healthcheck"), HEALTHCHECK);
      }
      if (s.get("depends_on") instanceof Map) {
        each(s.get("depends_on"), path + ".depends_on", DEPENDENCY);
      }
      items(s.get("ports"), path + ".ports", PORT);
      items(s.get("volumes"), path + ".volumes", MOUNT);
    });
  }

  @SuppressWarnings("unchecked")
  private void each(Object section, String path, Map<String, String> schema) {
    if (section instanceof Map) {
      ((Map<String, Object>) section).forEach((k, v) -> {
        if (v instanceof Map) {
          properties(path + "." + k, (Map<String, Object>) v, schema);
        }
      });
    }
  }

  @SuppressWarnings("unchecked")
  private void items(Object list, String path, Map<String, String> schema) {
    if (list instanceof List) {
      List<Object> l = (List<Object>) list;
      for (int i = 0; i < l.size(); i++) {
        if (l.get(i) instanceof Map) {
          properties(path + "." + i, (Map<String, Object>) l.get(i), schema);
        }
      }
    }
  }

  private void properties(String path, Map<String, Object> object, Map<String, String> schema) {
    for (Map.Entry<String, Object> e : object.entrySet()) {
      String key = e.getKey();
      if (key.startsWith("x-")) {
        continue;
      }
      String types = schema.get(key);
      if (types == null) {
        throw fail(path, Errors.additionalProperty(key));
      }
      String child = path.equals("(root)") ? key : path + "." + key;
      if (types.equals("enum")) {
        if (!CONDITIONS.contains(String.valueOf(e.getValue()))) {
          throw fail(child, child + " must be one of the following: \"service_started\", \"service_healthy\", "
              + "\"service_completed_successfully\"");
        }
      } else if (!types.equals(ANY) && !Set.of(types.split("\\|")).contains(typeOf(e.getValue()))
          && !(types.startsWith("integer") && e.getValue() instanceof Number)) {
        throw fail(child, Errors.mustBe(types.split("\\|")[0]));
      }
    }
  }

  static String typeOf(Object v) {
    if (v == YamlReader.NULL) {
      return "null";
    }
    if (v instanceof Map) {
      return "mapping";
    }
    if (v instanceof List) {
      return "list";
    }
    if (v instanceof Boolean) {
      return "boolean";
    }
    if (v instanceof Number) {
      return "number";
    }
    return "string";
  }

  private ComposeException fail(String path, String problem) {
    return new ComposeException(Errors.validating(file, path, problem), ComposeException.INVALID);
  }
}
