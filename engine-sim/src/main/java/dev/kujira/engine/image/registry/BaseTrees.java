package dev.kujira.engine.image.registry;

import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds the base file trees of the catalog's images: busybox, Alpine (busybox with symlinks),
 * Debian and Ubuntu (tools under /usr/bin, /bin a symlink to it), and scratch.
 */
final class BaseTrees {
  static final List<String> TOOLS = List.of("awk", "basename", "cat", "chmod", "cp", "cut", "date", "dirname", "echo",
      "env", "false", "find", "grep", "head", "hostname", "id", "ln", "ls", "mkdir", "mv", "printenv", "printf", "pwd",
      "rev", "rm", "rmdir", "sed", "seq", "sleep", "sort", "tail", "tee", "test", "touch", "tr", "true", "uname", "uniq",
      "wc", "which", "whoami", "yes", "[", "chown", "dd", "df", "du", "kill", "nproc", "readlink", "stat", "xargs",
      "timeout");
  /**
   * Archive and checksum tools: busybox applets in busybox and Alpine, coreutils/tar/gzip
   * packages (essential, so in every base image) in Debian and Ubuntu.
   */
  static final List<String> ARCHIVE = List.of("tar", "gzip", "gunzip", "zcat", "md5sum", "sha1sum", "sha256sum",
      "sha512sum", "base64", "od");
  /**
   * The tools Debian's and Ubuntu's bases do not have: procps (ps, top, free, and /usr/bin/kill;
   * bash's and dash's kill builtins serve), which neither rootfs manifest lists
   * (debuerreotype/docker-debian-artifacts bookworm/rootfs.manifest; ubuntu:24.04's package list).
   * apt-get install procps brings them (process.packages).
   */
  static final List<String> PROCPS = List.of("ps", "top", "free", "kill");
  /**
   * Ubuntu 24.04's releases of the GNU packages where Debian 12's differ, as the executables'
   * release lines ("VERSION COPYRIGHT-YEAR", read by process.busybox.GnuTool): coreutils 9.4-3ubuntu6,
   * tar 1.35+dfsg-3build1, grep 3.11-4build1 (sed 4.9, gzip 1.12, findutils 4.9.0 are Debian's).
   */
  private static final java.util.Map<String, String> NOBLE = java.util.Map.of("coreutils", "9.4 2023", "tar",
      "1.35 2023", "grep", "3.11 2023", "bash", "5.2.21");
  /** Ubuntu 22.04's: coreutils 8.32, grep 3.7, bash 5.1.16 (tar 1.34 is Debian's). */
  private static final java.util.Map<String, String> JAMMY = java.util.Map.of("coreutils", "8.32 2020", "grep",
      "3.7 2021", "bash", "5.1.16");
  /** Busybox's network applets: the busybox and Alpine images have them, Debian's and Ubuntu's bases do not. */
  static final List<String> NET = List.of("ping", "ip", "ifconfig", "route", "nslookup", "wget", "nc");
  private static final long MTIME = 1_730_000_000_000L;

  private BaseTrees() {
  }

  static Node.Dir build(String base) {
    FsTree t = new FsTree(new Node.Dir(new TreeMap<>(), 0755, 0, 0, MTIME));
    if (base.equals("scratch")) {
      return t.root();
    }
    for (String d : List.of("bin", "dev", "etc", "home", "lib", "mnt", "opt", "proc", "root", "run", "sbin", "srv",
        "sys", "tmp", "usr", "usr/bin", "usr/local", "usr/local/bin", "usr/sbin", "usr/lib", "var", "var/log", "var/tmp")) {
      if (base.equals("debian") || base.startsWith("ubuntu") ? !List.of("bin", "sbin", "lib").contains(d) : true) {
        dir(t, d, d.equals("tmp") || d.equals("var/tmp") ? 01777 : d.equals("root") ? 0700 : 0755);
      }
    }
    file(t, "etc/passwd", "root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
        + "bin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\n"
        + "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n",
        0644);
    file(t, "etc/group", "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nwww-data:x:33:\nnogroup:x:65534:\n", 0644);
    switch (base) {
      case "busybox":
        busybox(t, false);
        break;
      case "alpine":
      case "alpine319":
        busybox(t, true);
        file(t, "etc/alpine-release", base.equals("alpine") ? "3.20.3\n" : "3.19.4\n", 0644);
        file(t, "sbin/apk", "#!kujira:apk\n", 0755);
        file(t, "lib/apk/db/installed", apkBase(base.equals("alpine")), 0644);
        file(t, "etc/os-release", OsRelease.alpine(base.equals("alpine") ? "3.20.3" : "3.19.4"), 0644);
        break;
      default:
        gnu(t, base);
    }
    return t.root();
  }

  /** The 14 packages of Alpine's minirootfs (3.20.3 / 3.19.4), as apk's database lists them. */
  private static String apkBase(boolean v320) {
    String[][] pkgs = {{"alpine-baselayout", "3.6.5-r0", "3.4.3-r2"}, {"alpine-baselayout-data", "3.6.5-r0", "3.4.3-r2"},
        {"alpine-keys", "2.4-r1", "2.4-r1"}, {"apk-tools", "2.14.4-r1", "2.14.4-r0"}, {"busybox", "1.36.1-r29",
        "1.36.1-r20"}, {"busybox-binsh", "1.36.1-r29", "1.36.1-r20"}, {"ca-certificates-bundle", "20240705-r0",
        "20240705-r0"}, {"libcrypto3", "3.3.2-r0", "3.1.7-r1"}, {"libssl3", "3.3.2-r0", "3.1.7-r1"},
        {"musl", "1.2.5-r0", "1.2.4_git20230717-r4"}, {"musl-utils", "1.2.5-r0", "1.2.4_git20230717-r4"},
        {"scanelf", "1.3.7-r2", "1.3.7-r2"}, {"ssl_client", "1.36.1-r29", "1.36.1-r20"}, {"zlib", "1.3.1-r1", "1.3.1-r0"}};
    StringBuilder sb = new StringBuilder();
    for (String[] p : pkgs) {
      sb.append("P:").append(p[0]).append("\nV:").append(v320 ? p[1] : p[2]).append("\n\n");
    }
    return sb.toString();
  }

  private static void busybox(FsTree t, boolean symlinks) {
    // The binary's compiled-in banner (see process.busybox.Banner): Alpine 3.20's busybox 1.36.1-r29
    // was built 2024-06-10 (its usage lines as learners have pasted them from `docker run -it alpine`);
    // Alpine 3.19's build date is not known here, so it shares that banner (docs/images.md says so).
    // The busybox image keeps the Debian 1.35.0 build the real engine's image has (no banner line).
    byte[] marker = (symlinks ? "#!kujira:busybox\nBusyBox v1.36.1 (2024-06-10 07:11:47 UTC)\n" : "#!kujira:busybox\n")
        .getBytes(StandardCharsets.UTF_8);
    t.set(List.of("bin", "busybox"), new Node.RegularFile(marker, 0755, 0, 0, MTIME), MTIME);
    for (String tool : TOOLS) {
      add(t, "bin", tool, symlinks, marker);
    }
    for (String tool : PROCPS) {
      add(t, "bin", tool, symlinks, marker);
    }
    for (String tool : ARCHIVE) {
      add(t, "bin", tool, symlinks, marker);
    }
    for (String tool : NET) {
      add(t, "bin", tool, symlinks, marker);
    }
    if (!symlinks) {
      // The official busybox image has httpd; Alpine moved it to busybox-extras.
      add(t, "bin", "httpd", false, marker);
    }
    // busybox's vi applet (both images have it; Debian's and Ubuntu's bases have no vi).
    add(t, "bin", "vi", symlinks, marker);
    add(t, "bin", "sh", symlinks, marker);
    add(t, "bin", "ash", symlinks, marker);
  }

  private static void add(FsTree t, String dir, String name, boolean symlink, byte[] marker) {
    Node n = symlink ? new Node.Symlink("/bin/busybox", 0777, 0, 0, MTIME) : new Node.RegularFile(marker, 0755, 0, 0, MTIME);
    t.set(List.of(dir, name), n, MTIME);
  }

  private static void gnu(FsTree t, String base) {
    java.util.Set<String> gnuTools = dev.kujira.engine.process.busybox.Busybox.coreutils().keySet();
    java.util.Map<String, String> releases = base.equals("ubuntu") ? NOBLE : base.equals("ubuntu2204") ? JAMMY
        : java.util.Map.of();
    for (List<String> group : List.of(TOOLS, ARCHIVE)) {
      for (String tool : group) {
        if (PROCPS.contains(tool)) {
          continue;
        }
        // GNU's own programs (Programs registers "gnu/NAME"); hostname, which, rev and awk (mawk) stay the applets.
        boolean gnu = gnuTools.contains(tool) || tool.equals("timeout");
        String pkg = tool.equals("tar") || tool.equals("grep") ? tool : "coreutils";
        String release = gnu && releases.containsKey(pkg) && !List.of("gzip", "gunzip", "zcat", "sed", "find",
            "xargs").contains(tool) ? releases.get(pkg) + "\n" : "";
        file(t, "usr/bin/" + tool, "#!kujira:" + (gnu ? "gnu/" : "") + tool + "\n" + release, 0755);
      }
    }
    // bash 5.2.15 in Debian 12, others in Ubuntu (its --version reads the release line).
    file(t, "usr/bin/bash", "#!kujira:bash\n" + releases.getOrDefault("bash", "") + "\n", 0755);
    file(t, "usr/bin/dash", "#!kujira:sh\n", 0755);
    file(t, "usr/bin/apt-get", "#!kujira:apt-get\n", 0755);
    file(t, "usr/bin/apt", "#!kujira:apt\n", 0755);
    for (String d : List.of("var/lib", "var/lib/apt", "var/lib/apt/lists")) {
      dir(t, d, 0755);
    }
    file(t, "var/lib/dpkg/status", "", 0644);
    t.set(List.of("usr", "bin", "sh"), new Node.Symlink("dash", 0777, 0, 0, MTIME), MTIME);
    t.set(List.of("bin"), new Node.Symlink("usr/bin", 0777, 0, 0, MTIME), MTIME);
    t.set(List.of("sbin"), new Node.Symlink("usr/sbin", 0777, 0, 0, MTIME), MTIME);
    t.set(List.of("lib"), new Node.Symlink("usr/lib", 0777, 0, 0, MTIME), MTIME);
    t.set(List.of("lib64"), new Node.Symlink("usr/lib64", 0777, 0, 0, MTIME), MTIME);
    // Debian's and Ubuntu's roots have these empty directories too (the seed's `ls /` shows them).
    dir(t, "boot", 0755);
    dir(t, "media", 0755);
    dir(t, "usr/lib64", 0755);
    if (base.startsWith("ubuntu")) {
      file(t, "etc/os-release", OsRelease.ubuntu(base.equals("ubuntu")), 0644);
      file(t, "etc/lsb-release", base.equals("ubuntu")
          ? "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=24.04\nDISTRIB_CODENAME=noble\nDISTRIB_DESCRIPTION=\"Ubuntu 24.04.1 LTS\"\n"
          : "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=22.04\nDISTRIB_CODENAME=jammy\nDISTRIB_DESCRIPTION=\"Ubuntu 22.04.5 LTS\"\n",
          0644);
    } else {
      file(t, "etc/os-release", OsRelease.debian(), 0644);
      file(t, "etc/debian_version", "12.8\n", 0644);
    }
  }

  /** Puts one catalogue file: a path ending in "/" is a directory (mode 1777 as the images' chmod -R 1777 leaves it). */
  static void put(FsTree t, String path, String content) {
    if (path.endsWith("/")) {
      String[] parts = path.substring(1, path.length() - 1).split("/");
      for (int i = 1; i <= parts.length; i++) {
        dir(t, String.join("/", java.util.Arrays.copyOf(parts, i)), 01777);
      }
    } else {
      file(t, path.substring(1), content, content.startsWith("#!") ? 0755 : 0644);
    }
  }

  static void dir(FsTree t, String path, int mode) {
    List<String> p = List.of(path.split("/"));
    if (t.lookup(p) == null) {
      t.set(p, new Node.Dir(new TreeMap<>(), mode, 0, 0, MTIME), MTIME);
    }
  }

  static void file(FsTree t, String path, String content, int mode) {
    List<String> p = List.of(path.split("/"));
    for (int i = 1; i < p.size(); i++) {
      Node n = t.lookup(p.subList(0, i));
      if (n == null) {
        t.set(p.subList(0, i), new Node.Dir(new TreeMap<>(), 0755, 0, 0, MTIME), MTIME);
      }
    }
    t.set(p, new Node.RegularFile(content.getBytes(StandardCharsets.UTF_8), mode, 0, 0, MTIME), MTIME);
  }
}
