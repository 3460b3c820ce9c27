package dev.kujira.engine.host;

import dev.kujira.engine.process.Proc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * usermod (shadow 4.13, Debian 12) for what the notes do with it, {@code sudo usermod -aG docker
 * $USER}: {@code -G GROUPS} with {@code -a} (append) or {@code -r} (remove) edits the members in
 * /etc/group. Errors, statuses and the usage are this machine's usermod's (status 6 for an
 * unknown user or group, 2 for a bad command line). As on a real host, a shell started before the
 * change keeps its old groups until the learner logs in again. Other options are not simulated
 * and say so.
 */
final class Usermod {
  private static final String USAGE = "Usage: usermod [options] LOGIN\n\nOptions:\n"
      + "  -a, --append                  append the user to the supplemental GROUPS\n"
      + "                                mentioned by the -G option without removing\n"
      + "                                the user from other groups\n"
      + "  -G, --groups GROUPS           new list of supplementary GROUPS\n"
      + "  -h, --help                    display this help message and exit\n"
      + "  -r, --remove                  remove the user from only the supplemental GROUPS\n"
      + "                                mentioned by the -G option without removing\n"
      + "                                the user from other groups\n";

  private Usermod() {
  }

  static int run(Proc p, List<String> argv) {
    boolean append = false;
    boolean remove = false;
    String groups = null;
    String login = null;
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("-h") || a.equals("--help")) {
        p.stdout().print(USAGE);
        return 0;
      } else if (a.equals("-G") || a.equals("--groups")) {
        if (++i == argv.size()) {
          p.stderr().println("usermod: option '" + a + "' requires an argument");
          p.stderr().print(USAGE);
          return 2;
        }
        groups = argv.get(i);
      } else if (a.startsWith("--groups=")) {
        groups = a.substring("--groups=".length());
      } else if (a.equals("--append")) {
        append = true;
      } else if (a.equals("--remove")) {
        remove = true;
      } else if (a.matches("-[arG]+")) {
        append |= a.contains("a");
        remove |= a.contains("r");
        if (a.endsWith("G")) {
          if (++i == argv.size()) {
            p.stderr().println("usermod: option requires an argument -- 'G'");
            p.stderr().print(USAGE);
            return 2;
          }
          groups = argv.get(i);
        }
      } else if (a.startsWith("-")) {
        p.stderr().println("kujira: usermod: option " + a + " is not simulated");
        return 1;
      } else if (login == null) {
        login = a;
      } else {
        p.stderr().print(USAGE);
        return 2;
      }
    }
    if (login == null || groups == null && (append || remove)) {
      p.stderr().print(USAGE);
      return 2;
    }
    if (!exists(p, "/etc/passwd", login)) {
      p.stderr().println("usermod: user '" + login + "' does not exist");
      return 6;
    }
    if (groups == null) {
      p.stderr().println("usermod: no changes");
      return 0;
    }
    Set<String> wanted = new LinkedHashSet<>(List.of(groups.split(",")));
    for (String g : wanted) {
      if (!exists(p, "/etc/group", g)) {
        p.stderr().println("usermod: group '" + g + "' does not exist");
        return 6;
      }
    }
    List<String> out = new ArrayList<>();
    for (String line : read(p, "/etc/group")) {
      String[] f = line.split(":", -1);
      if (f.length < 4) {
        out.add(line);
        continue;
      }
      Set<String> members = new LinkedHashSet<>();
      for (String m : f[3].split(",")) {
        if (!m.isEmpty()) {
          members.add(m);
        }
      }
      if (wanted.contains(f[0])) {
        if (remove) {
          members.remove(login);
        } else {
          members.add(login);
        }
      } else if (!append && !remove) {
        members.remove(login); // -G without -a sets the whole list of supplementary groups
      }
      out.add(f[0] + ":" + f[1] + ":" + f[2] + ":" + String.join(",", members));
    }
    p.fs().write("/etc/group", (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8), false);
    return 0;
  }

  private static boolean exists(Proc p, String file, String name) {
    return read(p, file).stream().anyMatch(l -> l.startsWith(name + ":"));
  }

  private static List<String> read(Proc p, String file) {
    try {
      return List.of(new String(p.fs().read(file), StandardCharsets.UTF_8).split("\n"));
    } catch (dev.kujira.engine.fs.FsException e) {
      return List.of();
    }
  }
}
