package dev.kujira.engine.process.packages;

import dev.kujira.engine.fs.FileSystemView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the learner's Debian host an installed Debian 12 system for apt: the package lists an
 * installed system keeps (so {@code apt install} works without {@code apt update}, as on a real
 * host) and a dpkg status naming what is installed: every catalogued package whose programs the
 * host already has, plus Docker's own packages at the versions the real engine here runs
 * (Debian's docker.io, docker-cli, docker-compose, containerd debs) and apt-utils (a standard
 * install has it, so debconf does not complain).
 */
public final class HostPackages {
  private HostPackages() {
  }

  /** Docker's packages as the recorded engine's debs name them. */
  private static final Map<String, String> DOCKER = Map.of(
      "docker.io", "26.1.5+dfsg1-9+deb13u1+b1", "docker-cli", "26.1.5+dfsg1-9+deb13u1+b1",
      "docker-compose", "2.26.1-4", "containerd", "1.7.24~ds1-6+deb13u1", "apt-utils", "2.6.1");

  /** Writes the lists and the status for a host whose programs are {@code programs}. */
  public static void install(FileSystemView fs, Set<String> programs) {
    if (fs.exists("/var/lib/dpkg/status")) {
      return;
    }
    Installer.write(fs, "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease", "", 0644);
    Map<String, String> have = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (Pkg pkg : Catalogs.APT.values()) {
      List<String> exes = pkg.files().values().stream().filter(c -> c.startsWith("#!kujira:"))
          .map(c -> c.substring("#!kujira:".length()).strip()).toList();
      if (!exes.isEmpty() && programs.containsAll(exes)) {
        names.add(pkg.name());
      }
    }
    for (Pkg pkg : Catalogs.closure(Catalogs.APT, names)) {
      have.put(pkg.name(), pkg.version());
    }
    have.putAll(DOCKER);
    List<String> status = new ArrayList<>();
    have.forEach((name, version) -> {
      status.add("Package: " + name);
      status.add("Status: install ok installed");
      status.add("Version: " + version);
    });
    Installer.append(fs, "/var/lib/dpkg/status", status);
  }
}
