package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Proc;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * grep [-civnqEFolhwx] [-m N] [-A|-B|-C N] [-e PATTERN]... PATTERN [FILE]...: a line matches
 * when any pattern does; context lines print with "-" where matches have ":", and a "--" line
 * parts groups that do not touch (busybox 1.35). Exit 0 on a match, 1 on none, 2 on error.
 */
final class GrepProgram extends Applet {
  @Override
  String name() {
    return "grep";
  }

  @Override
  public int run(Proc p, List<String> argv) {
    Opts o = parse(argv, "emABC");
    List<String> ops = o.operands;
    List<String> patterns;
    if (o.has('e')) {
      patterns = o.all('e');
    } else if (ops.isEmpty()) {
      p.stderr().println("BusyBox v1.35.0 multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...");
      return 2;
    } else {
      patterns = List.of(ops.get(0));
      ops = ops.subList(1, ops.size());
    }
    List<Pattern> res = new ArrayList<>();
    for (String pat : patterns) {
      try {
        res.add(compile(o, pat));
      } catch (PatternSyntaxException e) {
        p.stderr().println("grep: bad regex '" + pat + "'");
        return 2;
      }
    }
    int after = number(o, 'A');
    int before = number(o, 'B');
    if (o.has('C')) {
      after = Math.max(after, number(o, 'C'));
      before = Math.max(before, number(o, 'C'));
    }
    int max = o.has('m') ? number(o, 'm') : Integer.MAX_VALUE;
    List<String> files = ops.isEmpty() ? List.of("-") : ops;
    boolean many = files.size() > 1 && !o.has('h');
    boolean any = false;
    boolean error = false;
    boolean printed = false;
    for (String f : files) {
      byte[] b = input(p, f);
      if (b == null) {
        error = true;
        continue;
      }
      String shownName = f.equals("-") ? "(standard input)" : f;
      List<String> lines = lines(SysApplets.text(b));
      int count = 0;
      int lastPrinted = -1;
      int afterLeft = 0;
      for (int i = 0; i < lines.size() && count < max; i++) {
        String line = lines.get(i);
        boolean hit = matches(res, line) != o.has('v');
        if (!hit) {
          if (afterLeft > 0 && !o.has('c') && !o.has('l') && !o.has('q')) {
            p.stdout().println(prefix(many, shownName, o.has('n'), i + 1, '-') + line);
            lastPrinted = i;
            afterLeft--;
          }
          continue;
        }
        count++;
        any = true;
        if (o.has('q')) {
          return 0;
        }
        if (o.has('c') || o.has('l')) {
          continue;
        }
        int from = Math.max(lastPrinted + 1, i - before);
        // A group that does not follow the last one printed, in this file or an earlier one, gets "--".
        if (printed && (lastPrinted < 0 || from > lastPrinted + 1) && (before > 0 || after > 0)) {
          p.stdout().println("--");
        }
        for (int k = from; k < i; k++) {
          p.stdout().println(prefix(many, shownName, o.has('n'), k + 1, '-') + lines.get(k));
        }
        String prefix = prefix(many, shownName, o.has('n'), i + 1, ':');
        if (o.has('o') && !o.has('v')) {
          for (Pattern re : res) {
            Matcher m = re.matcher(line);
            while (m.find()) {
              p.stdout().println(prefix + m.group());
            }
          }
        } else {
          p.stdout().println(prefix + line);
        }
        lastPrinted = i;
        afterLeft = after;
        printed = true;
      }
      if (o.has('c')) {
        p.stdout().println((many ? f + ":" : "") + count);
      } else if (o.has('l') && count > 0) {
        p.stdout().println(shownName);
      }
    }
    return error ? 2 : any ? 0 : 1;
  }

  private static Pattern compile(Opts o, String pat) {
    String src = o.has('F') ? Pattern.quote(pat) : o.has('E') ? pat : basicToExtended(pat);
    if (o.has('w')) {
      src = "\\b(?:" + src + ")\\b";
    }
    if (o.has('x')) {
      src = "^(?:" + src + ")$";
    }
    return Pattern.compile(src, o.has('i') ? Pattern.CASE_INSENSITIVE : 0);
  }

  private static boolean matches(List<Pattern> res, String line) {
    for (Pattern re : res) {
      if (re.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  private static int number(Opts o, char c) {
    try {
      return o.has(c) ? Integer.parseInt(o.get(c, "0")) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String prefix(boolean many, String file, boolean numbers, int n, char sep) {
    return (many ? file + sep : "") + (numbers ? n + String.valueOf(sep) : "");
  }

  /** Turns a POSIX basic regex into Java's: \( \) \{ \} \| become groups, bare ( ) { } | + ? are literal. */
  static String basicToExtended(String bre) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bre.length(); i++) {
      char c = bre.charAt(i);
      if (c == '\\' && i + 1 < bre.length()) {
        char n = bre.charAt(++i);
        if ("(){}|+?".indexOf(n) >= 0) {
          sb.append(n);
        } else {
          sb.append('\\').append(n);
        }
      } else if ("(){}|+?".indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
