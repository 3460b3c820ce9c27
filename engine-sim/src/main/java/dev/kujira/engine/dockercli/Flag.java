package dev.kujira.engine.dockercli;

/**
 * Declares one flag of a docker command, with pflag's value kinds.
 *
 * @param name the long name without dashes
 * @param shorthand the one-letter short name, or "" for none
 * @param kind the value kind (decides parsing and the type word in help)
 * @param defaultValue the default as pflag prints it ("" when none)
 * @param usage the help text
 * @param hidden whether help omits it
 */
public record Flag(String name, String shorthand, Kind kind, String defaultValue, String usage, boolean hidden) {

  /** Names pflag's value kinds used by docker; {@code typeWord} is what help prints after the name. */
  public enum Kind {
    BOOL(""), STRING("string"), INT("int"), UINT("uint"), INT64("int"), LIST("list"),
    STRING_ARRAY("stringArray"), STRING_SLICE("strings"), DURATION("duration"), BYTES("bytes"),
    MAP("map"), FILTER("filter"), ULIMIT("ulimit"), MOUNT("mount"), PORT("list"), NETWORK("network"),
    GPU("gpu-request"), DECIMAL("decimal"), MEMORY("bytes"), SECONDS("int"), COMMAND("command"),
    PLATFORM("string"), ENV("list");

    private final String typeWord;

    Kind(String typeWord) {
      this.typeWord = typeWord;
    }

    /** Returns the word help prints after the flag name (e.g. "string", "list"). */
    public String typeWord() {
      return typeWord;
    }
  }

  /** Returns whether the flag takes no value. */
  public boolean isBool() {
    return kind == Kind.BOOL;
  }

  /** Returns whether every occurrence is kept (lists, arrays, maps). */
  public boolean isRepeatable() {
    return switch (kind) {
      case LIST, STRING_ARRAY, STRING_SLICE, MAP, FILTER, ULIMIT, MOUNT, PORT, NETWORK, ENV -> true;
      default -> false;
    };
  }
}
