package dev.kujira.engine.dockercli.flags;

import dev.kujira.engine.dockercli.Flag;
import java.util.List;

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
    switch (f.name()) {
      case "add-host" -> {
        // docker/cli opts.ValidateExtraHost: "name:ip" or "name=ip", ip may be host-gateway. buildx's
        // --add-host is a plain string list it checks itself when the build starts (BuildOptions).
        if (!f.type().equals("list")) {
          break;
        }
        int eq = value.indexOf('=');
        int sep = eq >= 0 ? eq : value.indexOf(':');
        if (sep <= 0) {
          throw invalid(f, value, "bad format for add-host: \"" + value + "\"");
        }
        String ip = value.substring(sep + 1);
        if (!ip.equals("host-gateway") && !isIp(ip.replaceAll("^\\[(.*)]$", "$1"))) {
          throw invalid(f, value, "invalid IP address in add-host: \"" + ip + "\"");
        }
      }
      case "mount" -> {
        // docker/cli opts.MountOpt.Set: every field is key=value but for the boolean keys.
        for (String field : value.split(",", -1)) {
          if (!field.contains("=") && !List.of("readonly", "ro", "volume-nocopy", "bind-nonrecursive").contains(
              field.toLowerCase(java.util.Locale.ROOT))) {
            throw invalid(f, value, "invalid field '" + field + "' must be a key=value pair");
          }
        }
      }
      case "sysctl" -> {
        // docker/cli opts.ValidateSysctl: only namespaced sysctls a container may set.
        String key = value.contains("=") ? value.substring(0, value.indexOf('=')) : "";
        boolean ok = key.startsWith("net.") || key.startsWith("fs.mqueue.") || List.of("kernel.msgmax", "kernel.msgmnb",
            "kernel.msgmni", "kernel.sem", "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced")
            .contains(key);
        if (!ok) {
          throw invalid(f, value, "sysctl '" + value + "' is not allowed");
        }
      }
      case "ulimit" -> ulimit(f, value);
      case "dns" -> {
        if (!isIp(value)) {
          throw invalid(f, value, "IP address is not correctly formatted: " + value);
        }
      }
      default -> {
      }
    }
  }

  private static final List<String> ULIMITS = List.of("core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue",
      "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack");

  /** go-units ParseUlimit: name=soft[:hard], a known name, int64 limits, soft at most hard. */
  private static void ulimit(Flag f, String value) {
    int eq = value.indexOf('=');
    if (eq < 0) {
      throw invalid(f, value, "invalid ulimit argument: " + value);
    }
    String name = value.substring(0, eq);
    if (!ULIMITS.contains(name)) {
      throw invalid(f, value, "invalid ulimit type: " + name);
    }
    String[] limits = value.substring(eq + 1).split(":", -1);
    if (limits.length > 2) {
      throw invalid(f, value, "too many limit value arguments - " + value.substring(eq + 1)
          + ", can only have up to two, `soft[:hard]`");
    }
    long[] parsed = new long[limits.length];
    // The hard limit is parsed first (go-units' switch falls through from two values to one).
    for (int i = limits.length - 1; i >= 0; i--) {
      try {
        parsed[i] = Long.parseLong(limits[i]);
      } catch (NumberFormatException e) {
        throw invalid(f, value, "strconv.ParseInt: parsing \"" + limits[i] + "\": " + rangeOrSyntax(limits[i]));
      }
    }
    long hard = parsed[parsed.length - 1];
    if (hard != -1 && parsed[0] > hard) {
      throw invalid(f, value, "ulimit soft limit must be less than or equal to hard limit: " + parsed[0] + " > " + hard);
    }
  }

  /** Go's net.ParseIP, closely enough: dotted IPv4 or an IPv6 text. */
  static boolean isIp(String s) {
    if (s.matches("(\\d{1,3})(\\.\\d{1,3}){3}")) {
      for (String p : s.split("\\.")) {
        if (Integer.parseInt(p) > 255) {
          return false;
        }
      }
      return true;
    }
    return s.contains(":") && s.matches("[0-9a-fA-F:.]+") && !s.contains(":::");
  }

  private static String rangeOrSyntax(String value) {
    return value.matches("[+-]?\\d+") ? "value out of range" : "invalid syntax";
  }

  private static UsageError invalid(Flag f, String value, String why) {
    String name = f.shorthand().isEmpty() ? "--" + f.name() : "-" + f.shorthand() + ", --" + f.name();
    return new UsageError("invalid argument \"" + value + "\" for \"" + name + "\" flag: " + why);
  }
}
