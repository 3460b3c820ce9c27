package dev.kujira.engine.dockercli;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a command's help as the docker CLI's cobra usage template does, with pflag's
 * {@code FlagUsagesWrapped} at 80 columns (what docker prints when not on a terminal).
 */
public final class Usage {
  static final int COLUMNS = 80;

  private Usage() {
  }

  /** Returns the whole help text of {@code spec} (starting with a blank line, as docker's). */
  public static String help(CommandSpec spec) {
    StringBuilder sb = new StringBuilder();
    sb.append("\nUsage:  ").append(spec.commandPath()).append(' ').append(spec.usage()).append("\n\n");
    sb.append(spec.summary()).append('\n');
    if (!spec.aliases().isEmpty()) {
      sb.append("\nAliases:\n  ").append(String.join(", ", spec.aliases())).append('\n');
    }
    if (!spec.examples().isEmpty()) {
      sb.append("\nExamples:\n").append(spec.examples()).append("\n\n");
    }
    String flags = flagUsages(spec.flags());
    if (!flags.isEmpty()) {
      sb.append("\nOptions:\n").append(flags);
    }
    return sb.toString();
  }

  /** Returns the "requires … argument(s)" error with the usage tail cobra's validators print. */
  public static String argumentError(CommandSpec spec, int given) {
    String n = spec.commandPath();
    String why;
    if (spec.maxArgs() == 0) {
      why = "accepts no arguments.";
    } else if (spec.minArgs() == spec.maxArgs()) {
      why = "requires exactly " + plural(spec.minArgs()) + ".";
    } else if (spec.maxArgs() < 0) {
      why = "requires at least " + plural(spec.minArgs()) + ".";
    } else if (spec.minArgs() == 0) {
      why = "requires at most " + plural(spec.maxArgs()) + ".";
    } else {
      why = "requires at least " + spec.minArgs() + " and at most " + plural(spec.maxArgs()) + ".";
    }
    return "\"" + n + "\" " + why + "\nSee '" + n + " --help'.\n\nUsage:  " + n + " " + spec.usage() + "\n\n"
        + shortSummary(spec);
  }

  /**
   * Returns cobra's Short text. Help prints the Long text; where that is several sentences (login,
   * logout) it opens with the Short one plus a period, which usage errors leave off (recorded:
   * "Log out from a registry").
   */
  private static String shortSummary(CommandSpec spec) {
    String first = spec.summary().lines().findFirst().orElse("");
    // docker/cli's Long texts open with the Short one and a period (volume rm's on one line).
    int stop = first.indexOf(". ");
    if (stop > 0) {
      return first.substring(0, stop);
    }
    boolean longText = spec.summary().contains("\n");
    return longText && first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
  }

  private static String plural(int n) {
    return n + (n == 1 ? " argument" : " arguments");
  }

  /** pflag FlagUsagesWrapped: aligned flag names, then the usage wrapped at the column width. */
  static String flagUsages(List<Flag> flags) {
    List<String> lines = new ArrayList<>();
    int maxlen = 0;
    for (Flag f : flags) {
      if (f.hidden()) {
        continue;
      }
      String line = f.shorthand().isEmpty() ? "      --" + f.name() : "  -" + f.shorthand() + ", --" + f.name();
      if (!f.type().isEmpty()) {
        line += " " + f.type();
      }
      line += "\0";
      maxlen = Math.max(maxlen, line.length());
      line += f.usage();
      if (!f.defaultShown().isEmpty()) {
        line += " (default " + f.defaultShown() + ")";
      }
      lines.add(line);
    }
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      int sidx = line.indexOf('\0');
      sb.append(line, 0, sidx).append(' ').append(" ".repeat(maxlen - sidx)).append(' ')
          .append(wrap(maxlen + 2, COLUMNS, line.substring(sidx + 1))).append('\n');
    }
    return sb.toString();
  }

  /** pflag's wrap: the first line unindented, the rest indented by {@code i}, lines up to {@code w}. */
  static String wrap(int i, int w, String s) {
    int width = w - i;
    StringBuilder r = new StringBuilder();
    if (width < 24) {
      i = 16;
      width = w - i;
      r.append('\n').append(" ".repeat(i));
    }
    if (width < 24) {
      return s.replace("\n", r.toString());
    }
    int slop = 5;
    width -= slop;
    String[] split = wrapN(width, slop, s);
    String pad = "\n" + " ".repeat(i);
    r.append(split[0].replace("\n", pad));
    String rest = split[1];
    while (!rest.isEmpty()) {
      split = wrapN(width, slop, rest);
      r.append(pad).append(split[0].replace("\n", pad));
      rest = split[1];
    }
    return r.toString();
  }

  private static String[] wrapN(int i, int slop, String s) {
    if (i + slop > s.length()) {
      return new String[] {s, ""};
    }
    String head = s.substring(0, i);
    int w = Math.max(head.lastIndexOf(' '), Math.max(head.lastIndexOf('\t'), head.lastIndexOf('\n')));
    if (w <= 0) {
      return new String[] {s, ""};
    }
    int nl = head.lastIndexOf('\n');
    if (nl > 0 && nl < w) {
      return new String[] {s.substring(0, nl), s.substring(nl + 1)};
    }
    return new String[] {s.substring(0, w), s.substring(w + 1)};
  }
}
