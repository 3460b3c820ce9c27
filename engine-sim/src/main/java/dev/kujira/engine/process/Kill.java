package dev.kujira.engine.process;

import java.util.List;

/** Is {@code kill}: busybox's applet and ash's builtin share it (the builtin's messages start with "sh: "). */
public final class Kill {
  private Kill() {
  }

  /** kill [-s SIG | -SIG | -l] PID...: also ash's builtin, whose messages start with "sh: ". */
  public static int run(Proc p, List<String> a, String who) {
    Signal sig = Signal.SIGTERM;
    int i = 1;
    if (i < a.size() && a.get(i).equals("-l")) {
      StringBuilder sb = new StringBuilder();
      for (Signal s : Signal.values()) {
        sb.append(sb.length() == 0 ? "" : " ").append(s.shortName());
      }
      p.stdout().println(sb);
      return 0;
    }
    if (i < a.size() && a.get(i).equals("-s") && i + 1 < a.size()) {
      String name = a.get(i + 1);
      sig = Signal.parse(name).orElse(null);
      i += 2;
      if (sig == null) {
        p.stderr().println(who + ": bad signal name '" + name + "'");
        return 1;
      }
    } else if (i < a.size() && a.get(i).startsWith("-") && a.get(i).length() > 1) {
      String name = a.get(i).substring(1);
      sig = name.equals("0") ? null : Signal.parse(name).orElse(null);
      i++;
      if (sig == null && !name.equals("0")) {
        p.stderr().println(who + ": bad signal name '" + name + "'");
        return 1;
      }
    }
    if (i >= a.size()) {
      if (who.startsWith("bash")) {
        // bash 5.2's builtin (this machine): its one usage line, status 2.
        p.stderr().println(who + ": usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]");
        return 2;
      }
      // busybox 1.35's kill.c before any usage (conformance b57).
      p.stderr().println(who + ": you need to specify whom to kill");
      return 1;
    }
    int rc = 0;
    for (; i < a.size(); i++) {
      String t = a.get(i);
      boolean ok;
      try {
        int pid = Integer.parseInt(t);
        ok = sig == null ? p.processes().stream().anyMatch(e -> e.pid() == pid) : p.kill(pid, sig);
      } catch (NumberFormatException e) {
        p.stderr().println(who + ": invalid number '" + t + "'");
        rc = 1;
        continue;
      }
      if (!ok) {
        p.stderr().println(who + ": can't kill pid " + t + ": No such process");
        rc = 1;
      }
    }
    return rc;
  }
}
