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
      return Banner.show(p, "grep", 2);
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
      Lines lines;
      if (f.equals("-") && dev.kujira.engine.process.TerminalInput.owning(p.stdin()) != null) {
        // On a terminal grep answers each line as it is typed (GNU and busybox grep read line by line).
        lines = new Lines(null, p.stdin());
      } else {
        byte[] b = input(p, f);
        if (b == null) {
          error = true;
          continue;
        }
        lines = new Lines(lines(SysApplets.text(b)), null);
      }
      String shownName = f.equals("-") ? "(standard input)" : f;
      int count = 0;
      int lastPrinted = -1;
      int afterLeft = 0;
      for (int i = 0; lines.has(i) && count < max; i++) {
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

  /** Is grep's input as lines: all of a file at once, or a terminal's lines as they come. */
  private static final class Lines {
    private final List<String> lines;
    private final java.io.InputStream in;
    private boolean ended;

    Lines(List<String> lines, java.io.InputStream in) {
      this.lines = lines == null ? new java.util.ArrayList<>() : lines;
      this.in = in;
      this.ended = in == null;
    }

    /** Returns whether line {@code i} exists, reading up to it from a terminal. */
    boolean has(int i) {
      while (i >= lines.size() && !ended) {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        try {
          int b;
          while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
          }
          ended = b < 0;
        } catch (java.io.IOException e) {
          ended = true;
        }
        if (line.size() > 0 || !ended) {
          lines.add(line.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      return i < lines.size();
    }

    String get(int i) {
      return lines.get(i);
    }
  }
}
