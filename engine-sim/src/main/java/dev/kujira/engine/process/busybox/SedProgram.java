package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Proc;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * sed [-n] [-E] [-i] [-e SCRIPT]... [SCRIPT] [FILE]...: addresses N, $, /re/ and ranges; commands
 * s///[gpN], p, d, q, =, y (a useful subset of busybox sed).
 */
final class SedProgram extends Applet {
  @Override
  String name() {
    return "sed";
  }

  /** GNU sed's words for a file it cannot open (sed 4.9 on this machine's Debian host). */
  @Override
  String gnuOpenError(String path, dev.kujira.engine.fs.FsException e) {
    return "can't read " + path + ": " + e.error().message();
  }

  private record Cmd(String a1, String a2, char op, Pattern re, String repl, boolean global, boolean print, int nth,
      String arg) {
  }

  @Override
  public int run(Proc p, List<String> argv) {
    Opts o = parse(argv, "ef");
    List<String> ops = new ArrayList<>(o.operands);
    String script = o.has('e') ? o.get('e', "") : ops.isEmpty() ? "" : ops.remove(0);
    boolean ere = o.has('E') || o.has('r');
    List<Cmd> cmds;
    try {
      cmds = compile(script, ere);
    } catch (IllegalArgumentException e) {
      p.stderr().println("sed: " + e.getMessage());
      return 1;
    }
    boolean[] failed = {false};
    if (o.has('i')) {
      for (String f : ops) {
        byte[] b = input(p, f);
        if (b == null) {
          failed[0] = true;
          continue;
        }
        StringBuilder out = new StringBuilder();
        apply(cmds, lines(SysApplets.text(b)), o.has('n'), out);
        p.fs().write(f, out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
      }
      return failed[0] ? 1 : 0;
    }
    StringBuilder out = new StringBuilder();
    apply(cmds, lines(inputs(p, ops, failed)), o.has('n'), out);
    p.stdout().print(out);
    p.stdout().flush();
    return failed[0] ? 1 : 0;
  }

  private static void apply(List<Cmd> cmds, List<String> lines, boolean quiet, StringBuilder out) {
    boolean[] inRange = new boolean[cmds.size()];
    for (int n = 1; n <= lines.size(); n++) {
      dev.kujira.engine.util.Budget.tick(dev.kujira.engine.util.Budget.FILE_STEP);
      String line = lines.get(n - 1);
      boolean last = n == lines.size();
      boolean deleted = false;
      boolean quit = false;
      for (int k = 0; k < cmds.size() && !deleted; k++) {
        Cmd c = cmds.get(k);
        if (!selected(c, n, last, line, inRange, k)) {
          continue;
        }
        switch (c.op()) {
          case 'p' -> out.append(line).append('\n');
          case 'd' -> deleted = true;
          case '=' -> out.append(n).append('\n');
          case 'q' -> quit = true;
          case 'y' -> {
            String[] sets = c.arg().split("\0");
            StringBuilder sb = new StringBuilder();
            for (char ch : line.toCharArray()) {
              int i = sets[0].indexOf(ch);
              sb.append(i >= 0 && i < sets[1].length() ? sets[1].charAt(i) : ch);
            }
            line = sb.toString();
          }
          case 's' -> {
            Matcher m = c.re().matcher(line);
            StringBuilder sb = new StringBuilder();
            int count = 0;
            boolean did = false;
            while (m.find()) {
              dev.kujira.engine.util.Budget.tick();
              count++;
              if (c.global() || count == c.nth()) {
                m.appendReplacement(sb, c.repl());
                did = true;
                if (!c.global()) {
                  break;
                }
              }
            }
            m.appendTail(sb);
            if (did) {
              line = sb.toString();
              if (c.print()) {
                out.append(line).append('\n');
              }
            }
          }
          default -> { }
        }
        if (quit) {
          break;
        }
      }
      if (!deleted && !quiet) {
        out.append(line).append('\n');
      }
      if (quit) {
        return;
      }
    }
  }

  private static boolean selected(Cmd c, int n, boolean last, String line, boolean[] inRange, int k) {
    if (c.a1() == null) {
      return true;
    }
    if (c.a2() == null) {
      return matches(c.a1(), n, last, line);
    }
    if (inRange[k]) {
      if (matches(c.a2(), n, last, line) || c.a2().matches("\\d+") && n >= lineNumber(c.a2())) {
        inRange[k] = false;
      }
      return true;
    }
    if (matches(c.a1(), n, last, line)) {
      inRange[k] = !(c.a2().matches("\\d+") && lineNumber(c.a2()) <= n);
      return true;
    }
    return false;
  }

  private static boolean matches(String addr, int n, boolean last, String line) {
    if (addr.equals("$")) {
      return last;
    }
    if (addr.matches("\\d+")) {
      return n == lineNumber(addr);
    }
    return Pattern.compile(addr).matcher(line).find();
  }

  private static List<Cmd> compile(String script, boolean ere) {
    List<Cmd> out = new ArrayList<>();
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == ';' || c == '\n' || c == ' ') {
        i++;
        continue;
      }
      String a1 = null;
      String a2 = null;
      int[] pos = {i};
      a1 = address(script, pos, ere);
      if (a1 != null && pos[0] < script.length() && script.charAt(pos[0]) == ',') {
        pos[0]++;
        a2 = address(script, pos, ere);
      }
      i = pos[0];
      if (i >= script.length()) {
        throw new IllegalArgumentException("missing command");
      }
      char op = script.charAt(i++);
      if (op == 's' || op == 'y') {
        char d = script.charAt(i++);
        String[] parts = new String[2];
        for (int k = 0; k < 2; k++) {
          StringBuilder sb = new StringBuilder();
          while (i < script.length() && script.charAt(i) != d) {
            if (script.charAt(i) == '\\' && i + 1 < script.length() && script.charAt(i + 1) == d) {
              i++;
            }
            sb.append(script.charAt(i++));
          }
          i++;
          parts[k] = sb.toString();
        }
        if (op == 'y') {
          out.add(new Cmd(a1, a2, 'y', null, null, false, false, 1, parts[0] + "\0" + parts[1]));
          continue;
        }
        boolean g = false;
        boolean pr = false;
        int nth = 1;
        while (i < script.length() && "gpI0123456789".indexOf(script.charAt(i)) >= 0) {
          char f = script.charAt(i++);
          if (f == 'g') {
            g = true;
          } else if (f == 'p') {
            pr = true;
          } else if (Character.isDigit(f)) {
            nth = f - '0';
          }
        }
        String re = ere ? parts[0] : GrepProgram.basicToExtended(parts[0]);
        Pattern compiled = Pattern.compile(re);
        out.add(new Cmd(a1, a2, 's', compiled, replacement(parts[1], compiled.matcher("").groupCount()), g, pr, nth, null));
      } else if ("pdq=".indexOf(op) >= 0) {
        out.add(new Cmd(a1, a2, op, null, null, false, false, 1, null));
      } else {
        throw new IllegalArgumentException("unsupported command " + op);
      }
    }
    return out;
  }

  private static String address(String s, int[] pos, boolean ere) {
    int i = pos[0];
    if (i < s.length() && s.charAt(i) == '$') {
      pos[0] = i + 1;
      return "$";
    }
    int j = i;
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      j++;
    }
    if (j > i) {
      pos[0] = j;
      return s.substring(i, j);
    }
    if (i < s.length() && s.charAt(i) == '/') {
      int end = s.indexOf('/', i + 1);
      pos[0] = end + 1;
      String re = s.substring(i + 1, end);
      return ere ? re : GrepProgram.basicToExtended(re);
    }
    return null;
  }

  /** Turns sed's replacement (&, \1) into Java's ($0, $1). */
  private static String replacement(String r, int groups) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '&') {
        sb.append("$0");
      } else if (c == '\\' && i + 1 < r.length()) {
        char n = r.charAt(++i);
        if (Character.isDigit(n)) {
          // Busybox substitutes nothing for a group the pattern does not have (\\9 of s/x/\\9/).
          if (n - '0' <= groups) {
            sb.append('$').append(n);
          }
        } else if (n == 'n') {
          sb.append('\n');
        } else {
          sb.append(Matcher.quoteReplacement(String.valueOf(n)));
        }
      } else if (c == '$') {
        sb.append("\\$");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A line-number address; one past any line a file could have never matches. */
  private static long lineNumber(String digits) {
    return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }
}
