package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Resolution;
import dev.kujira.engine.shell.Echo;
import dev.kujira.engine.shell.Printf;
import dev.kujira.engine.shell.TestExpr;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The small system applets: echo, printf, test, true, false, sleep, env, hostname, pwd, id, uname, date, seq… */
final class SysApplets {
  private SysApplets() {
  }

  /** Returns these applets by name. */
  static Map<String, Applet> all() {
    Map<String, Applet> m = new LinkedHashMap<>();
    m.put("echo", simple("echo", (p, a) -> Echo.run(a.subList(1, a.size()), p.stdout())));
    m.put("printf", simple("printf", (p, a) -> {
      if (a.size() < 2) {
        p.stderr().println("printf: usage: printf FORMAT [ARGUMENT...]");
        return 1;
      }
      try {
        p.stdout().print(Printf.format(a.get(1), a.subList(2, a.size())));
      } catch (Printf.InvalidFormat e) {
        p.stdout().print(e.done);
        p.stdout().flush();
        p.stderr().println(e.busybox());
        return 1;
      }
      p.stdout().flush();
      return 0;
    }));
    m.put("test", simple("test", (p, a) -> TestExpr.evaluate(a.subList(1, a.size()), p.fs(), p.stderr(), "test",
        fd -> TestExpr.terminal(fd, p.stdin(), p.stdout(), p.stderr()))));
    m.put("[", simple("[", (p, a) -> a.get(a.size() - 1).equals("]")
        ? TestExpr.evaluate(a.subList(1, a.size() - 1), p.fs(), p.stderr(), "[",
            fd -> TestExpr.terminal(fd, p.stdin(), p.stdout(), p.stderr())) : missingBracket(p)));
    m.put("true", simple("true", (p, a) -> 0));
    // busybox clear writes ESC [H ESC [J (checked with od on Debian's busybox 1.35).
    m.put("clear", simple("clear", (p, a) -> {
      p.stdout().print("\033[H\033[J");
      p.stdout().flush();
      return 0;
    }));
    m.put("false", simple("false", (p, a) -> 1));
    m.put("sleep", simple("sleep", SysApplets::sleep));
    m.put("env", simple("env", SysApplets::env));
    m.put("printenv", simple("printenv", (p, a) -> {
      if (a.size() > 1) {
        String v = p.env().get(a.get(1));
        if (v == null) {
          return 1;
        }
        p.stdout().println(v);
        return 0;
      }
      p.env().forEach((k, v) -> p.stdout().println(k + "=" + v));
      return 0;
    }));
    m.put("hostname", simple("hostname", (p, a) -> {
      if (a.contains("-i")) {
        // hostname -i: the addresses the host name resolves to (its /etc/hosts line).
        java.util.Optional<String> ip = p.network().resolve(p.hostname());
        if (ip.isEmpty()) {
          p.stderr().println("hostname: " + p.hostname() + ": Name or service not known");
          return 1;
        }
        p.stdout().println(ip.get());
        return 0;
      }
      if (a.contains("-f") || a.contains("-d") || a.contains("-s")) {
        // -f: the canonical name, the first name of the /etc/hosts line naming the host (--domainname
        // makes it "host.domain"); -d the part after its first dot; -s the part before.
        String fqdn = canonicalName(p);
        int dot = fqdn.indexOf('.');
        p.stdout().println(a.contains("-f") ? fqdn : a.contains("-s") ? (dot < 0 ? fqdn : fqdn.substring(0, dot))
            : dot < 0 ? "" : fqdn.substring(dot + 1));
        return 0;
      }
      p.stdout().println(p.hostname());
      return 0;
    }));
    m.put("pwd", simple("pwd", (p, a) -> {
      p.stdout().println(p.fs().cwd());
      return 0;
    }));
    m.put("whoami", simple("whoami", (p, a) -> {
      p.stdout().println("root");
      return 0;
    }));
    m.put("id", simple("id", (p, a) -> {
      p.stdout().println("uid=0(root) gid=0(root) groups=0(root),1(daemon),2(bin),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)");
      return 0;
    }));
    m.put("uname", simple("uname", SysApplets::uname));
    m.put("date", simple("date", SysApplets::date));
    m.put("seq", simple("seq", SysApplets::seq));
    m.put("basename", simple("basename", (p, a) -> {
      if (a.size() < 2) {
        p.stderr().println("basename: missing operand");
        return 1;
      }
      String s = a.get(1).replaceAll("/+$", "");
      String b = s.isEmpty() ? "/" : s.substring(s.lastIndexOf('/') + 1);
      if (a.size() > 2 && b.endsWith(a.get(2)) && !b.equals(a.get(2))) {
        b = b.substring(0, b.length() - a.get(2).length());
      }
      p.stdout().println(b);
      return 0;
    }));
    m.put("dirname", simple("dirname", (p, a) -> {
      if (a.size() < 2) {
        p.stderr().println("dirname: missing operand");
        return 1;
      }
      String s = a.get(1).replaceAll("/+$", "");
      int i = s.lastIndexOf('/');
      p.stdout().println(i < 0 ? "." : i == 0 ? "/" : s.substring(0, i));
      return 0;
    }));
    m.put("which", simple("which", (p, a) -> {
      int rc = 0;
      for (String w : a.subList(1, a.size())) {
        Resolution r = p.resolve(w);
        if (r.isFound()) {
          p.stdout().println(r.path());
        } else {
          rc = 1;
        }
      }
      return rc;
    }));
    m.put("yes", simple("yes", (p, a) -> {
      String s = a.size() > 1 ? String.join(" ", a.subList(1, a.size())) : "y";
      // An endless writer writes 64 KiB. Into a pipe it ends there: a pipeline's stages run one after
      // another over buffers, so its reader (grep -m1, sed 3q) runs only after it; a reader that wants
      // less (head) ends it sooner with EPIPE. Into a file, /dev/null or a terminal it then blocks, as
      // a real yes runs on, until a signal ends it: timeout's TERM (124, as `timeout 1 yes >/dev/null`
      // on Linux; busybox's "Terminated", 143, conformance b55), Ctrl-C, kill; holding no CPU, in
      // virtual time.
      for (int n = 0; n < 65536 / (s.length() + 1); n++) {
        p.stdout().println(s);
      }
      p.stdout().flush();
      return p.stdout() instanceof dev.kujira.engine.fs.QuotaBuffer.PipeEnd ? 0 : p.sleepThen(Long.MAX_VALUE / 4, 0);
    }));
    return m;
  }

  private static int missingBracket(Proc p) {
    p.stderr().println("[: missing ]");
    return 2;
  }

  private static int sleep(Proc p, List<String> a) {
    if (a.size() < 2) {
      // busybox 1.35's full usage text (recorded by tests/tools/difftest: docker run --rm busybox sleep)
      return Banner.show(p, "sleep", 1);
    }
    long total = 0;
    for (String s : a.subList(1, a.size())) {
      if (s.equals("inf") || s.equals("infinity")) {
        total = Long.MAX_VALUE / 4;
        break;
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)([smhd]?)").matcher(s);
      if (!m.matches()) {
        p.stderr().println("sleep: invalid number '" + s + "'");
        return 1;
      }
      double v = Double.parseDouble(m.group(1));
      long mult = switch (m.group(2)) {
        case "m" -> 60_000L;
        case "h" -> 3_600_000L;
        case "d" -> 86_400_000L;
        default -> 1000L;
      };
      total += (long) (v * mult);
    }
    return p.sleepThen(total, 0);
  }

  private static int env(Proc p, List<String> a) {
    Map<String, String> env = new LinkedHashMap<>(p.env());
    int i = 1;
    if (i < a.size() && (a.get(i).equals("-i") || a.get(i).equals("-"))) {
      env.clear();
      i++;
    }
    while (i < a.size() && a.get(i).contains("=")) {
      String e = a.get(i++);
      env.put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
    }
    if (i >= a.size()) {
      env.forEach((k, v) -> p.stdout().println(k + "=" + v));
      return 0;
    }
    Resolution r = p.resolve(a.get(i));
    if (!r.isFound()) {
      p.stderr().println("env: can't execute '" + a.get(i) + "': No such file or directory");
      return 127;
    }
    return p.child(env, p.stdin(), p.stdout(), p.stderr()).exec(r.program(), new ArrayList<>(a.subList(i, a.size())), null);
  }

  private static int uname(Proc p, List<String> a) {
    String opts = a.size() > 1 ? String.join("", a.subList(1, a.size())).replace("-", "") : "s";
    if (opts.contains("a")) {
      p.stdout().println("Linux " + p.hostname() + " 6.8.0-kujira #1 SMP x86_64 GNU/Linux");
      return 0;
    }
    List<String> parts = new ArrayList<>();
    for (char c : opts.toCharArray()) {
      switch (c) {
        case 's' -> parts.add("Linux");
        case 'n' -> parts.add(p.hostname());
        case 'r' -> parts.add("6.8.0-kujira");
        case 'm' -> parts.add("x86_64");
        case 'o' -> parts.add("GNU/Linux");
        default -> { }
      }
    }
    p.stdout().println(String.join(" ", parts));
    return 0;
  }

  /** Parses the date forms busybox {@code date -d} accepts most often: @SECONDS, YYYY-MM-DD[ HH:MM[:SS]]. */
  static Instant parseDate(String when) {
    try {
      if (when.startsWith("@")) {
        return Instant.ofEpochSecond(Long.parseLong(when.substring(1)));
      }
      String t = when.trim().replace('T', ' ');
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        t += " 00:00:00";
      } else if (t.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")) {
        t += ":00";
      }
      return java.time.LocalDateTime.parse(t, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toInstant(ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static int date(Proc p, List<String> a) {
    Instant now = Instant.ofEpochMilli(p.now());
    String fmt = null;
    for (int i = 1; i < a.size(); i++) {
      String s = a.get(i);
      if (s.startsWith("+")) {
        fmt = s.substring(1);
      } else if ((s.equals("-d") || s.equals("--date")) && i + 1 < a.size() || s.startsWith("-d") && s.length() > 2) {
        String when = s.length() > 2 && !s.startsWith("--") ? s.substring(2) : a.get(++i);
        now = parseDate(when);
        if (now == null) {
          p.stderr().println("date: invalid date '" + when + "'");
          return 1;
        }
      }
    }
    var t = now.atZone(ZoneOffset.UTC);
    if (fmt == null) {
      p.stdout().println(DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", java.util.Locale.ROOT).format(t)
          .replaceFirst(" (\\d) ", "  $1 "));
      return 0;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fmt.length(); i++) {
      char c = fmt.charAt(i);
      if (c != '%' || i + 1 >= fmt.length()) {
        sb.append(c);
        continue;
      }
      char f = fmt.charAt(++i);
      switch (f) {
        case 'Y' -> sb.append(t.getYear());
        case 'm' -> sb.append(String.format("%02d", t.getMonthValue()));
        case 'd' -> sb.append(String.format("%02d", t.getDayOfMonth()));
        case 'H' -> sb.append(String.format("%02d", t.getHour()));
        case 'M' -> sb.append(String.format("%02d", t.getMinute()));
        case 'S' -> sb.append(String.format("%02d", t.getSecond()));
        case 's' -> sb.append(now.getEpochSecond());
        case 'F' -> sb.append(DateTimeFormatter.ISO_LOCAL_DATE.format(t));
        case 'T' -> sb.append(DateTimeFormatter.ofPattern("HH:mm:ss").format(t));
        case '%' -> sb.append('%');
        default -> sb.append('%').append(f);
      }
    }
    p.stdout().println(sb);
    return 0;
  }

  private static int seq(Proc p, List<String> a) {
    try {
      long first = 1;
      long step = 1;
      long last;
      if (a.size() == 2) {
        last = Long.parseLong(a.get(1));
      } else if (a.size() == 3) {
        first = Long.parseLong(a.get(1));
        last = Long.parseLong(a.get(2));
      } else if (a.size() == 4) {
        first = Long.parseLong(a.get(1));
        step = Long.parseLong(a.get(2));
        last = Long.parseLong(a.get(3));
      } else {
        p.stderr().println("seq: missing operand");
        return 1;
      }
      // Written a buffer at a time, as busybox's stdio does: a long run into a pipe costs its
      // bytes, not a flushed write per number; every number is a step of the line's budget.
      StringBuilder chunk = new StringBuilder();
      for (long v = first; step > 0 ? v <= last : v >= last; v += step) {
        dev.kujira.engine.util.Budget.tick();
        chunk.append(v).append('\n');
        if (chunk.length() >= 4096) {
          p.stdout().print(chunk);
          chunk.setLength(0);
        }
        if (step == 0 || v + step < v != step < 0) {
          break;
        }
      }
      p.stdout().print(chunk);
      return 0;
    } catch (NumberFormatException e) {
      p.stderr().println("seq: invalid number");
      return 1;
    }
  }

  /** Wraps a lambda as a named applet. */
  private static String canonicalName(Proc p) {
    try {
      for (String line : new String(p.fs().read("/etc/hosts"), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        List<String> f = List.of(line.trim().split("\\s+"));
        if (!line.startsWith("#") && f.size() > 1 && f.subList(1, f.size()).contains(p.hostname())) {
          return f.get(1);
        }
      }
    } catch (RuntimeException e) {
      // no /etc/hosts: the plain name
    }
    return p.hostname();
  }

  static Applet simple(String name, java.util.function.BiFunction<Proc, List<String>, Integer> body) {
    return new Applet() {
      @Override
      String name() {
        return name;
      }

      @Override
      public int run(Proc p, List<String> argv) {
        return dev.kujira.engine.process.Suspend.call(() -> body.apply(p, argv), o -> {
          int rc = o.get();
          p.stdout().flush();
          return rc;
        });
      }
    };
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static boolean exists(Proc p, String path) {
    try {
      p.fs().lstat(path);
      return true;
    } catch (FsException e) {
      return false;
    }
  }
}
