package dev.kujira.engine.dockercli.flags;

import dev.kujira.engine.dockercli.Flag;

/** Checks typed flag values as pflag's Set methods do, with strconv's error texts. */
final class Validation {
  private Validation() {
  }

  static void check(Flag f, String value) {
    switch (f.type()) {
      case "":
        if (!value.matches("1|0|t|f|T|F|true|false|TRUE|FALSE|True|False")) {
          throw invalid(f, value, "strconv.ParseBool: parsing \"" + value + "\": invalid syntax");
        }
        break;
      case "int":
      case "int64":
        try {
          Long.parseLong(value);
        } catch (NumberFormatException e) {
          throw invalid(f, value, "strconv.ParseInt: parsing \"" + value + "\": " + rangeOrSyntax(value));
        }
        break;
      case "uint":
      case "uint16":
      case "uint64":
        if (!value.matches("\\d+")) {
          throw invalid(f, value, "strconv.ParseUint: parsing \"" + value + "\": invalid syntax");
        }
        break;
      case "bytes":
        // docker's opts.MemBytes: go-units RAMInBytes ("-1" is allowed where unlimited swap is).
        if (!value.equals("-1") && !value.matches("(?i)\\d+(\\.\\d+)? ?[kmgtp]?i?b?")) {
          throw invalid(f, value, "invalid size: '" + value + "'");
        }
        break;
      case "decimal":
        if (!value.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
          throw invalid(f, value, "failed to parse " + value + " as a rational number");
        }
        break;
      case "duration":
        if (!value.matches("(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h))+|0")) {
          throw invalid(f, value, "time: invalid duration \"" + value + "\"");
        }
        break;
      default:
    }
  }

  private static String rangeOrSyntax(String value) {
    return value.matches("[+-]?\\d+") ? "value out of range" : "invalid syntax";
  }

  private static UsageError invalid(Flag f, String value, String why) {
    String name = f.shorthand().isEmpty() ? "--" + f.name() : "-" + f.shorthand() + ", --" + f.name();
    return new UsageError("invalid argument \"" + value + "\" for \"" + name + "\" flag: " + why);
  }
}
