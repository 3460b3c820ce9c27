package dev.kujira.engine.fs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Builds the /dev that runc mounts in every container (a tmpfs with the standard character
 * devices and links) and gives those devices their behaviour.
 *
 * <p>A device is a regular-file node whose mode carries S_IFCHR and whose content is its
 * "major,minor". Reading an endless device (zero, urandom) yields its first {@link #ENDLESS}
 * bytes: every program in the simulator is bounded, and a MiB is more than any learner's
 * {@code head -c} or {@code dd count=} asks for.
 */
public final class Devices {
  /** How much an endless device yields to one read. */
  public static final int ENDLESS = 1 << 20;
  private static final int S_IFCHR = 0020000;
  /** Shared read-only results: readers never modify what a read returns, as with file contents. */
  private static final byte[] ZEROS = new byte[ENDLESS];
  private static final byte[] RANDOM = random();

  private Devices() {
  }

  /** Returns a fresh /dev tree as runc creates it (mode and numbers as {@code ls -l /dev} shows). */
  public static FsTree tree(long mtime) {
    FsTree t = new FsTree(new Node.Dir(new TreeMap<>(), 0755, 0, 0, mtime));
    device(t, "null", 1, 3, mtime);
    device(t, "zero", 1, 5, mtime);
    device(t, "full", 1, 7, mtime);
    device(t, "random", 1, 8, mtime);
    device(t, "urandom", 1, 9, mtime);
    device(t, "tty", 5, 0, mtime);
    for (String d : List.of("pts", "shm", "mqueue")) {
      t.set(List.of(d), new Node.Dir(new TreeMap<>(), d.equals("pts") ? 0755 : 01777, 0, 0, mtime), mtime);
    }
    link(t, "fd", "/proc/self/fd", mtime);
    link(t, "stdin", "/proc/self/fd/0", mtime);
    link(t, "stdout", "/proc/self/fd/1", mtime);
    link(t, "stderr", "/proc/self/fd/2", mtime);
    link(t, "ptmx", "pts/ptmx", mtime);
    return t;
  }

  /** Returns a /proc with the files learners read (the kernel's text, as this machine's engine shows). */
  public static FsTree proc(long mtime) {
    FsTree t = new FsTree(new Node.Dir(new TreeMap<>(), 0555, 0, 0, mtime));
    text(t, "version", "Linux version 6.10.14-linuxkit (root@buildkitsandbox) (gcc (Alpine 13.2.1_git20240309) 13.2.1"
        + " 20240309, GNU ld (GNU Binutils) 2.42) #1 SMP Fri Nov 29 17:22:03 UTC 2024\n", mtime);
    text(t, "meminfo", "MemTotal:        8148340 kB\nMemFree:         6402112 kB\nMemAvailable:    7297420 kB\n"
        + "Buffers:            2848 kB\nCached:          1130676 kB\nSwapTotal:             0 kB\nSwapFree:              0 kB\n",
        mtime);
    StringBuilder cpu = new StringBuilder();
    for (int i = 0; i < 2; i++) {
      cpu.append("processor\t: ").append(i).append("\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) CPU\n\n");
    }
    text(t, "cpuinfo", cpu.toString(), mtime);
    text(t, "uptime", "1234.56 2400.12\n", mtime);
    return t;
  }

  /** Returns a /sys with the kernel's top directories. */
  public static FsTree sys(long mtime) {
    FsTree t = new FsTree(new Node.Dir(new TreeMap<>(), 0555, 0, 0, mtime));
    for (String d : List.of("block", "bus", "class", "dev", "devices", "firmware", "fs", "kernel", "module", "power")) {
      t.set(List.of(d), new Node.Dir(new TreeMap<>(), 0755, 0, 0, mtime), mtime);
    }
    return t;
  }

  private static void text(FsTree t, String name, String content, long mtime) {
    t.set(List.of(name), new Node.RegularFile(content.getBytes(StandardCharsets.UTF_8), 0444, 0, 0, mtime), mtime);
  }

  private static void device(FsTree t, String name, int major, int minor, long mtime) {
    byte[] numbers = (major + "," + minor).getBytes(StandardCharsets.US_ASCII);
    t.set(List.of(name), new Node.RegularFile(numbers, S_IFCHR | 0666, 0, 0, mtime), mtime);
  }

  /**
   * Adds the host device {@code hostName} (a name under /dev: null, zero…) at {@code path} of a
   * container's /dev tree (--device), making missing parent directories; false when the host has
   * no such device.
   */
  public static boolean passThrough(FsTree dev, String hostName, List<String> path, long mtime) {
    Node host = tree(mtime).lookup(List.of(hostName));
    if (!isDevice(host) || path.isEmpty()) {
      return false;
    }
    for (int i = 1; i < path.size(); i++) {
      if (dev.lookup(path.subList(0, i)) == null) {
        dev.set(path.subList(0, i), new Node.Dir(new TreeMap<>(), 0755, 0, 0, mtime), mtime);
      }
    }
    dev.set(path, host, mtime);
    return true;
  }

  private static void link(FsTree t, String name, String target, long mtime) {
    t.set(List.of(name), new Node.Symlink(target, 0777, 0, 0, mtime), mtime);
  }

  /** Returns whether {@code node} is a character device. */
  public static boolean isDevice(Node node) {
    return node instanceof Node.RegularFile && (node.mode() & 0170000) == S_IFCHR;
  }

  /** Returns what one read of the device yields. */
  static byte[] read(Node.RegularFile device, String path) {
    switch (new String(device.content(), StandardCharsets.US_ASCII)) {
      case "1,5":
      case "1,7":
        return ZEROS;
      case "1,8":
      case "1,9":
        return RANDOM;
      case "5,0":
        throw new FsException(FsError.EINVAL, path);
      default:
        return new byte[0];
    }
  }

  private static byte[] random() {
    byte[] b = new byte[ENDLESS];
    // Deterministic like everything in a session: the same bytes on every read.
    new SplittableRandom(0x6b756a697261L).nextBytes(b);
    return b;
  }

  /** Checks a write to the device: /dev/full refuses it, the others swallow it. */
  static void write(Node.RegularFile device, String path) {
    if (new String(device.content(), StandardCharsets.US_ASCII).equals("1,7")) {
      throw new FsException(FsError.ENOSPC, path);
    }
  }
}
