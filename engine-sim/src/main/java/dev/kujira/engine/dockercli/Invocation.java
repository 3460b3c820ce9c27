package dev.kujira.engine.dockercli;

import java.util.List;
import java.util.Map;

/**
 * Is one parsed command line: the command's spec, the flag values by long name (in the order
 * given, repeated flags kept) and the positional arguments.
 *
 * @param spec the command
 * @param values the raw values of every flag that was set, by long name
 * @param args the positional arguments
 */
public record Invocation(CommandSpec spec, Map<String, List<String>> values, List<String> args) {

  /** Copies the collections. */
  public Invocation {
    values = Map.copyOf(values);
    args = List.copyOf(args);
  }

  /** Returns whether the flag was given on the command line. */
  public boolean changed(String name) {
    return values.containsKey(name);
  }

  /** Returns a bool flag's value (its last occurrence, else its default). */
  public boolean bool(String name) {
    return Boolean.parseBoolean(string(name));
  }

  /** Returns a flag's last value, else its declared default ("" when none). */
  public String string(String name) {
    List<String> v = values.get(name);
    if (v != null && !v.isEmpty()) {
      return v.get(v.size() - 1);
    }
    return spec.flag(name).parseDefault();
  }

  /** Returns every value given for a repeatable flag, in order (empty when none). */
  public List<String> list(String name) {
    spec.flag(name);
    return values.getOrDefault(name, List.of());
  }

  /** Returns an int flag's value. */
  public int integer(String name) {
    // pflag's int is Go's 64-bit int (checked by flags/Validation); kujira's counts and seconds
    // saturate at Java's int, beyond anything a simulated wait or count could reach.
    long v;
    try {
      v = Long.decode(string(name).trim());
    } catch (NumberFormatException e) {
      v = Long.parseLong(string(name).trim());
    }
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
  }
}
