package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.Devices;
import dev.kujira.engine.process.Proc;
import java.util.ArrayList;
import java.util.List;

/** head [-n N | -N] [-c N] [FILE]... and tail likewise (tail -n +N starts at line N). */
final class HeadTail extends Applet {
  private final boolean head;

  HeadTail(boolean head) {
    this.head = head;
  }

  @Override
  String name() {
    return head ? "head" : "tail";
  }

  @Override
  boolean quotesOpenErrors() {
    return !head;
  }

  @Override
  String gnuOpenError(String path, dev.kujira.engine.fs.FsException e) {
    return e.error().name().equals("EISDIR") ? "error reading '" + path + "': Is a directory"
        : "cannot open '" + path + "' for reading: " + e.error().message();
  }

  /**
   * Copies the first {@code k} lines of stdin (or, if {@code bytes} is not negative, that many
   * bytes) and reads no further, as busybox head does: what it leaves in a pipe is what its
   * writer then dies of (SIGPIPE), see shell/Steps.pipeline.
   */
  private static int firstLines(Proc p, int k, int bytes) {
    java.io.InputStream in = p.stdin();
    byte[] buf = new byte[8192];
    long seen = 0;
    long goal = bytes < 0 ? k : bytes;
    try {
      while (seen < goal) {
        int r = in.read(buf, 0, bytes < 0 ? buf.length : (int) Math.min(buf.length, goal - seen));
        if (r < 0) {
          break;
        }
        int end = bytes < 0 ? 0 : r;
        while (end < r && seen < goal) {
          if (buf[end++] == '\n') {
            seen++;
          }
        }
        seen += bytes < 0 ? 0 : r;
        p.stdout().write(buf, 0, end);
      }
    } catch (java.io.IOException e) {
      // a closed stdin ends the copy, as EOF would
    }
    p.stdout().flush();
    return 0;
  }

  private static final java.util.Set<String> ENDLESS = java.util.Set.of("/dev/zero", "/dev/urandom", "/dev/random");

  @Override
  public int run(Proc p, List<String> argv) {
    List<String> args = new ArrayList<>(argv);
    for (int i = 1; i < args.size(); i++) {
      if (args.get(i).matches("-\\d+") && !args.get(i - 1).matches("-[nc]")) {
        args.set(i, "-n" + args.get(i).substring(1));
      }
    }
    Opts o = parse(args, "ncs");
    // Busybox reads counts with xatoul: a sign, then digits that fit; else "invalid number".
    for (char f : new char[] {'c', 'n'}) {
      String v = o.has(f) ? o.get(f, "0") : null;
      if (v != null && !v.replaceFirst("^[-+]", "").matches("\\d{1,9}")) {
        p.stderr().println((head ? "head" : "tail") + ": invalid number '" + v.replaceFirst("^-", "") + "'");
        return 1;
      }
    }
    boolean[] failed = {false};
    if (o.has('c') && head && o.operands.isEmpty() && !o.get('c', "0").startsWith("-")) {
      return firstLines(p, 0, Integer.parseInt(o.get('c', "0").replace("+", "")));
    }
    if (o.has('c')) {
      byte[] b = inputBytes(p, o.operands, failed);
      int k = Math.abs(Integer.parseInt(o.get('c', "0").replace("+", "")));
      if (head && o.operands.size() == 1 && ENDLESS.contains(o.operands.get(0)) && b.length == Devices.ENDLESS) {
        // An endless device yields a block a read (fs/Devices); head -c takes as many as it asks for.
        for (long left = k; left > 0; left -= b.length) {
          p.stdout().write(b, 0, (int) Math.min(left, b.length));
        }
        p.stdout().flush();
        return 0;
      }
      int from = head ? 0 : Math.max(0, b.length - k);
      int to = head ? Math.min(k, b.length) : b.length;
      p.stdout().write(b, from, to - from);
      p.stdout().flush();
      return failed[0] ? 1 : 0;
    }
    String n = o.get('n', "10");
    if (head && !n.startsWith("-") && o.operands.isEmpty()) {
      return firstLines(p, Integer.parseInt(n.replace("+", "")), -1);
    }
    String text = inputs(p, o.operands, failed);
    if (head && !n.startsWith("-")) {
      // The first lines only: a long input is not split whole (seq 999999999 | head -3).
      int k = Integer.parseInt(n.replace("+", ""));
      int end = 0;
      for (int i = 0; i < k && end < text.length(); i++) {
        int nl = text.indexOf('\n', end);
        end = nl < 0 ? text.length() : nl + 1;
      }
      p.stdout().print(text.substring(0, end));
      p.stdout().flush();
      return failed[0] ? 1 : 0;
    }
    List<String> ls = lines(text);
    int from;
    int to;
    if (head) {
      int k = Integer.parseInt(n.replace("+", ""));
      from = 0;
      to = k < 0 ? Math.max(0, ls.size() + k) : Math.min(k, ls.size());
    } else if (n.startsWith("+")) {
      from = Math.min(ls.size(), Math.max(0, Integer.parseInt(n.substring(1)) - 1));
      to = ls.size();
    } else {
      from = Math.max(0, ls.size() - Math.abs(Integer.parseInt(n)));
      to = ls.size();
    }
    for (int i = from; i < to; i++) {
      p.stdout().print(ls.get(i));
      if (i < ls.size() - 1 || text.endsWith("\n")) {
        p.stdout().print('\n');
      }
    }
    p.stdout().flush();
    if (!head && o.has('f') && !o.operands.isEmpty() && !failed[0]) {
      long[] seen = new long[o.operands.size()];
      for (int i = 0; i < seen.length; i++) {
        seen[i] = size(p, o.operands.get(i));
      }
      return follow(p, o.operands, seen, 1000L * Long.parseLong(o.get('s', "1")));
    }
    return failed[0] ? 1 : 0;
  }

  /**
   * tail -f: busybox's follow loop sleeps {@code -s} seconds (1) and prints what was appended,
   * until a signal ends it. A file that cannot grow ({@code tail -f /dev/null}, the keep-alive
   * idiom) is not polled: tail just waits. Detached, it holds no thread while it waits.
   */
  private static int follow(Proc p, List<String> files, long[] seen, long period) {
    if (files.stream().allMatch(f -> f.startsWith("/dev/"))) {
      return p.awaitStop(s -> false);
    }
    while (true) {
      if (p.canSuspend()) {
        return p.sleepThen(period, () -> {
          appended(p, files, seen);
          return follow(p, files, seen, period);
        });
      }
      p.sleep(period);
      appended(p, files, seen);
    }
  }

  private static void appended(Proc p, List<String> files, long[] seen) {
    for (int i = 0; i < files.size(); i++) {
      try {
        byte[] b = p.fs().read(files.get(i));
        // A truncated file is followed from its new start, as busybox does.
        int from = b.length < seen[i] ? 0 : (int) seen[i];
        p.stdout().write(b, from, b.length - from);
        seen[i] = b.length;
      } catch (dev.kujira.engine.fs.FsException e) {
        seen[i] = 0;
      }
    }
    p.stdout().flush();
  }

  private static long size(Proc p, String file) {
    try {
      return p.fs().read(file).length;
    } catch (dev.kujira.engine.fs.FsException e) {
      return 0;
    }
  }
}
