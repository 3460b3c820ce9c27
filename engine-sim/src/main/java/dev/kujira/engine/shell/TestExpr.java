package dev.kujira.engine.shell;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import java.util.List;

/** Is test(1) / [ ]: file tests, string and integer comparisons, ! -a -o and parentheses. */
public final class TestExpr {
  private final List<String> a;
  private final FileSystemView fs;
  private final java.util.function.IntPredicate terminal;
  private int pos;

  private TestExpr(List<String> a, FileSystemView fs, java.util.function.IntPredicate terminal) {
    this.a = a;
    this.fs = fs;
    this.terminal = terminal;
  }

  /** Evaluates {@code args}: 0 true, 1 false, 2 on a malformed expression. */
  static int run(List<String> args, Io io, FileSystemView fs, String name) {
    return evaluate(args, fs, io.err(), name, fd -> terminal(fd, io.in(), io.out(), io.err()));
  }

  /** Returns whether descriptor {@code fd} (0, 1 or 2) of these streams is a terminal, as isatty(fd) answers. */
  public static boolean terminal(int fd, java.io.InputStream in, java.io.PrintStream out, java.io.PrintStream err) {
    return switch (fd) {
      case 0 -> dev.kujira.engine.process.Tty.isInput(in);
      case 1 -> out instanceof dev.kujira.engine.api.TerminalPrintStream;
      case 2 -> err instanceof dev.kujira.engine.api.TerminalPrintStream;
      default -> false;
    };
  }

  /** Evaluates {@code args} with errors printed to {@code err}; no descriptor is a terminal. */
  public static int evaluate(List<String> args, FileSystemView fs, java.io.PrintStream err, String name) {
    return evaluate(args, fs, err, name, fd -> false);
  }

  /** Evaluates {@code args} with errors printed to {@code err}; {@code terminal} answers -t FD. */
  public static int evaluate(List<String> args, FileSystemView fs, java.io.PrintStream err, String name,
      java.util.function.IntPredicate terminal) {
    if (args.isEmpty()) {
      return 1;
    }
    TestExpr t = new TestExpr(args, fs, terminal);
    try {
      boolean v = t.or();
      if (t.pos < args.size()) {
        err.println("sh: " + name + ": " + args.get(t.pos) + ": unknown operand");
        return 2;
      }
      return v ? 0 : 1;
    } catch (IllegalArgumentException e) {
      err.println("sh: " + name + ": " + e.getMessage());
      return 2;
    }
  }

  private boolean or() {
    boolean v = and();
    while (pos < a.size() && a.get(pos).equals("-o")) {
      pos++;
      v |= and();
    }
    return v;
  }

  private boolean and() {
    boolean v = not();
    while (pos < a.size() && a.get(pos).equals("-a")) {
      pos++;
      v &= not();
    }
    return v;
  }

  private boolean not() {
    if (pos < a.size() && a.get(pos).equals("!") && pos + 1 < a.size()) {
      pos++;
      return !not();
    }
    return primary();
  }

  private boolean primary() {
    if (pos >= a.size()) {
      throw new IllegalArgumentException("argument expected");
    }
    String x = a.get(pos);
    if (x.equals("(")) {
      pos++;
      boolean v = or();
      pos++;
      return v;
    }
    if (pos + 2 < a.size() && binary(a.get(pos + 1))) {
      String op = a.get(pos + 1);
      String y = a.get(pos + 2);
      pos += 3;
      return compare(x, op, y);
    }
    if (x.startsWith("-") && x.length() == 2 && pos + 1 < a.size()) {
      String arg = a.get(pos + 1);
      pos += 2;
      return unary(x.charAt(1), arg);
    }
    pos++;
    return !x.isEmpty();
  }

  private static boolean binary(String op) {
    return List.of("=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "<", ">").contains(op);
  }

  private boolean compare(String x, String op, String y) {
    switch (op) {
      case "=":
      case "==":
        return x.equals(y);
      case "!=":
        return !x.equals(y);
      case "<":
        return x.compareTo(y) < 0;
      case ">":
        return x.compareTo(y) > 0;
      default:
        long l = integer(x);
        long r = integer(y);
        switch (op) {
          case "-eq": return l == r;
          case "-ne": return l != r;
          case "-lt": return l < r;
          case "-le": return l <= r;
          case "-gt": return l > r;
          default: return l >= r;
        }
    }
  }

  private static long integer(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(s + ": bad number");
    }
  }

  private boolean unary(char op, String arg) {
    switch (op) {
      case 'z':
        return arg.isEmpty();
      case 'n':
        return !arg.isEmpty();
      case 't':
        return terminal.test((int) integer(arg));
      default:
        break;
    }
    Stat st;
    try {
      st = op == 'L' || op == 'h' ? fs.lstat(arg) : fs.stat(arg);
    } catch (FsException e) {
      return false;
    }
    switch (op) {
      case 'e': return true;
      case 'f': return st.isFile();
      case 'd': return st.isDirectory();
      case 's': return st.size() > 0;
      case 'L':
      case 'h': return st.type() == Stat.Type.SYMLINK;
      case 'x': return st.isExecutable() || st.isDirectory();
      case 'S': return st.type() == Stat.Type.SOCKET;
      case 'c': return st.type() == Stat.Type.CHAR_DEVICE;
      case 'b':
      case 'p': return false; // no block devices or FIFOs in the simulated file system
      case 'r':
      case 'w': return true;
      default:
        throw new IllegalArgumentException("-" + op + ": unknown operand");
    }
  }
}
