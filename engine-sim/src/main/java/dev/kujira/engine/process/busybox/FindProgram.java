package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.util.Budget;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * find: paths, then an expression of tests, actions and operators ({@code ! -not -a -and -o -or
 * ( )}), as findutils and busybox evaluate it; {@code -print} is implied when the expression has
 * no action. Directories are listed in name order: the model has no readdir hash order. The
 * expression is parsed by {@link FindExpr}; the walk and the actions that touch the world
 * ({@code -exec}, {@code -delete}) are here.
 */
final class FindProgram extends Applet {
  private final Flavour flavour;

  FindProgram(Flavour flavour) {
    this.flavour = flavour;
  }

  @Override
  String name() {
    return "find";
  }

  @Override
  public int run(Proc p, List<String> argv) {
    List<String> roots = new ArrayList<>();
    int i = 1;
    while (i < argv.size() && (!argv.get(i).startsWith("-") || argv.get(i).equals("-")) && !argv.get(i).equals("(")
        && !argv.get(i).equals("!")) {
      roots.add(argv.get(i++));
    }
    if (roots.isEmpty()) {
      roots.add(".");
    }
    FindExpr.Query q;
    try {
      q = FindExpr.parse(argv.subList(i, argv.size()), flavour, Flavour.utf8(p.env()), Accounts.of(p), path -> p.fs().stat(path).mtime());
    } catch (FindExpr.Refused r) {
      p.stderr().println("find: " + r.getMessage());
      if (r.usage) {
        Banner.show(p, "find", 1);
      }
      return 1;
    }
    Walk w = new Walk(p, q);
    for (String root : roots) {
      w.root(root);
      if (w.quit) {
        break;
      }
    }
    w.flushBatches();
    p.stdout().flush();
    return w.failed ? 1 : 0;
  }

  /** One find run's walk: its failures, its batched {@code -exec ... +} arguments. */
  private final class Walk {
    private final Proc p;
    private final FindExpr.Query q;
    private boolean failed;
    private boolean quit;

    Walk(Proc p, FindExpr.Query q) {
      this.p = p;
      this.q = q;
    }

    void root(String root) {
      try {
        p.fs().lstat(root);
      } catch (FsException e) {
        error(root, e);
        return;
      }
      // A stack of its own: a tree 5,000 directories deep must not need a JVM frame each.
      ArrayDeque<Object[]> todo = new ArrayDeque<>();
      todo.push(new Object[] {root, 0, false});
      while (!todo.isEmpty() && !quit) {
        Budget.tick(Budget.FILE_STEP);
        Object[] e = todo.pop();
        String path = (String) e[0];
        int depth = (Integer) e[1];
        Stat st;
        try {
          st = p.fs().lstat(path);
        } catch (FsException x) {
          error(path, x);
          continue;
        }
        if ((Boolean) e[2]) {
          visit(path, st, depth);
          continue;
        }
        boolean pruned = false;
        if (!q.depthFirst()) {
          pruned = visit(path, st, depth);
        } else {
          todo.push(new Object[] {path, depth, true});
        }
        if (st.isDirectory() && !pruned && depth < q.maxDepth()) {
          List<String> names;
          try {
            names = p.fs().list(path);
          } catch (FsException x) {
            error(path, x);
            continue;
          }
          for (int k = names.size() - 1; k >= 0; k--) {
            todo.push(new Object[] {path.endsWith("/") ? path + names.get(k) : path + "/" + names.get(k), depth + 1,
                false});
          }
        }
      }
    }

    /** Evaluates the expression on one entry; returns whether it pruned the directory. */
    private boolean visit(String path, Stat st, int depth) {
      if (depth < q.minDepth()) {
        return false;
      }
      FindExpr.Entry entry = new FindExpr.Entry(path, st, p.now(), emptyDir(path, st), this::act);
      q.root().test(entry);
      return entry.pruned;
    }

    private boolean emptyDir(String path, Stat st) {
      try {
        return st.isDirectory() && p.fs().list(path).isEmpty();
      } catch (FsException e) {
        return false;
      }
    }

    /** Runs one action on an entry and returns its truth value. */
    private boolean act(FindExpr.Action a, FindExpr.Entry e) {
      switch (a.kind()) {
        case PRINT -> p.stdout().print(e.path() + "\n");
        case PRINT0 -> p.stdout().print(e.path() + "\0");
        case QUIT -> quit = true;
        case DELETE -> {
          try {
            p.fs().remove(e.path(), false);
          } catch (FsException x) {
            p.stderr().println("find: " + (flavour == Flavour.GNU ? "cannot delete " + Flavour.localeQuoted(p, e.path()) : e.path())
                + ": " + x.error().message());
            failed = true;
            return false;
          }
        }
        case EXEC -> {
          if (a.batch()) {
            a.pending().add(e.path());
            return true;
          }
          List<String> argv = new ArrayList<>();
          for (String w : a.command()) {
            argv.add(w.replace("{}", e.path()));
          }
          return exec(argv) == 0;
        }
        default -> throw new IllegalStateException(a.kind().name());
      }
      return true;
    }

    void flushBatches() {
      for (FindExpr.Action a : q.batches()) {
        if (!a.pending().isEmpty()) {
          List<String> argv = new ArrayList<>();
          for (String w : a.command()) {
            if (w.equals("{}")) {
              argv.addAll(a.pending());
            } else {
              argv.add(w);
            }
          }
          if (exec(argv) != 0) {
            failed = true;
          }
        }
      }
    }

    private int exec(List<String> argv) {
      dev.kujira.engine.process.Resolution r = p.resolve(argv.get(0));
      if (!r.isFound()) {
        p.stderr().println("find: " + (flavour == Flavour.GNU ? Flavour.localeQuoted(p, argv.get(0)) : argv.get(0))
            + ": No such file or directory");
        failed = true;
        return 127;
      }
      p.stdout().flush();
      return p.child(p.env(), p.stdin(), p.stdout(), p.stderr()).exec(r.program(), argv, null);
    }

    private void error(String path, FsException e) {
      p.stderr().println("find: " + (flavour == Flavour.GNU ? Flavour.localeQuoted(p, path) : path) + ": " + e.error().message());
      failed = true;
    }
  }
}
