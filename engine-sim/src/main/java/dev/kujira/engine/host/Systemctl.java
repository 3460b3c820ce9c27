package dev.kujira.engine.host;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.process.Proc;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The host's {@code systemctl} for the units Docker brings: {@code docker.service},
 * {@code docker.socket} and {@code containerd.service} as Debian's docker.io 26.1.5+dfsg1 and
 * containerd packages install them (their unit files under /usr/lib/systemd/system, read from the
 * packages the real engine here runs from), in systemd 252's wording (Debian 12). The daemon runs
 * from the host's start (the package's postinst starts and enables it). Stopping or restarting the
 * daemon is not simulated (it would stop every container and apply restart policies): systemctl
 * says so instead of pretending. Whether a unit is enabled is the symlink {@code enable} makes.
 */
final class Systemctl {
  private static final String LIB = "/usr/lib/systemd/system/";
  private static final String WANTS = "/etc/systemd/system/multi-user.target.wants/";
  private static final String SOCKETS = "/etc/systemd/system/sockets.target.wants/";

  /** One unit: its description, docs, main program and what triggers it. */
  private record Unit(String name, String description, String docs, int pid, String cmdline, String wants) {
  }

  private static final Map<String, Unit> UNITS = Map.of(
      "docker.service", new Unit("docker.service", "Docker Application Container Engine", "https://docs.docker.com", 771,
          "/usr/sbin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock", WANTS),
      "docker.socket", new Unit("docker.socket", "Docker Socket for the API", "", 0, "", SOCKETS),
      "containerd.service", new Unit("containerd.service", "containerd container runtime", "https://containerd.io", 598,
          "/usr/bin/containerd", WANTS));

  private final long started;

  /** Creates the host's systemctl; the units became active at {@code started} (epoch millis). */
  Systemctl(long started) {
    this.started = started;
  }

  /** Makes the enable symlinks the packages' postinst made. */
  static void install(FileSystemView fs) {
    for (Unit u : UNITS.values()) {
      fs.mkdir(LIB, true);
      if (!fs.exists(LIB + u.name())) {
        fs.write(LIB + u.name(), ("[Unit]\nDescription=" + u.description() + "\n").getBytes(), false);
        fs.chmod(LIB + u.name(), 0644);
      }
      fs.mkdir(u.wants(), true);
      if (!fs.exists(u.wants() + u.name())) {
        fs.symlink(LIB + u.name(), u.wants() + u.name());
      }
    }
  }

  int run(Proc p, List<String> argv) {
    List<String> args = new ArrayList<>();
    for (String a : argv.subList(1, argv.size())) {
      if (!a.startsWith("-")) {
        args.add(a);
      }
    }
    if (args.isEmpty()) {
      p.stderr().println("systemctl: listing units is not simulated; try systemctl status docker");
      return 1;
    }
    String verb = args.get(0);
    List<String> names = args.subList(1, args.size());
    if (names.isEmpty() && !verb.equals("status")) {
      p.stderr().println("Too few arguments.");
      return 1;
    }
    int code = 0;
    for (String raw : names.isEmpty() ? List.of("docker") : names) {
      String name = raw.contains(".") ? raw : raw + ".service";
      Unit u = UNITS.get(name);
      code = Math.max(code, unit(p, verb, name, u));
    }
    return code;
  }

  private int unit(Proc p, String verb, String name, Unit u) {
    PrintStream out = p.stdout();
    PrintStream err = p.stderr();
    FileSystemView fs = p.fs();
    switch (verb) {
      case "status":
        if (u == null) {
          err.println("Unit " + name + " could not be found.");
          return 4;
        }
        status(p, u);
        return 0;
      case "is-active":
        out.println(u == null ? "inactive" : "active");
        return u == null ? 3 : 0;
      case "is-enabled":
        if (u == null) {
          err.println("Failed to get unit file state for " + name + ": No such file or directory");
          return 1;
        }
        boolean on = fs.exists(u.wants() + u.name());
        out.println(on ? "enabled" : "disabled");
        return on ? 0 : 1;
      case "start":
        if (u == null) {
          err.println("Failed to start " + name + ": Unit " + name + " not found.");
          return 5;
        }
        return 0; // already active: systemd starts nothing and says nothing
      case "enable":
      case "disable":
        if (u == null) {
          err.println("Failed to " + verb + " unit: Unit file " + name + " does not exist.");
          return 1;
        }
        return enable(p, u, verb.equals("enable"));
      case "stop":
      case "restart":
      case "reload":
        if (u == null) {
          err.println("Failed to " + verb + " " + name + ": Unit " + name + " not " + (verb.equals("stop") ? "loaded." : "found."));
          return 5;
        }
        err.println("kujira: systemctl " + verb + " " + name + " is not simulated: the Docker daemon keeps running"
            + " (stopping it would stop every container; use docker stop / docker restart).");
        return 1;
      default:
        err.println("Unknown command verb " + verb + ".");
        return 1;
    }
  }

  private static int enable(Proc p, Unit u, boolean on) {
    FileSystemView fs = p.fs();
    if (u.name().startsWith("docker.service")) {
      // docker.io ships /etc/init.d/docker too, so Debian's systemctl syncs the SysV links first.
      p.stderr().println("Synchronizing state of docker.service with SysV service script with /lib/systemd/systemd-sysv-install.");
      p.stderr().println("Executing: /lib/systemd/systemd-sysv-install " + (on ? "enable" : "disable") + " docker");
    }
    boolean there = fs.exists(u.wants() + u.name());
    if (on && !there) {
      fs.mkdir(u.wants(), true);
      fs.symlink(LIB + u.name(), u.wants() + u.name());
      p.stderr().println("Created symlink " + u.wants() + u.name() + " \u2192 " + LIB + u.name() + ".");
    } else if (!on && there) {
      fs.remove(u.wants() + u.name(), false);
      p.stderr().println("Removed \"" + u.wants() + u.name() + "\".");
    }
    return 0;
  }

  private void status(Proc p, Unit u) {
    PrintStream out = p.stdout();
    long now = p.now();
    boolean enabled = p.fs().exists(u.wants() + u.name());
    out.println("\u25cf " + u.name() + " - " + u.description());
    out.println("     Loaded: loaded (" + LIB + u.name() + "; " + (enabled ? "enabled" : "disabled") + "; preset: enabled)");
    String since = "since " + stamp(started, "EEE yyyy-MM-dd HH:mm:ss 'UTC'") + "; " + ago(now - started);
    if (u.pid() == 0) {
      out.println("     Active: active (running) " + since);
      out.println("   Triggers: \u25cf docker.service");
      out.println("     Listen: /run/docker.sock (Stream)");
      out.println("     CGroup: /system.slice/docker.socket");
      return;
    }
    out.println("     Active: active (running) " + since);
    if (u.name().equals("docker.service")) {
      out.println("TriggeredBy: \u25cf docker.socket");
    }
    out.println("       Docs: " + u.docs());
    String prog = u.cmdline().split(" ")[0];
    out.println("   Main PID: " + u.pid() + " (" + prog.substring(prog.lastIndexOf('/') + 1) + ")");
    // Tasks, memory and CPU are the kernel's accounting and differ on every machine: typical values.
    out.println("      Tasks: " + (u.pid() == 771 ? 9 : 8));
    out.println("     Memory: " + (u.pid() == 771 ? "88.4M" : "31.2M"));
    out.println("        CPU: " + (u.pid() == 771 ? "512ms" : "204ms"));
    out.println("     CGroup: /system.slice/" + u.name());
    out.println("             \u2514\u2500" + u.pid() + " " + u.cmdline());
    out.println();
    for (String line : journal(u)) {
      out.println(line);
    }
  }

  /** The unit's last journal lines as root sees them (dockerd 26.1.5's startup log, recorded). */
  private List<String> journal(Unit u) {
    List<String> out = new ArrayList<>();
    String who = u.name().equals("docker.service") ? "dockerd[" + u.pid() + "]" : "containerd[" + u.pid() + "]";
    out.add(line(0, "systemd[1]", "Starting " + u.name() + " - " + u.description() + "..."));
    if (u.name().equals("docker.service")) {
      String[][] msgs = {
          {"12", "level=info msg=\"Starting up\""},
          {"310", "level=info msg=\"Loading containers: start.\""},
          {"820", "level=info msg=\"Default bridge (docker0) is assigned with an IP address 172.17.0.0/16. Daemon option"
              + " --bip can be used to set a preferred IP address\""},
          {"1004", "level=info msg=\"Loading containers: done.\""},
          {"1041", "level=info msg=\"Docker daemon\" commit=411e817 containerd-snapshotter=false storage-driver=overlay2"
              + " version=26.1.5+dfsg1"},
          {"1042", "level=info msg=\"Daemon has completed initialization\""},
          {"1090", "level=info msg=\"API listen on /run/docker.sock\""}};
      for (String[] m : msgs) {
        long t = started + Long.parseLong(m[0]) - 1100;
        out.add(line(Long.parseLong(m[0]), who, "time=\"" + stamp(t, "yyyy-MM-dd'T'HH:mm:ss.SSS") + "000000Z\" " + m[1]));
      }
    } else {
      out.add(line(20, who, "time=\"" + stamp(started - 1080, "yyyy-MM-dd'T'HH:mm:ss.SSS")
          + "000000Z\" level=info msg=\"containerd successfully booted in 0.042000s\""));
    }
    out.add(line(1100, "systemd[1]", "Started " + u.name() + " - " + u.description() + "."));
    return out;
  }

  private String line(long offset, String who, String text) {
    return stamp(started - 1100 + Math.max(0, offset), "MMM dd HH:mm:ss") + " " + Host.HOSTNAME + " " + who + ": " + text;
  }

  private static String stamp(long millis, String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(ZoneOffset.UTC).format(Instant.ofEpochMilli(millis));
  }

  /** systemd's format_timestamp_relative(): the two largest units, coarser as time passes. */
  static String ago(long millis) {
    long s = Math.max(0, millis / 1000);
    long min = s / 60;
    long h = min / 60;
    long d = h / 24;
    if (d >= 2) {
      return d + " days ago";
    }
    if (h >= 25) {
      return "1 day " + (h - 24) + "h ago";
    }
    if (h >= 6) {
      return h + "h ago";
    }
    if (h >= 1) {
      return h + "h " + (min % 60) + "min ago";
    }
    if (min >= 5) {
      return min + "min ago";
    }
    if (min >= 1) {
      return min + "min " + (s % 60) + "s ago";
    }
    return s > 0 ? s + "s ago" : millis > 0 ? millis + "ms ago" : "now";
  }
}
