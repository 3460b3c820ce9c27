package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Proc;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** grep [-civnqEFolhwx] [-e PATTERN] PATTERN [FILE]...: exit 0 on a match, 1 on none, 2 on error. */
final class GrepProgram extends Applet {
  @Override
  String name() {
    return "grep";
  }

  @Override
  public int run(Proc p, List<String> argv) {
    Opts o = parse(argv, "e");
    List<String> ops = o.operands;
    String pat;
    if (o.has('e')) {
      pat = o.get('e', "");
    } else if (ops.isEmpty()) {
      p.stderr().println("BusyBox v1.35.0 multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...");
      return 2;
    } else {
      pat = ops.get(0);
      ops = ops.subList(1, ops.size());
    }
    Pattern re;
    try {
      String src = o.has('F') ? Pattern.quote(pat) : o.has('E') ? pat : basicToExtended(pat);
      if (o.has('w')) {
        src = "\\b(?:" + src + ")\\b";
      }
      if (o.has('x')) {
        src = "^(?:" + src + ")$";
      }
      re = Pattern.compile(src, o.has('i') ? Pattern.CASE_INSENSITIVE : 0);
    } catch (PatternSyntaxException e) {
      p.stderr().println("grep: bad regex '" + pat + "'");
      return 2;
    }
    List<String> files = ops.isEmpty() ? List.of("-") : ops;
    boolean many = files.size() > 1 && !o.has('h');
    boolean any = false;
    boolean error = false;
    for (String f : files) {
      byte[] b = input(p, f);
      if (b == null) {
        error = true;
        continue;
      }
      int count = 0;
      int n = 0;
      for (String line : lines(SysApplets.text(b))) {
        n++;
        Matcher m = re.matcher(line);
        boolean hit = m.find() != o.has('v');
        if (!hit) {
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
        String prefix = (many ? (f.equals("-") ? "(standard input)" : f) + ":" : "") + (o.has('n') ? n + ":" : "");
        if (o.has('o') && !o.has('v')) {
          m.reset();
          while (m.find()) {
            p.stdout().println(prefix + m.group());
          }
        } else {
          p.stdout().println(prefix + line);
        }
      }
      if (o.has('c')) {
        p.stdout().println((many ? f + ":" : "") + count);
      } else if (o.has('l') && count > 0) {
        p.stdout().println(f.equals("-") ? "(standard input)" : f);
      }
    }
    return error ? 2 : any ? 0 : 1;
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
