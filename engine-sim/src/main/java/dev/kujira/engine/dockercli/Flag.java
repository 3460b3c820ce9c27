package dev.kujira.engine.dockercli;

import java.util.Set;

/**
 * Declares one flag of a docker command, as pflag knows it.
 *
 * @param name the long name without dashes
 * @param shorthand the one-letter short name, or "" for none
 * @param type the value type word help prints ("string", "list", "int"…), "" for a bool flag
 * @param defaultValue the default as help shows it, unquoted ("" when none)
 * @param usage the help text, without the "(default …)" suffix
 * @param hidden whether help omits it
 */
public record Flag(String name, String shorthand, String type, String defaultValue, String usage, boolean hidden) {
  private static final Set<String> REPEATABLE = Set.of("list", "stringArray", "strings", "map", "filter", "ulimit",
      "mount", "network", "gpu-request", "pool", "ipNetSlice", "command");
  private static final Set<String> QUOTED_DEFAULT = Set.of("string");

  /** Returns whether the flag takes no value. */
  public boolean isBool() {
    return type.isEmpty();
  }

  /** Returns whether every occurrence is kept (lists, arrays, maps, filters). */
  public boolean isRepeatable() {
    return REPEATABLE.contains(type);
  }

  /** Returns the default as help prints it ("(default "info")" quotes strings), or "" when none is shown. */
  public String defaultShown() {
    if (defaultValue.isEmpty()) {
      return "";
    }
    return QUOTED_DEFAULT.contains(type) ? "\"" + defaultValue + "\"" : defaultValue;
  }

  /** Returns the default a parsed invocation uses when the flag is absent. */
  public String parseDefault() {
    if (isBool()) {
      return defaultValue.isEmpty() ? "false" : defaultValue;
    }
    if (isRepeatable() || defaultValue.startsWith("map[") || defaultValue.startsWith("[")) {
      return "";
    }
    return defaultValue;
  }
}
