package dev.kujira.engine.dockercli.flags;

import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Flag;
import dev.kujira.engine.dockercli.Invocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a command's arguments with pflag's rules: {@code --name value}, {@code --name=value},
 * {@code -n value}, {@code -nvalue}, bool clusters {@code -dit}, {@code --} ending flags, and for
 * non-interspersed commands (run, create, exec) flags stop at the first positional argument.
 * Errors carry pflag's own wording.
 */
public final class FlagParser {
  private FlagParser() {
  }

  /**
   * Is the result of parsing: the invocation, or a request for help.
   *
   * @param invocation the parsed command line
   * @param help whether help was asked for
   * @param deprecatedShortHelp whether it was asked with the shorthand {@code -h}, which docker's
   *     root command marks deprecated ("Flag shorthand -h has been deprecated, please use --help")
   */
  public record Parsed(Invocation invocation, boolean help, boolean deprecatedShortHelp) {
    /** A result without the deprecated shorthand. */
    public Parsed(Invocation invocation, boolean help) {
      this(invocation, help, false);
    }
  }

  /** Parses {@code args} for {@code spec}. */
  public static Parsed parse(CommandSpec spec, List<String> args) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<String> positionals = new ArrayList<>();
    boolean help = false;
    boolean shortHelp = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        positionals.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (a.startsWith("--") && a.length() > 2) {
        String name = a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (name.equals("help")) {
          help = true;
          continue;
        }
        if (name.startsWith("-") || name.isEmpty()) {
          throw new UsageError("bad flag syntax: " + a);
        }
        Flag f = find(spec, name);
        if (f == null) {
          throw new UsageError("unknown flag: --" + name);
        }
        if (value == null) {
          if (f.isBool()) {
            value = "true";
          } else if (i + 1 < args.size()) {
            value = args.get(++i);
          } else {
            throw new UsageError("flag needs an argument: --" + name);
          }
        }
        set(values, f, value);
      } else if (a.startsWith("-") && a.length() > 1) {
        i = shorts(spec, args, i, values);
        if (i < 0) {
          help = true;
          shortHelp = true;
          i = -i - 1;
        }
      } else {
        positionals.add(a);
        if (!spec.interspersed()) {
          positionals.addAll(args.subList(i + 1, args.size()));
          break;
        }
      }
    }
    return new Parsed(new Invocation(spec, values, positionals), help, shortHelp);
  }

  /** Parses a shorthand cluster at {@code args[i]}; returns the index of its last argument (negative-1 for help). */
  private static int shorts(CommandSpec spec, List<String> args, int i, Map<String, List<String>> values) {
    String a = args.get(i);
    boolean help = false;
    for (int k = 1; k < a.length(); k++) {
      String c = a.substring(k, k + 1);
      if (c.equals("h") && find(spec, "help") == null && findShort(spec, "h") == null) {
        help = true;
        continue;
      }
      Flag f = findShort(spec, c);
      if (f == null) {
        throw new UsageError("unknown shorthand flag: '" + c + "' in " + a);
      }
      String rest = a.substring(k + 1);
      if (rest.startsWith("=")) {
        set(values, f, rest.substring(1));
        break;
      }
      if (f.isBool()) {
        set(values, f, "true");
        continue;
      }
      if (!rest.isEmpty()) {
        set(values, f, rest);
      } else if (i + 1 < args.size()) {
        set(values, f, args.get(++i));
      } else {
        throw new UsageError("flag needs an argument: '" + c + "' in " + a);
      }
      break;
    }
    return help ? -i - 1 : i;
  }

  private static void set(Map<String, List<String>> values, Flag f, String value) {
    Validation.check(f, value);
    List<String> list = values.computeIfAbsent(f.name(), k -> new ArrayList<>());
    if (f.type().equals("strings")) {
      for (String part : value.split(",")) {
        list.add(part);
      }
    } else {
      list.add(value);
    }
  }

  private static Flag find(CommandSpec spec, String name) {
    for (Flag f : spec.flags()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    // docker/cli's container options register hidden, deprecated spellings that share the value of
    // the documented flag: --net for --network and --net-alias for --network-alias (opts.go).
    if ((name.equals("net") || name.equals("net-alias")) && findExact(spec, "network-alias") != null) {
      return findExact(spec, name.equals("net") ? "network" : "network-alias");
    }
    return null;
  }

  private static Flag findExact(CommandSpec spec, String name) {
    for (Flag f : spec.flags()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  private static Flag findShort(CommandSpec spec, String c) {
    for (Flag f : spec.flags()) {
      if (f.shorthand().equals(c)) {
        return f;
      }
    }
    return null;
  }
}
