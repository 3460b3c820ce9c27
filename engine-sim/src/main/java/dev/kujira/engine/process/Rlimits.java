package dev.kujira.engine.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container process's resource limits (setrlimit), as /proc/PID/limits prints them and the
 * shells' {@code ulimit} reads them. The defaults are what a container gets from Docker 26.1 with
 * runc (recorded on the recording machine: stack 8 MiB soft, core 0, memlock 8 MiB, msgqueue
 * 819200, its 96367 processes and pending signals), except open files: the recording daemon ran
 * under a 20000 limit, while a learner's dockerd/containerd (systemd LimitNOFILE=infinity) gives
 * 1048576, the figure nginx reports here too. {@code --ulimit NAME=SOFT[:HARD]} replaces a row.
 */
public final class Rlimits {
  /** Unlimited (RLIM_INFINITY). */
  public static final long UNLIMITED = -1;

  /**
   * One limit.
   *
   * @param name docker's --ulimit name (go-units)
   * @param proc the /proc/PID/limits row name
   * @param unit its unit column
   * @param option busybox ulimit's option letter, or 0 when it has none
   * @param label busybox ulimit -a's label
   * @param scale what ulimit divides the raw value by (512-byte blocks, KiB)
   */
  public record Limit(String name, String proc, String unit, char option, String label, long scale, long soft, long hard) {
    Limit with(long s, long h) {
      return new Limit(name, proc, unit, option, label, scale, s, h);
    }
  }

  private static final long U = UNLIMITED;
  private static final List<Limit> DEFAULTS = List.of(
      new Limit("cpu", "Max cpu time", "seconds", 't', "cpu time (seconds)", 1, U, U),
      new Limit("fsize", "Max file size", "bytes", 'f', "file size (blocks)", 512, U, U),
      new Limit("data", "Max data size", "bytes", 'd', "data seg size (kb)", 1024, U, U),
      new Limit("stack", "Max stack size", "bytes", 's', "stack size (kb)", 1024, 8388608, U),
      new Limit("core", "Max core file size", "bytes", 'c', "core file size (blocks)", 512, 0, U),
      new Limit("rss", "Max resident set", "bytes", 'm', "max memory size (kb)", 1024, U, U),
      new Limit("nproc", "Max processes", "processes", 'u', "max user processes", 1, 96367, 96367),
      new Limit("nofile", "Max open files", "files", 'n', "open files", 1, 1048576, 1048576),
      new Limit("memlock", "Max locked memory", "bytes", 'l', "max locked memory (kb)", 1024, 8388608, 8388608),
      new Limit("as", "Max address space", "bytes", 'v', "virtual memory (kb)", 1024, U, U),
      new Limit("locks", "Max file locks", "locks", 'x', "file locks", 1, U, U),
      new Limit("sigpending", "Max pending signals", "signals", 'i', "pending signals", 1, 96367, 96367),
      new Limit("msgqueue", "Max msgqueue size", "bytes", 'q', "POSIX message queues (bytes)", 1, 819200, 819200),
      new Limit("nice", "Max nice priority", "", 'e', "scheduling priority", 1, 0, 0),
      new Limit("rtprio", "Max realtime priority", "", 'r', "real-time priority", 1, 0, 0),
      new Limit("rttime", "Max realtime timeout", "us", (char) 0, "", 1, U, U));

  private Rlimits() {
  }

  /** Returns the limits with docker's {@code --ulimit} rows ({@code name → [soft, hard]}) applied, in /proc order. */
  public static List<Limit> of(Map<String, long[]> ulimits) {
    List<Limit> out = new ArrayList<>();
    for (Limit l : DEFAULTS) {
      long[] v = ulimits.get(l.name());
      out.add(v == null ? l : l.with(v[0], v[1]));
    }
    return out;
  }

  /** /proc/PID/limits as the kernel prints it (fs/proc/base.c: "%-25s %-20s %-20s %-10s"). */
  public static String procText(List<Limit> limits) {
    StringBuilder sb = new StringBuilder(String.format("%-25s %-20s %-20s %-10s\n", "Limit", "Soft Limit", "Hard Limit",
        "Units"));
    for (Limit l : limits) {
      sb.append(String.format("%-25s %-20s %-20s %-10s\n", l.proc(), raw(l.soft()), raw(l.hard()), l.unit()));
    }
    return sb.toString();
  }

  /** Parses /proc/PID/limits back; null when the text is not one. */
  public static List<Limit> parse(String text) {
    Map<String, long[]> rows = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      for (Limit l : DEFAULTS) {
        if (line.startsWith(l.proc() + " ")) {
          String[] f = line.substring(25).trim().split("\\s+");
          rows.put(l.name(), new long[] {value(f[0]), value(f[1])});
        }
      }
    }
    return rows.isEmpty() ? null : of(rows);
  }

  private static String raw(long v) {
    return v == U ? "unlimited" : Long.toString(v);
  }

  private static long value(String s) {
    return s.equals("unlimited") ? U : Long.parseLong(s);
  }
}
