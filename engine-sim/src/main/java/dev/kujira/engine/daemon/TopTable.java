package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.process.ProcessEntry;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@code docker top}'s table: the daemon runs the host's procps {@code ps} with the
 * user's options (default {@code -ef}) and keeps the container's processes, by host pid
 * (moby daemon/top_unix.go). Host pids follow the container's first one.
 */
public final class TopTable {
  private TopTable() {
  }

  public static List<List<String>> of(Container c, List<ProcessEntry> procs, List<String> psArgs) {
    List<String> cols = columns(psArgs);
    if (!cols.contains("pid")) {
      throw Errors.topNoPid();
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (String k : cols) {
      header.add(header(k));
    }
    rows.add(header);
    for (ProcessEntry e : procs) {
      List<String> row = new ArrayList<>();
      for (String k : cols) {
        row.add(value(c, e, k));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> columns(List<String> args) {
    if (args.isEmpty() || args.equals(List.of("-ef")) || args.equals(List.of("-f"))) {
      return List.of("uid", "pid", "ppid", "c", "stime", "tty", "time", "cmd");
    }
    if (args.equals(List.of("aux")) || args.equals(List.of("-aux"))) {
      return List.of("user", "pid", "%cpu", "%mem", "vsz", "rss", "tty", "stat", "start", "bsdtime", "command");
    }
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if ((args.get(i).equals("-o") || args.get(i).equals("o")) && i + 1 < args.size()) {
        for (String k : args.get(++i).split(",")) {
          cols.add(k.trim());
        }
      }
    }
    return cols.isEmpty() ? List.of("pid", "tty", "stat", "bsdtime", "command") : cols;
  }

  private static String header(String k) {
    return switch (k) {
      case "uid" -> "UID";
      case "bsdtime" -> "TIME";
      case "comm", "args", "command" -> "COMMAND";
      case "%cpu" -> "%CPU";
      case "%mem" -> "%MEM";
      default -> k.toUpperCase(java.util.Locale.ROOT);
    };
  }

  private static String value(Container c, ProcessEntry e, String k) {
    LocalTime t = Instant.ofEpochMilli(e.started()).atZone(ZoneOffset.UTC).toLocalTime();
    String hhmm = String.format("%02d:%02d", t.getHour(), t.getMinute());
    return switch (k) {
      case "pid" -> String.valueOf(hostPid(c, e.pid()));
      case "ppid" -> String.valueOf(e.ppid() == 0 ? c.pid - 1 : hostPid(c, e.ppid()));
      case "uid", "user" -> e.user();
      case "c", "%cpu", "%mem" -> k.equals("c") ? "0" : "0.0";
      case "stime", "start" -> hhmm;
      case "tty" -> "?";
      case "time" -> "00:00:00";
      case "bsdtime" -> "0:00";
      case "vsz" -> "2268";
      case "rss" -> "1380";
      case "stat" -> e.pid() == 1 ? "Ss" : "S";
      case "comm" -> e.comm();
      default -> String.join(" ", e.args());
    };
  }

  private static int hostPid(Container c, int pid) {
    return c.pid + pid - 1;
  }
}
