package dev.kujira.engine.process.packages;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Is Debian's and Ubuntu's {@code apt-get} (and {@code apt}, which warns it has no stable CLI):
 * update, install (-y, --no-install-recommends, -q), remove, clean. An image ships without
 * package lists, so install before update cannot locate anything (exit 100), as on the real
 * images; without -y and a terminal the question is answered "Abort." (exit 1).
 */
final class AptProgram implements Program {
  private static final String STATUS = "/var/lib/dpkg/status";
  private static final String LISTS = "/var/lib/apt/lists";
  private final boolean apt;

  AptProgram(boolean apt) {
    this.apt = apt;
  }

  @Override
  public int run(Proc p, List<String> argv) {
    if (apt) {
      p.stderr().println("\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n");
    }
    List<String> args = new ArrayList<>();
    boolean yes = false;
    for (String a : argv.subList(1, argv.size())) {
      if (a.equals("-y") || a.equals("--yes") || a.equals("--assume-yes") || a.equals("-qy") || a.equals("-yq")) {
        yes = true;
      } else if (!a.startsWith("-")) {
        args.add(a);
      }
    }
    if (args.isEmpty()) {
      p.stdout().println("apt 2.6.1 (amd64)");
      return 0;
    }
    String cmd = args.remove(0);
    switch (cmd) {
      case "update":
        return update(p);
      case "install":
        return install(p, args, yes);
      case "remove":
      case "purge":
        return remove(p, args);
      case "clean":
      case "autoremove":
        return 0;
      default:
        p.stderr().println("E: Invalid operation " + cmd);
        return 100;
    }
  }

  private static boolean ubuntu(Proc p) {
    try {
      return new String(p.fs().read("/etc/os-release"), StandardCharsets.UTF_8).contains("ID=ubuntu");
    } catch (FsException e) {
      return false;
    }
  }

  private static String codename(Proc p) {
    try {
      String os = new String(p.fs().read("/etc/os-release"), StandardCharsets.UTF_8);
      for (String l : os.split("\n")) {
        if (l.startsWith("VERSION_CODENAME=")) {
          return l.substring(l.indexOf('=') + 1);
        }
      }
    } catch (FsException e) {
      // a distribution without os-release: Debian's default
    }
    return "bookworm";
  }

  private int update(Proc p) {
    String c = codename(p);
    boolean ub = ubuntu(p);
    String main = ub ? "http://archive.ubuntu.com/ubuntu" : "http://deb.debian.org/debian";
    String sec = ub ? "http://security.ubuntu.com/ubuntu" : "http://deb.debian.org/debian-security";
    String[][] gets = {{main, c + " InRelease", "151 kB"}, {main, c + "-updates InRelease", "55.4 kB"},
        {sec, c + "-security InRelease", "48.0 kB"}, {main, c + "/main amd64 Packages", "8789 kB"},
        {main, c + "-updates/main amd64 Packages", "13.5 kB"}, {sec, c + "-security/main amd64 Packages", "237 kB"}};
    if (!Installer.online(p)) {
      String host = main.replaceFirst("http://", "").replaceFirst("/.*", "");
      for (int i = 0; i < 3; i++) {
        p.stdout().println("Ign:" + (i + 1) + " " + gets[i][0] + " " + gets[i][1]);
      }
      for (int i = 0; i < 3; i++) {
        p.stdout().println("Err:" + (i + 1) + " " + gets[i][0] + " " + gets[i][1]);
        p.stdout().println("  Temporary failure resolving '" + host + "'");
      }
      p.stdout().println("Reading package lists...");
      p.stderr().println("W: Failed to fetch " + main + "/dists/" + c + "/InRelease  Temporary failure resolving '"
          + host + "'");
      p.stderr().println("W: Some index files failed to download. They have been ignored, or old ones used instead.");
      return 0;
    }
    for (int i = 0; i < gets.length; i++) {
      p.stdout().println("Get:" + (i + 1) + " " + gets[i][0] + " " + gets[i][1] + " [" + gets[i][2] + "]");
    }
    p.stdout().println("Fetched 9294 kB in 1s (7435 kB/s)");
    p.stdout().println("Reading package lists...");
    Installer.write(p.fs(), LISTS + "/" + main.replaceFirst("http://", "").replace('/', '_') + "_dists_" + c
        + "_InRelease", "", 0644);
    return 0;
  }

  private static boolean haveLists(Proc p) {
    try {
      return p.fs().list(LISTS).stream().anyMatch(n -> n.endsWith("InRelease"));
    } catch (FsException e) {
      return false;
    }
  }

  private static List<String> installed(Proc p) {
    List<String> out = new ArrayList<>();
    for (String l : Installer.lines(p.fs(), STATUS)) {
      if (l.startsWith("Package: ")) {
        out.add(l.substring(9));
      }
    }
    return out;
  }

  /** The installed version dpkg's status records for {@code name}. */
  private static String version(Proc p, String name) {
    List<String> lines = Installer.lines(p.fs(), STATUS);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("Package: " + name)) {
        for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("Package: "); j++) {
          if (lines.get(j).startsWith("Version: ")) {
            return lines.get(j).substring(9);
          }
        }
      }
    }
    return Catalogs.APT.get(name).version();
  }

  private int install(Proc p, List<String> names, boolean yes) {
    p.stdout().println("Reading package lists...");
    p.stdout().println("Building dependency tree...");
    p.stdout().println("Reading state information...");
    List<String> have = installed(p);
    for (String n : names) {
      if (!have.contains(n) && (!haveLists(p) || !Catalogs.APT.containsKey(n))) {
        p.stderr().println("E: Unable to locate package " + n);
        return 100;
      }
    }
    List<Pkg> todo = new ArrayList<>();
    for (Pkg pkg : Catalogs.closure(Catalogs.APT, names.stream().filter(Catalogs.APT::containsKey).toList())) {
      if (!have.contains(pkg.name())) {
        todo.add(pkg);
      }
    }
    for (String n : names) {
      if (have.contains(n)) {
        p.stdout().println(n + " is already the newest version (" + version(p, n) + ").");
      }
    }
    if (todo.isEmpty()) {
      p.stdout().println("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.");
      return 0;
    }
    List<String> extra = todo.stream().map(Pkg::name).filter(n -> !names.contains(n)).sorted().toList();
    if (!extra.isEmpty()) {
      p.stdout().println("The following additional packages will be installed:");
      p.stdout().println(Installer.wrap(extra));
    }
    p.stdout().println("The following NEW packages will be installed:");
    p.stdout().println(Installer.wrap(todo.stream().map(Pkg::name).sorted().toList()));
    int kb = todo.stream().mapToInt(Pkg::kb).sum();
    p.stdout().println("0 upgraded, " + todo.size() + " newly installed, 0 to remove and 0 not upgraded.");
    p.stdout().println("Need to get " + size(kb) + " of archives.");
    p.stdout().println("After this operation, " + size(kb * 3) + " of additional disk space will be used.");
    if (!yes) {
      // Without a terminal apt-get reads EOF at its question and gives up.
      p.stdout().println("Do you want to continue? [Y/n] Abort.");
      return 1;
    }
    String c = codename(p);
    String mirror = ubuntu(p) ? "http://archive.ubuntu.com/ubuntu" : "http://deb.debian.org/debian";
    for (int i = 0; i < todo.size(); i++) {
      Pkg pkg = todo.get(i);
      p.stdout().println("Get:" + (i + 1) + " " + mirror + " " + c + "/main amd64 " + pkg.name() + " amd64 "
          + pkg.version() + " [" + size(pkg.kb()) + "]");
    }
    if (!have.contains("apt-utils")) {
      p.stderr().println("debconf: delaying package configuration, since apt-utils is not installed");
    }
    p.stdout().println("Fetched " + size(kb) + " in 0s (" + size(kb * 8) + "/s)");
    for (int i = 0; i < todo.size(); i++) {
      Pkg pkg = todo.get(i);
      String shown = shown(pkg);
      p.stdout().println("Selecting previously unselected package " + shown + ".");
      if (i == 0) {
        p.stdout().println("(Reading database ... 6089 files and directories currently installed.)");
      }
      p.stdout().println(String.format(Locale.ROOT, "Preparing to unpack .../%02d-%s_%s_amd64.deb ...", i, pkg.name(),
          pkg.version().replace(":", "%3a")));
      p.stdout().println("Unpacking " + shown + " (" + pkg.version() + ") ...");
    }
    List<String> status = new ArrayList<>();
    for (Pkg pkg : todo) {
      Installer.unpack(p.fs(), pkg);
      p.stdout().println("Setting up " + shown(pkg) + " (" + pkg.version() + ") ...");
      status.add("Package: " + pkg.name());
      status.add("Status: install ok installed");
      status.add("Version: " + pkg.version());
    }
    p.stdout().println("Processing triggers for libc-bin (2.36-9+deb12u9) ...");
    Installer.append(p.fs(), STATUS, status);
    return 0;
  }

  private static String shown(Pkg pkg) {
    return pkg.name().startsWith("lib") ? pkg.name() + ":amd64" : pkg.name();
  }

  private static String size(int kb) {
    return kb >= 1000 ? String.format(Locale.ROOT, "%.1f MB", kb / 1000.0) : kb + " kB";
  }

  private int remove(Proc p, List<String> names) {
    p.stdout().println("Reading package lists...");
    p.stdout().println("Building dependency tree...");
    p.stdout().println("Reading state information...");
    List<String> have = installed(p);
    for (String n : names) {
      if (!have.contains(n)) {
        p.stdout().println("Package '" + n + "' is not installed, so not removed");
        continue;
      }
      for (String f : Catalogs.APT.get(n).files().keySet()) {
        try {
          p.fs().remove(f, false);
        } catch (FsException e) {
          // already gone
        }
      }
      p.stdout().println("Removing " + n + " (" + Catalogs.APT.get(n).version() + ") ...");
    }
    return 0;
  }
}
