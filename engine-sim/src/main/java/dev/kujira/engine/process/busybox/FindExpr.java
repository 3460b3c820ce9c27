package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.shell.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * find's expression: parsed once into a tree of tests, actions and operators with findutils'
 * precedence ({@code !} over implicit or explicit {@code -a} over {@code -o}), and its errors in
 * each flavour's words (GNU findutils 4.9 as run on this machine, busybox 1.35 on the real engine).
 */
final class FindExpr {
  private static final Pattern SIZE = Pattern.compile("([+-]?)(\\d+)([bckwMG]?)");
  private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d+)");

  private FindExpr() {
  }

  /** Says the expression is wrong, with find's message (after "find: ") and whether busybox adds its usage. */
  static final class Refused extends RuntimeException {
    final boolean usage;

    Refused(String message, boolean usage) {
      super(message, null, false, false);
      this.usage = usage;
    }
  }

  /** A node of the expression. */
  interface Node {
    boolean test(Entry e);
  }

  /** The actions that do something besides answering true or false. */
  enum Kind { PRINT, PRINT0, EXEC, DELETE, QUIT }

  /** An action; {@code -exec ... +} collects paths in {@code pending} and runs once at the end. */
  record Action(Kind kind, List<String> command, boolean batch, List<String> pending) {
  }

  /** The entry being visited and the walk's way of carrying out actions. */
  static final class Entry {
    private final String path;
    private final Stat stat;
    private final long now;
    private final boolean empty;
    private final BiPredicate<Action, Entry> actor;
    boolean pruned;

    Entry(String path, Stat stat, long now, boolean empty, BiPredicate<Action, Entry> actor) {
      this.path = path;
      this.stat = stat;
      this.now = now;
      this.empty = empty;
      this.actor = actor;
    }

    String path() {
      return path;
    }
  }

  /** The parsed expression and the global options found in it. */
  record Query(Node root, int minDepth, int maxDepth, boolean depthFirst, List<Action> batches) {
  }

  /** Parses the expression part of find's arguments. */
  static Query parse(List<String> args, Flavour f, boolean utf8, Accounts accounts, ToLongFunction<String> mtimeOf) {
    Parser p = new Parser(args, f, utf8, accounts, mtimeOf);
    Node root = args.isEmpty() ? null : p.or();
    if (p.at < args.size()) {
      String t = args.get(p.at);
      if (t.equals(")")) {
        throw p.refuse("you have too many ')'", "unrecognized: )");
      }
      throw p.refuse("paths must precede expression: `" + t + "'", "unrecognized: " + t);
    }
    if (!p.hasAction) {
      Node test = root;
      Action print = new Action(Kind.PRINT, List.of(), false, List.of());
      root = test == null ? e -> e.actor.test(print, e) : e -> test.test(e) && e.actor.test(print, e);
    }
    return new Query(root, p.minDepth, p.maxDepth, p.depthFirst, p.batches);
  }

  /** A recursive-descent parser over the arguments. */
  private static final class Parser {
    private final List<String> args;
    private final Flavour f;
    private final boolean utf8;
    private final Accounts accounts;
    private final ToLongFunction<String> mtimeOf;
    private int at;
    private boolean hasAction;
    private int minDepth;
    private int maxDepth = Integer.MAX_VALUE;
    private boolean depthFirst;
    private final List<Action> batches = new ArrayList<>();

    Parser(List<String> args, Flavour f, boolean utf8, Accounts accounts, ToLongFunction<String> mtimeOf) {
      this.args = args;
      this.f = f;
      this.utf8 = utf8;
      this.accounts = accounts;
      this.mtimeOf = mtimeOf;
    }

    Refused refuse(String gnu, String busybox) {
      return f == Flavour.GNU ? new Refused(gnu, false) : new Refused(busybox, busybox.startsWith("unrecognized"));
    }

    /** GNU's locale quotes (gnulib quote()): ‘ ’ in a UTF-8 locale, ASCII in the POSIX one. */
    private String q(String s) {
      return utf8 ? "\u2018" + s + "\u2019" : "'" + s + "'";
    }

    Node or() {
      if (peekIs("-o", "-or")) {
        throw refuse("invalid expression; you have used a binary operator '" + args.get(at)
            + "' with nothing before it.", "unrecognized: " + args.get(at));
      }
      Node left = and();
      while (peekIs("-o", "-or")) {
        String op = args.get(at++);
        Node l = left;
        Node r = operand(op, this::and);
        left = e -> l.test(e) || r.test(e);
      }
      return left;
    }

    Node and() {
      Node left = unary();
      while (at < args.size() && !peekIs("-o", "-or", ")")) {
        Node r;
        if (peekIs("-a", "-and")) {
          String op = args.get(at++);
          r = operand(op, this::unary);
        } else {
          r = unary();
        }
        Node l = left;
        left = e -> l.test(e) && r.test(e);
      }
      return left;
    }

    private Node operand(String op, java.util.function.Supplier<Node> next) {
      if (at >= args.size() || peekIs(")", "-o", "-or", "-a", "-and")) {
        throw refuse("expected an expression after '" + op + "'", "unrecognized: " + op);
      }
      return next.get();
    }

    Node unary() {
      if (peekIs("!", "-not")) {
        String op = args.get(at++);
        Node n = operand(op, this::unary);
        return e -> !n.test(e);
      }
      if (peekIs("(")) {
        at++;
        Node n = or();
        if (!peekIs(")")) {
          throw refuse("invalid expression; I was expecting to find a ')' somewhere but did not see one.",
              "unrecognized: (");
        }
        at++;
        return n;
      }
      return primary(args.get(at++));
    }

    private boolean peekIs(String... tokens) {
      if (at >= args.size()) {
        return false;
      }
      for (String t : tokens) {
        if (args.get(at).equals(t)) {
          return true;
        }
      }
      return false;
    }

    private String value(String name) {
      if (at >= args.size()) {
        throw refuse("missing argument to `" + name + "'", name + " requires an argument");
      }
      return args.get(at++);
    }

    private int depth(String name) {
      String v = value(name);
      if (!v.matches("\\d+")) {
        throw refuse("Expected a positive decimal integer argument to " + name + ", but got " + q(v),
            "invalid number '" + v + "'");
      }
      return v.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(v);
    }

    Node primary(String t) {
      switch (t) {
        case "-maxdepth" -> {
          maxDepth = depth(t);
          return e -> true;
        }
        case "-mindepth" -> {
          minDepth = depth(t);
          return e -> true;
        }
        case "-depth" -> {
          depthFirst = true;
          return e -> true;
        }
        case "-xdev", "-mount", "-follow" -> {
          return e -> true;
        }
        case "-true" -> {
          return e -> true;
        }
        case "-false" -> {
          return e -> false;
        }
        case "-name", "-iname" -> {
          String pat = value(t);
          boolean fold = t.equals("-iname");
          return e -> Glob.matches(fold ? pat.toLowerCase(Locale.ROOT) : pat,
              fold ? base(e.path).toLowerCase(Locale.ROOT) : base(e.path));
        }
        case "-path", "-wholename", "-ipath" -> {
          String pat = value(t);
          boolean fold = t.equals("-ipath");
          return e -> Glob.matches(fold ? pat.toLowerCase(Locale.ROOT) : pat,
              fold ? e.path.toLowerCase(Locale.ROOT) : e.path);
        }
        case "-regex" -> {
          Pattern re = Pattern.compile(value(t));
          return e -> re.matcher(e.path).matches();
        }
        case "-type" -> {
          return type(value(t));
        }
        case "-empty" -> {
          return e -> e.empty || e.stat.isFile() && e.stat.size() == 0;
        }
        case "-executable" -> {
          return e -> e.stat.isExecutable();
        }
        case "-size" -> {
          return size(value(t));
        }
        case "-mtime", "-mmin" -> {
          String v = value(t);
          Matcher m = NUMBER.matcher(v);
          if (!m.matches()) {
            throw refuse("invalid argument `" + v + "' to `" + t + "'", "invalid number '" + v + "'");
          }
          long unit = t.equals("-mtime") ? 86_400_000L : 60_000L;
          return e -> compare(m.group(1), (e.now - e.stat.mtime()) / unit, Long.parseLong(m.group(2)));
        }
        case "-newer" -> {
          String ref = value(t);
          long when;
          try {
            when = mtimeOf.applyAsLong(ref);
          } catch (FsException x) {
            throw refuse(q(ref) + ": " + x.error().message(), ref + ": " + x.error().message());
          }
          return e -> e.stat.mtime() > when;
        }
        case "-perm" -> {
          return perm(value(t));
        }
        case "-user", "-group" -> {
          String v = value(t);
          boolean user = t.equals("-user");
          int id = user ? accounts.uid(v) : accounts.gid(v);
          if (id < 0) {
            throw refuse(q(v) + " is not the name of " + (user ? "a known user" : "an existing group"),
                "unknown " + (user ? "user" : "group") + " '" + v + "'");
          }
          return e -> (user ? e.stat.uid() : e.stat.gid()) == id;
        }
        case "-prune" -> {
          return e -> {
            e.pruned = true;
            return true;
          };
        }
        case "-print", "-print0", "-delete", "-quit" -> {
          Kind k = switch (t) {
            case "-print" -> Kind.PRINT;
            case "-print0" -> Kind.PRINT0;
            case "-delete" -> Kind.DELETE;
            default -> Kind.QUIT;
          };
          if (k != Kind.QUIT) {
            hasAction = true;
          }
          if (k == Kind.DELETE) {
            // -delete implies -depth: a directory is removed after what is in it (find(1)).
            depthFirst = true;
          }
          Action a = new Action(k, List.of(), false, List.of());
          return e -> a.kind() == Kind.DELETE && e.path.equals(".") || e.actor.test(a, e);
        }
        case "-exec" -> {
          return exec(t);
        }
        default -> throw refuse(t.startsWith("-") ? "unknown predicate `" + t + "'" : "paths must precede expression: `"
            + t + "'", "unrecognized: " + t);
      }
    }

    private Node exec(String t) {
      List<String> command = new ArrayList<>();
      while (at < args.size()) {
        String w = args.get(at++);
        if (w.equals(";") || w.equals("+") && !command.isEmpty() && command.get(command.size() - 1).equals("{}")) {
          if (command.isEmpty()) {
            break;
          }
          hasAction = true;
          boolean batch = w.equals("+");
          Action a = new Action(Kind.EXEC, List.copyOf(command), batch, batch ? new ArrayList<>() : List.of());
          if (batch) {
            batches.add(a);
          }
          return e -> e.actor.test(a, e);
        }
        command.add(w);
      }
      throw refuse("missing argument to `" + t + "'", t + " requires an argument");
    }

    private Node type(String v) {
      if (!v.matches("[fdlcbps]")) {
        throw refuse("Unknown argument to -type: " + v, "unrecognized: " + v);
      }
      char c = v.charAt(0);
      return e -> switch (c) {
        case 'f' -> e.stat.type() == Stat.Type.FILE;
        case 'd' -> e.stat.type() == Stat.Type.DIRECTORY;
        case 'l' -> e.stat.type() == Stat.Type.SYMLINK;
        case 'c' -> e.stat.type() == Stat.Type.CHAR_DEVICE;
        case 's' -> e.stat.type() == Stat.Type.SOCKET;
        default -> false;
      };
    }

    private Node size(String v) {
      Matcher m = SIZE.matcher(v);
      if (!m.matches()) {
        String bad = v.replaceFirst("^[+-]?\\d*", "");
        throw refuse("invalid -size type `" + (bad.isEmpty() ? v : bad.substring(0, 1)) + "'",
            "invalid number '" + v + "'");
      }
      long unit = switch (m.group(3)) {
        case "c" -> 1;
        case "w" -> 2;
        case "k" -> 1024;
        case "M" -> 1024 * 1024;
        case "G" -> 1024L * 1024 * 1024;
        default -> 512;
      };
      long n = Long.parseLong(m.group(2));
      // find rounds a size up to whole units before it compares (find(1), -size).
      return e -> compare(m.group(1), (e.stat.size() + unit - 1) / unit, n);
    }

    private Node perm(String v) {
      String mode = v.startsWith("-") || v.startsWith("/") ? v.substring(1) : v;
      if (!mode.matches("[0-7]{1,4}")) {
        throw refuse("invalid mode " + q(v), "invalid mode '" + v + "'");
      }
      int bits = Integer.parseInt(mode, 8);
      char how = v.charAt(0);
      return e -> {
        int m = e.stat.mode() & 07777;
        return how == '-' ? (m & bits) == bits : how == '/' ? bits == 0 || (m & bits) != 0 : m == bits;
      };
    }
  }

  private static boolean compare(String sign, long actual, long n) {
    return sign.equals("+") ? actual > n : sign.equals("-") ? actual < n : actual == n;
  }

  private static String base(String path) {
    return path.equals("/") ? "/" : FileApplets.baseName(path);
  }
}
