package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Resolution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** xargs, stat and nproc (busybox 1.35 wording). */
final class MiscApplets {
  private static final DateTimeFormatter STAT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS '+0000'")
      .withZone(ZoneOffset.UTC);

  private MiscApplets() {
  }

  static Map<String, Applet> all() {
    Map<String, Applet> m = new LinkedHashMap<>();
    m.put("xargs", SysApplets.simple("xargs", MiscApplets::xargs));
    m.put("stat", SysApplets.simple("stat", MiscApplets::stat));
    // tty: the terminal docker run -t gives the main process is its first pseudo-terminal (recorded).
    m.put("tty", SysApplets.simple("tty", (p, a) -> {
      boolean quiet = a.size() > 1 && a.get(1).equals("-s");
      // docker run/exec -t gives all three descriptors the pty, with or without -i.
      if (p.stdinIsTerminal() || dev.kujira.engine.process.Tty.isInput(p.stdin())
          || p.stdout() instanceof dev.kujira.engine.api.TerminalPrintStream) {
        if (!quiet) {
          p.stdout().println("/dev/pts/0");
        }
        return 0;
      }
      if (!quiet) {
        p.stdout().println("not a tty");
      }
      return 1;
    }));
    m.put("nproc", SysApplets.simple("nproc", (p, a) -> {
      p.stdout().println(2);
      return 0;
    }));
    return m;
  }

  /** xargs [-n N] [-I STR] [COMMAND [ARGS]...]: runs COMMAND (echo) with the words of stdin. */
  private static int xargs(Proc p, List<String> a) {
    int i = 1;
    int per = Integer.MAX_VALUE;
    String replace = null;
    while (i < a.size() && a.get(i).startsWith("-")) {
      String o = a.get(i++);
      if (o.equals("-n") && i < a.size()) {
        per = Math.max(1, Integer.parseInt(a.get(i++)));
      } else if (o.startsWith("-n")) {
        per = Math.max(1, Integer.parseInt(o.substring(2)));
      } else if (o.equals("-I") && i < a.size()) {
        replace = a.get(i++);
      }
    }
    List<String> cmd = i < a.size() ? new ArrayList<>(a.subList(i, a.size())) : new ArrayList<>(List.of("echo"));
    String input;
    try {
      input = new String(p.stdin().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      input = "";
    }
    List<String> words = new ArrayList<>();
    if (replace != null) {
      for (String line : input.split("\n")) {
        if (!line.isBlank()) {
          words.add(line.strip());
        }
      }
    } else {
      for (String w : input.trim().split("\\s+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    Resolution r = p.resolve(cmd.get(0));
    if (!r.isFound()) {
      p.stderr().println("xargs: " + cmd.get(0) + ": No such file or directory");
      return 127;
    }
    int rc = 0;
    int step = replace != null ? 1 : per;
    for (int at = 0; at < words.size() || at == 0 && words.isEmpty() && replace == null; at += step) {
      List<String> argv = new ArrayList<>();
      if (replace != null) {
        for (String c : cmd) {
          argv.add(c.replace(replace, words.get(at)));
        }
      } else {
        argv.addAll(cmd);
        argv.addAll(words.subList(Math.min(at, words.size()), Math.min(words.size(), at + step)));
      }
      int code = p.child(p.env(), p.stdin(), p.stdout(), p.stderr()).exec(r.program(), argv, null);
      if (code != 0) {
        rc = 123;
      }
      if (words.isEmpty()) {
        break;
      }
    }
    return rc;
  }

  /** stat [-c FORMAT] FILE...: the default block or a format of %n %s %a %A %U %G %u %g %F %Y %y %b %h. */
  private static int stat(Proc p, List<String> a) {
    Applet.Opts o = Applet.parse(a, "c");
    Accounts acc = Accounts.of(p);
    int rc = 0;
    for (String f : o.operands) {
      Stat st;
      try {
        st = p.fs().lstat(f);
      } catch (FsException e) {
        p.stderr().println("stat: can't stat '" + f + "': " + e.error().message());
        rc = 1;
        continue;
      }
      if (o.has('c')) {
        p.stdout().println(format(o.get('c', ""), f, st, acc));
        continue;
      }
      String mode = LsProgram.modeString(st);
      p.stdout().printf("  File: %s%n  Size: %-10d\tBlocks: %-10d IO Block: 4096   %s%n", f, st.size(),
          LsProgram.kilobytes(st) * 2, kind(st));
      p.stdout().printf("Access: (%04o/%s)  Uid: (%5d/%8s)   Gid: (%5d/%8s)%n", st.mode() & 07777, mode, st.uid(),
          acc.userName(st.uid()), st.gid(), acc.groupName(st.gid()));
      String t = STAT_TIME.format(Instant.ofEpochMilli(st.mtime()));
      p.stdout().printf("Access: %s%nModify: %s%nChange: %s%n", t, t, t);
    }
    return rc;
  }

  private static String kind(Stat st) {
    return switch (st.type()) {
      case DIRECTORY -> "directory";
      case SYMLINK -> "symbolic link";
      case CHAR_DEVICE -> "character special file";
      case SOCKET -> "socket";
      default -> st.size() == 0 ? "regular empty file" : "regular file";
    };
  }

  private static String format(String fmt, String name, Stat st, Accounts acc) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fmt.length(); i++) {
      char c = fmt.charAt(i);
      if (c != '%' || i + 1 >= fmt.length()) {
        sb.append(c);
        continue;
      }
      char k = fmt.charAt(++i);
      sb.append(switch (k) {
        case 'n' -> name;
        case 's' -> String.valueOf(st.size());
        case 'a' -> Integer.toOctalString(st.mode() & 07777);
        case 'A' -> LsProgram.modeString(st);
        case 'U' -> acc.userName(st.uid());
        case 'G' -> acc.groupName(st.gid());
        case 'u' -> String.valueOf(st.uid());
        case 'g' -> String.valueOf(st.gid());
        case 'F' -> kind(st);
        case 'Y' -> String.valueOf(st.mtime() / 1000);
        case 'y' -> STAT_TIME.format(Instant.ofEpochMilli(st.mtime()));
        case 'b' -> String.valueOf(LsProgram.kilobytes(st) * 2);
        case 'h' -> "1";
        case '%' -> "%";
        default -> "?";
      });
    }
    return sb.toString();
  }
}
