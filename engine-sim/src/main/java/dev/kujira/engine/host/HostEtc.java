package dev.kujira.engine.host;

import dev.kujira.engine.fs.FileSystemView;
import java.nio.charset.StandardCharsets;

/**
 * Writes the files a Debian Docker host has that learners look at: the users and groups (so
 * {@code whoami} and {@code id} name root, uid 0, and the docker group), the daemon's socket
 * {@code /var/run/docker.sock} (root:docker, mode 660 as dockerd creates it) and its data root
 * {@code /var/lib/docker}. Existing files (a host folder the learner brought) are kept.
 */
final class HostEtc {
  private static final String PASSWD = "root:x:0:0:root:/root:/bin/bash\n"
      + "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
      + "bin:x:2:2:bin:/bin:/usr/sbin/nologin\n"
      + "sys:x:3:3:sys:/dev:/usr/sbin/nologin\n"
      + "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n";
  private static final String GROUP = "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\n"
      + "sudo:x:27:\nstaff:x:50:\nusers:x:100:\nnogroup:x:65534:\ndocker:x:999:\n";
  /** Ubuntu's skeleton .bashrc aliases, which learners' notes use (Debian's root .bashrc has them commented out). */
  private static final String BASHRC = "# ~/.bashrc: executed by bash(1) for non-login shells.\n"
      + "alias ll='ls -alF'\nalias la='ls -A'\nalias l='ls -CF'\n";

  /** Debian 12's os-release (this machine's /usr/lib/os-release, which /etc/os-release links to). */
  private static final String OS_RELEASE = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n"
      + "VERSION_ID=\"12\"\nVERSION=\"12 (bookworm)\"\nVERSION_CODENAME=bookworm\nID=debian\n"
      + "HOME_URL=\"https://www.debian.org/\"\nSUPPORT_URL=\"https://www.debian.org/support\"\n"
      + "BUG_REPORT_URL=\"https://bugs.debian.org/\"\n";

  private HostEtc() {
  }

  static void write(FileSystemView fs) {
    fs.mkdir("/etc", true);
    create(fs, "/etc/passwd", PASSWD, 0644);
    create(fs, "/etc/group", GROUP, 0644);
    create(fs, "/root/.bashrc", BASHRC, 0644);
    fs.mkdir("/usr/lib", true);
    create(fs, "/usr/lib/os-release", OS_RELEASE, 0644);
    create(fs, "/etc/debian_version", "12.11\n", 0644);
    if (!fs.exists("/etc/os-release")) {
      fs.symlink("../usr/lib/os-release", "/etc/os-release");
    }
    fs.mkdir("/var/lib/docker/volumes", true);
    fs.chmod("/var/lib/docker", 0710);
    fs.chmod("/var/lib/docker/volumes", 0701);
    // Debian's /var/run is a symlink to /run (measured here); docker.socket listens on /run/docker.sock.
    fs.mkdir("/run", true);
    if (!fs.exists("/var/run")) {
      fs.symlink("/run", "/var/run");
    }
  }

  /**
   * Puts the daemon's socket at /run/docker.sock, srw-rw---- root:docker as docker.socket's
   * SocketMode=0660 and SocketGroup=docker make it (the unit in Debian's docker.io package).
   */
  static void socket(dev.kujira.engine.fs.FsTree root, long now) {
    root.set(java.util.List.of("run", "docker.sock"), dev.kujira.engine.fs.Node.RegularFile.socket(0660, 0, 999, now), now);
  }

  private static void create(FileSystemView fs, String path, String text, int mode) {
    if (fs.exists(path)) {
      return;
    }
    fs.write(path, text.getBytes(StandardCharsets.UTF_8), false);
    fs.chmod(path, mode);
  }
}
