package dev.kujira.engine.dockercli;

import java.util.List;

/**
 * Declares a docker command as cobra would: its path, usage line, description, aliases, flags and
 * argument rule. Help text, usage errors and completion are all generated from it.
 *
 * @param path the words after "docker", e.g. ["container", "run"]
 * @param usage the usage tail after the command path, e.g. "[OPTIONS] IMAGE [COMMAND] [ARG...]"
 * @param summary the description help shows under the usage line
 * @param aliases the full alias lines shown under "Aliases:"
 * @param flags the command's flags, in help order
 * @param minArgs the least number of positional arguments
 * @param maxArgs the most (-1 for unbounded)
 * @param interspersed whether flags may follow positionals (false for run/create/exec: flags stop at the image)
 * @param examples the "Examples:" section text, or ""
 */
public record CommandSpec(List<String> path, String usage, String summary, List<String> aliases, List<Flag> flags,
    int minArgs, int maxArgs, boolean interspersed, String examples) {

  /** Copies the lists. */
  public CommandSpec {
    path = List.copyOf(path);
    aliases = List.copyOf(aliases);
    flags = List.copyOf(flags);
  }

  /** Returns the flag with long name {@code name}; a missing one is a bug in the command. */
  public Flag flag(String name) {
    for (Flag f : flags) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no flag --" + name + " in docker " + String.join(" ", path));
  }

  /** Returns whether the command declares flag {@code name}. */
  public boolean hasFlag(String name) {
    return flags.stream().anyMatch(f -> f.name().equals(name));
  }

  /** Returns "docker " plus the path, e.g. "docker container run". */
  public String commandPath() {
    return "docker " + String.join(" ", path);
  }
}
