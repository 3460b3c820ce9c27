package dev.kujira.engine.dockercli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Declares how every flag of every command in the table is handled, from {@code
 * flag-handling.txt} ("command path | flag | handling", one line per flag): the rule is that no
 * flag is accepted and ignored, because a learner would be told nothing and learn something
 * false. A flag used on the command line whose handling is {@link Handling#NOT_SIMULATED} ends
 * the command with "kujira: --FLAG is not simulated" and exit status 125 (the status docker uses
 * for its own errors) before it runs. A test enumerates the table and fails on any flag without
 * a declaration.
 */
public final class FlagHandling {
  /** How a flag is handled. */
  public enum Handling {
    /** Its effect is visible where Docker shows it (inspect, files, behaviour, errors). */
    IMPLEMENTED,
    /** Docker has no effect a learner could see here; stored and printed exactly as Docker does. */
    STORED,
    /** Refused with Docker's own error, as Docker refuses it on this kind of machine. */
    REFUSED,
    /** Last resort: refused with "kujira: --FLAG is not simulated", exit 125. */
    NOT_SIMULATED
  }

  private static final Map<String, Handling> TABLE = load();

  private FlagHandling() {
  }

  /** Returns the declared handling of {@code flag} of {@code spec}, or null when undeclared. */
  public static Handling of(CommandSpec spec, String flag) {
    Handling h = TABLE.get(String.join(" ", spec.path()) + "|" + flag);
    for (int i = 0; h == null && i < spec.aliases().size(); i++) {
      h = TABLE.get(spec.aliases().get(i).replaceFirst("^docker ", "") + "|" + flag);
    }
    return h;
  }

  /** Ends the command when a flag it was given is not simulated. */
  public static void refuseNotSimulated(CommandSpec spec, Invocation in) {
    for (Flag f : spec.flags()) {
      if (in.changed(f.name()) && of(spec, f.name()) == Handling.NOT_SIMULATED) {
        throw new CliException("kujira: --" + f.name() + " is not simulated", 125);
      }
    }
  }

  private static Map<String, Handling> load() {
    Map<String, Handling> table = new HashMap<>();
    try (InputStream in = FlagHandling.class.getResourceAsStream("flag-handling.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> p = List.of(line.split("\\|"));
        table.put(p.get(0).strip() + "|" + p.get(1).strip(),
            Handling.valueOf(p.get(2).strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }
}
