package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.ProcessEntry;
import dev.kujira.engine.process.Kill;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process applets: ps, kill, top (a frame every -d seconds, -n times or for ever) and free, reading the machine's process table
 * and a fixed simulated memory (busybox 1.35 layouts, as the real engine prints them).
 */
final class ProcApplets {
  /** The simulated machine's memory in KiB: total, used, free, shared, buff/cache, available. */
  private static final long[] MEMORY = {8_148_340, 612_704, 6_402_112, 8_872, 1_133_524, 7_297_420};
  private static final String PS_FIELDS = "user,group,comm,args,pid,ppid,pgid,nice,rgroup,ruser,tty,vsz,sid,stat,rss";

  private ProcApplets() {
  }

  static Map<String, Applet> all() {
    Map<String, Applet> m = new LinkedHashMap<>();
    m.put("ps", SysApplets.simple("ps", ProcApplets::ps));
    m.put("kill", SysApplets.simple("kill", (p, a) -> Kill.run(p, a, "kill")));
    m.put("top", SysApplets.simple("top", ProcApplets::top));
    m.put("free", SysApplets.simple("free", ProcApplets::free));
    return m;
  }

  /** One -o column: its header, width (0 = the rest of the line) and alignment. */
  private record Column(String key, String header, int width, boolean right) {
  }

  private static Column column(String key) {
    return switch (key) {
      case "pid" -> new Column(key, "PID", 5, true);
      case "ppid" -> new Column(key, "PPID", 5, true);
      case "pgid" -> new Column(key, "PGID", 5, true);
      case "sid" -> new Column(key, "SID", 5, true);
      case "user", "ruser" -> new Column(key, key.equals("user") ? "USER" : "RUSER", 8, false);
      case "group", "rgroup" -> new Column(key, key.equals("group") ? "GROUP" : "RGROUP", 8, false);
      case "comm" -> new Column(key, "COMMAND", 16, false);
      case "args" -> new Column(key, "COMMAND", 0, false);
      case "nice" -> new Column(key, "NI", 5, true);
      case "tty" -> new Column(key, "TT", 6, false);
      case "vsz" -> new Column(key, "VSZ", 6, true);
      case "rss" -> new Column(key, "RSS", 5, true);
      case "stat" -> new Column(key, "STAT", 4, false);
      default -> null;
    };
  }

  private static String value(Column c, ProcessEntry e) {
    return switch (c.key()) {
      case "pid" -> String.valueOf(e.pid());
      case "ppid" -> String.valueOf(e.ppid());
      case "pgid", "sid" -> "1";
      case "user", "ruser", "group", "rgroup" -> e.user();
      case "comm" -> e.comm();
      case "args" -> args(e);
      case "nice" -> "0";
      case "tty" -> "?";
      case "vsz" -> "2268";
      case "rss" -> "4";
      default -> "S";
    };
  }

  /** Returns the args column: busybox shows {comm} first when the command line names another program. */
  private static String args(ProcessEntry e) {
    String cmd = String.join(" ", e.args());
    String first = e.args().isEmpty() ? "" : e.args().get(0);
    String base = first.substring(first.lastIndexOf('/') + 1);
    return base.equals(e.comm()) ? cmd : "{" + e.comm() + "} " + cmd;
  }

  private static int ps(Proc p, List<String> a) {
    List<String> keys = new ArrayList<>(List.of("pid", "user", "args"));
    for (int i = 1; i < a.size(); i++) {
      if (a.get(i).equals("-o") && i + 1 < a.size()) {
        if (keys.equals(List.of("pid", "user", "args"))) {
          keys.clear();
        }
        keys.addAll(List.of(a.get(++i).split(",")));
      }
    }
    List<Column> cols = new ArrayList<>();
    for (String k : keys) {
      Column c = column(k.contains("=") ? k.substring(0, k.indexOf('=')) : k);
      if (c == null) {
        p.stderr().println("ps: bad -o argument '" + k + "', supported arguments: " + PS_FIELDS);
        return 1;
      }
      cols.add(k.contains("=") ? new Column(c.key(), k.substring(k.indexOf('=') + 1), c.width(), c.right()) : c);
    }
    p.stdout().println(line(cols, null));
    for (ProcessEntry e : p.processes()) {
      p.stdout().println(line(cols, e));
    }
    return 0;
  }

  private static String line(List<Column> cols, ProcessEntry e) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      String v = e == null ? c.header() : value(c, e);
      boolean last = i == cols.size() - 1;
      if (i > 0) {
        sb.append(' ');
      }
      if (c.width() == 0 || last && !c.right()) {
        sb.append(v);
      } else if (c.right() && e != null) {
        sb.append(String.format("%" + c.width() + "s", v));
      } else {
        sb.append(String.format("%-" + c.width() + "s", v));
      }
    }
    return sb.toString().stripTrailing();
  }

  private static int top(Proc p, List<String> a) {
    // busybox top repeats its frame every -d seconds (5 by default) until -n frames were shown, or for
    // ever without -n: `docker run -d busybox top -b` keeps running (recorded by tests/tools/difftest).
    long count = 0;
    long delay = 5;
    for (int i = 1; i < a.size(); i++) {
      String t = a.get(i);
      if (!t.startsWith("-")) {
        continue;
      }
      for (int j = 1; j < t.length(); j++) {
        char c = t.charAt(j);
        if (c == 'n' || c == 'd') {
          String v = j + 1 < t.length() ? t.substring(j + 1) : i + 1 < a.size() ? a.get(++i) : "";
          long n = v.matches("\\d+") ? Long.parseLong(v) : 0;
          if (c == 'n') {
            count = n;
          } else {
            delay = Math.max(n, 1);
          }
          break;
        }
      }
    }
    // busybox top catches the fatal signals (bb_signals(BB_FATAL_SIGS, sig_catcher)) and ends with
    // 128+signal even as pid 1, so `docker stop` leaves it Exited (143) (recorded by tests/tools/difftest)
    // (SIGINT stays fatal here: Ctrl-C must end it at once, with the same 130)
    p.handle(dev.kujira.engine.process.Signal.SIGTERM, true);
    p.handle(dev.kujira.engine.process.Signal.SIGHUP, true);
    return frames(p, count, delay * 1000);
  }

  private static int frames(Proc p, long left, long delayMillis) {
    java.util.Optional<dev.kujira.engine.process.Signal> caught = p.takeSignal();
    if (caught.isPresent()) {
      return 128 + caught.get().number();
    }
    frame(p);
    if (left == 1) {
      return 0;
    }
    // the signal cuts the sleep short, as it interrupts top's poll: `docker stop -t 0` sees 143 (d09)
    return p.sleepThenInterruptibly(delayMillis, () -> frames(p, left == 0 ? 0 : left - 1, delayMillis));
  }

  private static void frame(Proc p) {
    long[] m = MEMORY;
    List<ProcessEntry> procs = p.processes();
    p.stdout().printf("Mem: %dK used, %dK free, %dK shrd, %dK buff, %dK cached%n", m[0] - m[2], m[2], m[3], 2848L,
        m[4] - 2848);
    p.stdout().println("CPU:   0% usr   0% sys   0% nic 100% idle   0% io   0% irq   0% sirq");
    p.stdout().printf("Load average: 0.00 0.00 0.00 1/%d %d%n", 100 + procs.size(), procs.isEmpty() ? 1
        : procs.get(procs.size() - 1).pid());
    p.stdout().println("  PID  PPID USER     STAT   VSZ %VSZ %CPU COMMAND");
    for (ProcessEntry e : procs) {
      p.stdout().printf("%5d %5d %-8s %-4s %5d %3d%% %3d%% %s%n", e.pid(), e.ppid(), e.user(),
          e.comm().equals("top") ? "R" : "S", 2268, 0, 0, args(e));
    }
  }

  private static int free(Proc p, List<String> a) {
    String unit = a.size() > 1 ? a.get(1) : "-k";
    p.stdout().println("              total        used        free      shared  buff/cache   available");
    StringBuilder mem = new StringBuilder("Mem:   ");
    for (long v : MEMORY) {
      mem.append(String.format("%12s", scale(v, unit)));
    }
    p.stdout().println(mem);
    p.stdout().println(String.format("Swap:  %12s%12s%12s", scale(0, unit), scale(0, unit), scale(0, unit)));
    return 0;
  }

  private static String scale(long kib, String unit) {
    return switch (unit) {
      case "-m" -> String.valueOf(kib / 1024);
      case "-g" -> String.valueOf(kib / 1024 / 1024);
      case "-b" -> String.valueOf(kib * 1024);
      case "-h" -> kib == 0 ? "0" : LsProgram.human(kib * 1024);
      default -> String.valueOf(kib);
    };
  }
}
