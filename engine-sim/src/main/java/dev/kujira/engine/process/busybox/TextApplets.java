package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Proc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** The text filters: cat, head, tail, wc, sort, uniq, cut, tr, rev, tee (busybox 1.35 behaviour). */
final class TextApplets {
  private TextApplets() {
  }

  /** cat [-n] [FILE]... */
  static final class Cat extends Applet {
    @Override
    String name() {
      return "cat";
    }

    @Override
    boolean quotesOpenErrors() {
      return true;
    }

    @Override
    public int run(Proc p, List<String> argv) {
      Opts o = parse(argv, "");
      boolean[] failed = {false};
      List<String> files = o.operands.isEmpty() ? List.of("-") : o.operands;
      for (String f : files) {
        if (f.equals("-") && !o.has('n')) {
          // cat copies what each read gives at once: on a terminal each line as it is typed.
          streamLines(p);
          continue;
        }
        byte[] b = input(p, f);
        if (b == null) {
          failed[0] = true;
          continue;
        }
        if (o.has('n')) {
          int n = 1;
          for (String l : lines(new String(b, java.nio.charset.StandardCharsets.UTF_8))) {
            p.stdout().printf("%6d\t%s%n", n++, l);
          }
        } else {
          p.stdout().write(b, 0, b.length);
        }
      }
      p.stdout().flush();
      return failed[0] ? 1 : 0;
    }

    private static void streamLines(Proc p) {
      byte[] buf = new byte[4096];
      try {
        int n;
        while ((n = p.stdin().read(buf)) > 0) {
          p.stdout().write(buf, 0, n);
          p.stdout().flush();
        }
      } catch (java.io.IOException e) {
        // A terminal read does not fail; end as at end of input.
      }
    }
  }

  /** wc [-lwc] [FILE]...: with one count and no file, just the number (as busybox and GNU do). */
  static final class Wc extends Applet {
    @Override
    String name() {
      return "wc";
    }

    @Override
    public int run(Proc p, List<String> argv) {
      Opts o = parse(argv, "");
      boolean[] failed = {false};
      boolean all = !o.has('l') && !o.has('w') && !o.has('c') && !o.has('m');
      List<String> files = o.operands.isEmpty() ? List.of("-") : o.operands;
      long[] total = new long[3];
      for (String f : files) {
        byte[] b = input(p, f);
        if (b == null) {
          failed[0] = true;
          continue;
        }
        String t = new String(b, java.nio.charset.StandardCharsets.UTF_8);
        long[] counts = {t.chars().filter(c -> c == '\n').count(), t.isBlank() ? 0 : t.trim().split("\\s+").length,
            b.length};
        for (int i = 0; i < 3; i++) {
          total[i] += counts[i];
        }
        p.stdout().println(wcLine(o, all, counts, f.equals("-") ? "" : f, files.size() > 1));
      }
      if (files.size() > 1) {
        p.stdout().println(wcLine(o, all, total, "total", true));
      }
      return failed[0] ? 1 : 0;
    }
  }

  /** Formats a wc line as busybox does: one column alone is not padded, else each takes 9. */
  private static String wcLine(Applet.Opts o, boolean all, long[] counts, String name, boolean many) {
    List<String> cols = new ArrayList<>();
    if (all || o.has('l')) {
      cols.add(String.valueOf(counts[0]));
    }
    if (all || o.has('w')) {
      cols.add(String.valueOf(counts[1]));
    }
    if (all || o.has('c') || o.has('m')) {
      cols.add(String.valueOf(counts[2]));
    }
    boolean pad = cols.size() > 1 || many;
    StringBuilder sb = new StringBuilder();
    for (String c : cols) {
      sb.append(sb.length() > 0 ? " " : "").append(pad ? String.format("%9s", c) : c);
    }
    return name.isEmpty() ? sb.toString() : sb + " " + name;
  }

  /** sort [-r] [-n] [-u] [-f] [-k N] [-t C] [FILE]... */
  static final class Sort extends Applet {
    @Override
    String name() {
      return "sort";
    }

    /** GNU sort's words for a file it cannot open (coreutils 9.1 on this machine's Debian host). */
    @Override
    String gnuOpenError(String path, dev.kujira.engine.fs.FsException e) {
      return "cannot read: " + path + ": " + e.error().message();
    }

    @Override
    public int run(Proc p, List<String> argv) {
      Opts o = parse(argv, "kto");
      boolean[] failed = {false};
      List<String> ls = new ArrayList<>(lines(inputs(p, o.operands, failed)));
      String sep = o.get('t', null);
      int key = o.has('k') ? Integer.parseInt(o.get('k', "1").split("[,.]")[0]) : 0;
      Comparator<String> cmp = (a, b) -> {
        String x = field(a, key, sep);
        String y = field(b, key, sep);
        if (o.has('n')) {
          int c = Double.compare(num(x), num(y));
          return c != 0 ? c : a.compareTo(b);
        }
        int c = o.has('f') ? x.compareToIgnoreCase(y) : x.compareTo(y);
        return c != 0 ? c : a.compareTo(b);
      };
      ls.sort(cmp);
      if (o.has('r')) {
        Collections.reverse(ls);
      }
      List<String> out = o.has('u') ? new ArrayList<>(new LinkedHashSet<>(ls)) : ls;
      out.forEach(p.stdout()::println);
      return failed[0] ? 2 : 0;
    }

    private static String field(String line, int key, String sep) {
      if (key <= 0) {
        return line;
      }
      String[] f = sep == null ? line.trim().split("\\s+") : line.split(java.util.regex.Pattern.quote(sep), -1);
      return key <= f.length ? f[key - 1] : "";
    }

    private static double num(String s) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*-?\\d+(\\.\\d+)?").matcher(s);
      return m.find() ? Double.parseDouble(m.group().trim()) : 0;
    }
  }

  /** uniq [-c] [-d] [-u]. */
  static final class Uniq extends Applet {
    @Override
    String name() {
      return "uniq";
    }

    @Override
    boolean quotesOpenErrors() {
      return true;
    }

    @Override
    public int run(Proc p, List<String> argv) {
      Opts o = parse(argv, "");
      boolean[] failed = {false};
      List<String> ls = lines(inputs(p, o.operands.isEmpty() ? List.of() : o.operands.subList(0, 1), failed));
      for (int i = 0; i < ls.size();) {
        int j = i;
        while (j < ls.size() && ls.get(j).equals(ls.get(i))) {
          j++;
        }
        int count = j - i;
        if ((!o.has('d') || count > 1) && (!o.has('u') || count == 1)) {
          p.stdout().println(o.has('c') ? String.format("%7d %s", count, ls.get(i)) : ls.get(i));
        }
        i = j;
      }
      return failed[0] ? 1 : 0;
    }
  }

  /** cut -c LIST | -f LIST [-d C] [-s]. */
  static final class Cut extends Applet {
    @Override
    String name() {
      return "cut";
    }

    @Override
    public int run(Proc p, List<String> argv) {
      Opts o = parse(argv, "cfdb");
      boolean[] failed = {false};
      String list = o.has('c') ? o.get('c', "") : o.has('b') ? o.get('b', "") : o.get('f', "");
      if (list.isEmpty()) {
        p.stderr().println("cut: expected a list of bytes, characters, or fields");
        return 1;
      }
      String delim = o.get('d', "\t");
      for (String l : lines(inputs(p, o.operands, failed))) {
        if (o.has('c') || o.has('b')) {
          StringBuilder sb = new StringBuilder();
          for (int i = 1; i <= l.length(); i++) {
            if (inList(list, i)) {
              sb.append(l.charAt(i - 1));
            }
          }
          p.stdout().println(sb);
        } else {
          if (!l.contains(delim)) {
            if (!o.has('s')) {
              p.stdout().println(l);
            }
            continue;
          }
          String[] f = l.split(java.util.regex.Pattern.quote(delim), -1);
          List<String> out = new ArrayList<>();
          for (int i = 1; i <= f.length; i++) {
            if (inList(list, i)) {
              out.add(f[i - 1]);
            }
          }
          p.stdout().println(String.join(delim, out));
        }
      }
      return failed[0] ? 1 : 0;
    }

    private static boolean inList(String list, int n) {
      for (String r : list.split(",")) {
        if (r.contains("-")) {
          String[] ab = r.split("-", -1);
          int a = ab[0].isEmpty() ? 1 : Integer.parseInt(ab[0]);
          int b = ab[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(ab[1]);
          if (n >= a && n <= b) {
            return true;
          }
        } else if (!r.isEmpty() && Integer.parseInt(r) == n) {
          return true;
        }
      }
      return false;
    }
  }

  /** tr [-d] [-s] SET1 [SET2]. */
  static final class Tr extends Applet {
    @Override
    String name() {
      return "tr";
    }

    @Override
    public int run(Proc p, List<String> argv) {
      Opts o = parse(argv, "");
      if (o.operands.isEmpty()) {
        p.stderr().println("tr: missing operand");
        return 1;
      }
      String from = expand(o.operands.get(0));
      String to = o.operands.size() > 1 ? expand(o.operands.get(1)) : "";
      boolean[] failed = {false};
      String text = inputs(p, List.of(), failed);
      StringBuilder sb = new StringBuilder();
      char lastOut = 0;
      for (char c : text.toCharArray()) {
        int idx = from.indexOf(c);
        if (o.has('d') && idx >= 0) {
          continue;
        }
        char out = idx >= 0 && !to.isEmpty() ? to.charAt(Math.min(idx, to.length() - 1)) : c;
        if (o.has('s') && sb.length() > 0 && out == lastOut && (to.isEmpty() ? from : to).indexOf(out) >= 0) {
          continue;
        }
        sb.append(out);
        lastOut = out;
      }
      p.stdout().print(sb);
      p.stdout().flush();
      return 0;
    }

    /**
     * Reads tr's backslash escapes: \\, \a \b \f \n \r \t \v and octal \NNN (so '\0' is the NUL
     * byte that separates /proc/1/cmdline's words; recorded by tests/tools/difftest).
     */
    private static String escapes(String set) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < set.length(); i++) {
        char c = set.charAt(i);
        if (c != '\\' || i + 1 >= set.length()) {
          sb.append(c);
          continue;
        }
        char n = set.charAt(++i);
        int k = "abfnrtv".indexOf(n);
        if (k >= 0) {
          sb.append("\u0007\b\f\n\r\t\u000b".charAt(k));
        } else if (n >= '0' && n <= '7') {
          int v = 0;
          int j = i;
          while (j < set.length() && j < i + 3 && set.charAt(j) >= '0' && set.charAt(j) <= '7') {
            v = v * 8 + (set.charAt(j++) - '0');
          }
          sb.append((char) (v & 0xff));
          i = j - 1;
        } else {
          sb.append(n);
        }
      }
      return sb.toString();
    }

    private static String expand(String set) {
      set = set.replace("[:lower:]", "a-z").replace("[:upper:]", "A-Z").replace("[:digit:]", "0-9")
          .replace("[:space:]", " \t\n");
      set = escapes(set);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < set.length(); i++) {
        if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
          for (char c = set.charAt(i); c <= set.charAt(i + 2); c++) {
            sb.append(c);
          }
          i += 2;
        } else {
          sb.append(set.charAt(i));
        }
      }
      return sb.toString();
    }
  }

  /** rev: reverse each line. */
  static final class Rev extends Applet {
    @Override
    String name() {
      return "rev";
    }

    @Override
    public int run(Proc p, List<String> argv) {
      boolean[] failed = {false};
      for (String l : lines(inputs(p, argv.subList(1, argv.size()), failed))) {
        p.stdout().println(new StringBuilder(l).reverse());
      }
      return failed[0] ? 1 : 0;
    }
  }

  /** tee [-a] FILE...: copy stdin to stdout and files. */
  static final class Tee extends Applet {
    @Override
    String name() {
      return "tee";
    }

    @Override
    public int run(Proc p, List<String> argv) {
      Opts o = parse(argv, "");
      byte[] in = input(p, "-");
      p.stdout().write(in, 0, in.length);
      p.stdout().flush();
      for (String f : o.operands) {
        p.fs().write(f, in, o.has('a'));
      }
      return 0;
    }
  }
}
