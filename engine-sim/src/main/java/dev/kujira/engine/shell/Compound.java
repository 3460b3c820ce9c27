package dev.kujira.engine.shell;

import dev.kujira.engine.process.Suspend;
import java.util.ArrayList;
import java.util.List;

/** Runs compound commands: loops, for, case, groups and subshells, function definitions, redirections. */
final class Compound {
  private Compound() {
  }

  static void exec(Interpreter sh, ShellNode node, Io io, boolean resumable) {
    if (node instanceof ShellNode.Loop) {
      loop(sh, (ShellNode.Loop) node, io, resumable, 0, false);
    } else if (node instanceof ShellNode.For) {
      forLoop(sh, (ShellNode.For) node, io);
    } else if (node instanceof ShellNode.Case) {
      caseOf(sh, (ShellNode.Case) node, io);
    } else if (node instanceof ShellNode.Group) {
      group(sh, (ShellNode.Group) node, io, resumable);
    } else if (node instanceof ShellNode.FunctionDef) {
      ShellNode.FunctionDef f = (ShellNode.FunctionDef) node;
      sh.functions.put(f.name(), f.body());
      sh.status = 0;
    } else if (node instanceof ShellNode.Redirected) {
      ShellNode.Redirected r = (ShellNode.Redirected) node;
      Redirections red = new Redirections();
      Io rio;
      try {
        rio = red.apply(sh, r.redirects(), io);
      } catch (ShellRuntimeError e) {
        io.err().println(sh.dialect().error(e.getMessage(), sh.line()));
        sh.status = 1;
        return;
      }
      try {
        sh.exec(r.body(), rio);
      } finally {
        rio.out().flush();
        red.close();
      }
    } else if (node instanceof ShellNode.Background) {
      try {
        sh.vars.put("!", String.valueOf(sh.background(((ShellNode.Background) node).body(), io)));
        sh.status = 0;
      } catch (dev.kujira.engine.process.ForkFailed e) {
        SimpleCommands.forkFailed(sh, io);
      }
    } else {
      throw new IllegalStateException("unknown node " + node);
    }
  }

  /**
   * Runs a while/until loop from its condition, or (condDone) from the test of a condition that
   * just ended; {@code last} is the status of the last body. A wait inside a resumable loop
   * records where the loop was ({@link Suspend}), so a detached {@code while true; do sleep 1; done}
   * holds no thread between its iterations.
   */
  private static void loop(Interpreter sh, ShellNode.Loop l, Io io, boolean resumable, int last, boolean condDone) {
    while (true) {
      if (!condDone) {
        sh.resumable(l.cond(), resumable);
        try {
          sh.condition(l.cond(), io);
        } catch (Suspend w) {
          int lastBody = last;
          w.push(o -> {
            o.get();
            loop(sh, l, io, true, lastBody, true);
            return 0;
          });
          throw w;
        }
      }
      condDone = false;
      boolean ok = sh.status == 0;
      if (ok == l.until()) {
        break;
      }
      int jump;
      try {
        sh.resumable(l.body(), resumable);
        sh.exec(l.body(), io);
        jump = 0;
      } catch (Suspend w) {
        w.push(o -> {
          int j;
          try {
            o.get();
            j = 0;
          } catch (Interpreter.LoopJump lj) {
            j = jump(lj);
          }
          if (j == 2) {
            sh.status = 0;
            return 0;
          }
          int lastBody = j == 0 ? sh.status : 0;
          sh.runTraps(io);
          loop(sh, l, io, true, lastBody, false);
          return 0;
        });
        throw w;
      } catch (Interpreter.LoopJump j) {
        jump = jump(j);
      }
      if (jump == 2) {
        last = 0;
        break;
      }
      last = jump == 0 ? sh.status : 0;
      sh.runTraps(io);
    }
    sh.status = last;
  }

  /** Returns 1 for a continue, 2 for a break of this loop; passes a jump of more levels outwards. */
  private static int jump(Interpreter.LoopJump j) {
    if (j.levels > 1) {
      throw new Interpreter.LoopJump(j.levels - 1, j.isBreak);
    }
    return j.isBreak ? 2 : 1;
  }

  private static void forLoop(Interpreter sh, ShellNode.For f, Io io) {
    List<String> items = new ArrayList<>();
    if (f.words() == null) {
      items.addAll(sh.positional());
    } else {
      for (String w : f.words()) {
        items.addAll(sh.expander().fields(w));
      }
    }
    sh.status = 0;
    for (String item : items) {
      sh.vars.put(f.name(), item);
      try {
        sh.exec(f.body(), io);
      } catch (Interpreter.LoopJump j) {
        if (j.levels > 1) {
          throw new Interpreter.LoopJump(j.levels - 1, j.isBreak);
        }
        if (j.isBreak) {
          break;
        }
      }
    }
  }

  private static void caseOf(Interpreter sh, ShellNode.Case c, Io io) {
    String subject = sh.expander().single(c.word());
    sh.status = 0;
    for (int i = 0; i < c.patterns().size(); i++) {
      for (String p : c.patterns().get(i)) {
        if (Glob.matches(patternOf(sh, p), subject)) {
          sh.exec(c.bodies().get(i), io);
          return;
        }
      }
    }
  }

  /** Expands a case pattern, keeping quoted characters literal. */
  private static String patternOf(Interpreter sh, String raw) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char ch = raw.charAt(i);
      if (ch == '\'' || ch == '"') {
        int close = raw.indexOf(ch, i + 1);
        String inner = sh.expander().single(raw.substring(i, close + 1));
        for (char q : inner.toCharArray()) {
          sb.append('\\').append(q);
        }
        i = close;
      } else if (ch == '$') {
        int end = i + 1;
        while (end < raw.length() && (Character.isLetterOrDigit(raw.charAt(end)) || raw.charAt(end) == '_'
            || raw.charAt(end) == '{' || raw.charAt(end) == '}')) {
          end++;
        }
        sb.append(sh.expander().single(raw.substring(i, end)));
        i = end - 1;
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static void group(Interpreter sh, ShellNode.Group g, Io io, boolean resumable) {
    if (!g.subshell()) {
      sh.resumable(g.body(), resumable);
      sh.exec(g.body(), io);
      return;
    }
    // In tail position of a forked shell (or of sh -c's script) ash runs the subshell in that
    // process without forking again; anywhere else the subshell is a fork of its own.
    boolean inPlace = sh.forked != null && sh.forked.tail.contains(g)
        || sh.tail.contains(g) && sh.traps.isEmpty();
    ForkedShell forked = inPlace ? sh.forked : ForkedShell.fork(sh.proc());
    if (!inPlace && forked == null) {
      SimpleCommands.forkFailed(sh, io);
      return;
    }
    Interpreter sub = sh.fork();
    if (forked != null) {
      sub.forked = forked;
      MainRun.collectTail(forked.tail, g.body());
    } else {
      sub.tail = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      MainRun.collectTail(sub.tail, g.body());
    }
    String cwd = sh.proc().fs().cwd();
    try {
      sub.exec(g.body(), io);
    } catch (Interpreter.Exit e) {
      sub.status = e.status;
    } finally {
      sh.proc().fs().cd(cwd);
      if (!inPlace) {
        forked.end();
      }
    }
    sh.status = sub.status;
  }
}
