package dev.kujira.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a mirrored line as the real docker CLI would get it: an argument list split as a shell
 * splits plain words and quotes, never run through a shell; a line with any other shell syntax
 * (;, |, &, $, backquotes, redirections, globs, ~, comments, braces) is not mirrored at all. Then
 * finds, as docker's flag parser (pflag) reads flags, what could harm the real machine: a bind
 * mount, file or build context outside the mirror's folder, {@code --privileged}, the host's
 * pid/ipc/uts/user namespaces, added capabilities, devices, relaxed security options.
 */
final class MirrorLine {
  /** Short flags of docker's commands that take a value (run/create: -a -c -e -h -l -m -p -u -v -w; others: -f -o -i). */
  private static final String SHORT_VALUED = "acehlmpuvwfoi";
  private static final Set<String> PATH_FLAGS = Set.of("--volume", "--mount", "--output", "--input", "--file",
      "--env-file", "--label-file", "--cidfile", "--project-directory", "--config", "--iidfile", "--metadata-file");
  private static final Set<String> HOST_NAMESPACES = Set.of("--pid", "--ipc", "--uts", "--userns", "--cgroupns");

  private MirrorLine() {
  }

  /** Returns the words of {@code line}, or null when it holds shell syntax beyond words and quotes. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        if (w != null) {
          out.add(w.toString());
          w = null;
        }
        continue;
      }
      if (w == null) {
        if (c == '~' || c == '#') {
          return null;
        }
        w = new StringBuilder();
      }
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          return null;
        }
        w.append(line, i + 1, end);
        i = end;
      } else if (c == '"') {
        int end = i + 1;
        while (end < line.length() && line.charAt(end) != '"') {
          char d = line.charAt(end);
          if (d == '$' || d == '`' || d == '\\' || d == '!') {
            return null;
          }
          end++;
        }
        if (end >= line.length()) {
          return null;
        }
        w.append(line, i + 1, end);
        i = end;
      } else if (";&|<>()$`\\*?[]{}!\n\r".indexOf(c) >= 0) {
        return null;
      } else {
        w.append(c);
      }
    }
    if (w != null) {
      out.add(w.toString());
    }
    return out;
  }

  /** Returns why {@code args} could harm the real machine (with {@code work} as the folder it runs in), or null. */
  static String danger(List<String> args, Path work) {
    String command = args.stream().skip(1).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    boolean positionalPaths = command.equals("cp") || command.equals("build") || command.equals("buildx");
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        break;
      }
      String flag;
      String value;
      if (a.startsWith("--")) {
        int eq = a.indexOf('=');
        flag = eq < 0 ? a : a.substring(0, eq);
        value = eq >= 0 ? a.substring(eq + 1) : i + 1 < args.size() ? args.get(i + 1) : "";
        if (flag.equals("--privileged") || flag.equals("--cap-add") || flag.equals("--device")
            || flag.equals("--security-opt") || flag.equals("--device-cgroup-rule")) {
          return flag + " gives the container power over the real machine";
        }
        if (HOST_NAMESPACES.contains(flag) && value.equals("host")) {
          return flag + " host shares the real machine's namespace";
        }
        if (PATH_FLAGS.contains(flag) && outside(flag, value, work)) {
          return flag + " " + value + " reaches outside the mirror's folder " + work;
        }
        continue;
      }
      if (a.startsWith("-") && a.length() > 1) {
        // pflag's shorthand: booleans may be combined (-dv); the first valued one takes the rest of
        // the word (-v/:/host, -v=/:/host) or the next word.
        for (int k = 1; k < a.length(); k++) {
          char s = a.charAt(k);
          if (SHORT_VALUED.indexOf(s) >= 0) {
            String rest = a.substring(k + 1);
            value = rest.isEmpty() ? (i + 1 < args.size() ? args.get(i + 1) : "") : rest.startsWith("=") ? rest.substring(1) : rest;
            String longName = switch (s) {
              case 'v' -> "--volume";
              case 'f' -> "--file";
              case 'o' -> "--output";
              case 'i' -> "--input";
              default -> null;
            };
            if (longName != null && (s != 'i' || !rest.isEmpty() || command.equals("load"))
                && outside(longName, value, work)) {
              return "-" + s + " " + value + " reaches outside the mirror's folder " + work;
            }
            break;
          }
        }
        continue;
      }
      if (positionalPaths && !a.equals(command) && !a.contains(":") && outside("--file", a, work)) {
        return a + " reaches outside the mirror's folder " + work;
      }
    }
    return null;
  }

  /** Says whether {@code value} of {@code flag} names a host path outside {@code work}. */
  private static boolean outside(String flag, String value, Path work) {
    String path = value;
    if (flag.equals("--mount")) {
      path = null;
      boolean bind = false;
      for (String kv : value.split(",")) {
        String[] p = kv.split("=", 2);
        String k = p[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (k.equals("type") && p.length > 1) {
          bind = p[1].strip().equals("bind");
        } else if ((k.equals("source") || k.equals("src")) && p.length > 1) {
          path = p[1].strip();
        }
      }
      if (!bind || path == null) {
        return false;
      }
    } else if (flag.equals("--volume")) {
      int colon = value.indexOf(':');
      path = colon < 0 ? value : value.substring(0, colon);
      if (colon < 0 || !(path.startsWith("/") || path.startsWith("."))) {
        return false; // an anonymous or named volume
      }
    }
    if (path.isEmpty() || path.equals("-")) {
      return false;
    }
    Path base = work.toAbsolutePath().normalize();
    return !base.resolve(path).normalize().startsWith(base);
  }
}
