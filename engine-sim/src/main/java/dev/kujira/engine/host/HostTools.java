package dev.kujira.engine.host;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The host's tools that are not busybox applets: {@code sudo} (the learner is root, so it just
 * runs the command, as sudo does for root without asking a password), {@code man} for docker's
 * pages, and {@code nano}/{@code vi} as a line editor ({@link LineEditor}).
 */
final class HostTools {
  private HostTools() {
  }

  static void addTo(Map<String, Program> m) {
    m.put("sudo", HostTools::sudo);
    m.put("nano", new LineEditor("nano"));
    m.put("vi", new LineEditor("vi"));
    m.put("man", HostTools::man);
    m.put("timeout", new TimeoutProgram());
    m.put("usermod", Usermod::run);
    m.put("ip", HostIp::run);
    m.put("file", FileProgram::run);
    // ncurses' clear (Debian 12): home, erase the screen and the scrollback (E3), measured with `clear | od -c`.
    m.put("clear", (p, a) -> {
      p.stdout().print("\033[H\033[2J\033[3J");
      p.stdout().flush();
      return 0;
    });
  }

  /**
   * man PAGE: the docker pages show the client's own help (the docker-ce-cli man pages cover the
   * same commands); any other page is missing, in man-db's words and status (16).
   */
  private static int man(Proc p, List<String> argv) {
    List<String> pages = argv.subList(1, argv.size()).stream().filter(a -> !a.startsWith("-") && !a.matches("\\d")).toList();
    if (pages.isEmpty()) {
      p.stderr().println("What manual page do you want?");
      p.stderr().println("For example, try 'man man'.");
      return 1;
    }
    String page = pages.get(0);
    if (page.equals("docker") || page.startsWith("docker-")) {
      List<String> docker = new ArrayList<>(List.of("docker"));
      if (page.startsWith("docker-")) {
        docker.addAll(List.of(page.substring("docker-".length()).split("-")));
      }
      docker.add("--help");
      Resolution r = p.resolve("docker");
      return p.child(p.env(), p.stdin(), p.stdout(), p.stderr()).exec(r.program(), docker, null);
    }
    p.stderr().println("No manual entry for " + page);
    return 16;
  }

  /** sudo [-E] [-H] [-u root] CMD...: runs CMD as root; sudo's own wording when CMD is missing. */
  private static int sudo(Proc p, List<String> argv) {
    int i = 1;
    while (i < argv.size() && argv.get(i).startsWith("-")) {
      String a = argv.get(i++);
      if (a.equals("--")) {
        break;
      }
      if (a.equals("-u") && i < argv.size()) {
        String user = argv.get(i++);
        if (!user.equals("root") && !user.equals("#0")) {
          p.stderr().println("sudo: unknown user " + user);
          p.stderr().println("sudo: error initializing audit plugin sudoers_audit");
          return 1;
        }
      } else if (!a.equals("-E") && !a.equals("-H") && !a.equals("-n") && !a.equals("-S")) {
        p.stderr().println("sudo: invalid option -- '" + a.substring(1, 2) + "'");
        p.stderr().println("usage: sudo [-AbEHknPS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] "
            + "[-R directory] [-T timeout] [-u user] [VAR=value] [-i|-s] [<command>]");
        return 1;
      }
    }
    if (i >= argv.size()) {
      p.stderr().println("usage: sudo -h | -K | -k | -V");
      return 1;
    }
    Resolution r = p.resolve(argv.get(i));
    if (!r.isFound()) {
      p.stderr().println("sudo: " + argv.get(i) + ": command not found");
      return 1;
    }
    return p.child(p.env(), p.stdin(), p.stdout(), p.stderr()).exec(r.program(), new ArrayList<>(argv.subList(i,
        argv.size())), null);
  }
}
