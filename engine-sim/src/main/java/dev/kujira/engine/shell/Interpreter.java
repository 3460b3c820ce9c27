package dev.kujira.engine.shell;

import dev.kujira.engine.process.Limits;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.Suspend;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs parsed shell scripts in one process: variables, functions, traps and the commands they start. */
final class Interpreter {
  Proc proc;
  final Dialect dialect;
  final Map<String, String> vars = new LinkedHashMap<>();
  final Set<String> exported = new LinkedHashSet<>();
  final Map<String, ShellNode> functions = new HashMap<>();
  final Map<String, String> traps = new HashMap<>();
  List<String> positional;
  String arg0;
  /** The shell's own command line, which the applets it runs without exec keep. */
  List<String> cmdline = List.of("sh");
  int status;
  /** Whether the shell ends on SIGINT by its own handler (a non-interactive ash), see runTraps. */
  boolean catchesInterrupt;
  boolean errexit;
  boolean nounset;
  boolean xtrace;
  /** Whether a read on a terminal already showed its -p prompt before it waited (Steps.readLine). */
  boolean readPromptShown;
  List<String> heredocs = List.of();
  final WordExpander expander = new WordExpander(new ShellScope(this));
  int line = 1;
  /** The script's commands in tail position, which replace the shell instead of forking (identity). */
  Set<ShellNode> tail = Set.of();
  boolean tailPending;
  /** How many command substitutions ran (their status is an assignment-only command's, see SimpleCommands). */
  int substitutions;
  /** The inline fork this shell runs as ($(…), ( … ), a pipeline's stage), or null: see ForkedShell. */
  ForkedShell forked;
  /** Whether the next script parsed fills {@link #forked}'s tail (a command substitution's). */
  boolean forkedTailPending;
  /** Redirections made permanent by {@code exec} without a command ({@code exec 2>&1}). */
  Persistent persistent;
  /**
   * The node the next {@link #exec} runs as a resumable step: every frame above it records its
   * rest when a wait unwinds the process ({@link Suspend}). Only the script's root and the
   * children of resumable sequences, and-or lists, ifs, loops and brace groups get it; anything
   * else (pipelines, substitutions, builtins, functions, traps) waits on its thread.
   */
  ShellNode resumeOk;

  /** The streams {@code exec REDIRECTIONS} replaced for the rest of the script, and what closes them. */
  static final class Persistent {
    java.io.InputStream in;
    PrintStream out;
    PrintStream err;
    final List<Redirections> open = new ArrayList<>();

    Io over(Io io) {
      return new Io(in != null ? in : io.in(), out != null ? out : io.out(), err != null ? err : io.err());
    }
  }
  /** Steps and call depth, shared with subshells: the bounds hold for the whole script. */
  long[] budget = {0, 0};
  /** Added to a line number in builtin errors: ash counts a {@code -c} string's lines from 0. */
  int lineBase;
  /** Whether this is the learner's interactive host shell, whose errors name no line. */
  boolean interactive;
  /**
   * Whether a killed child goes unreported: it is a pipeline's stage before the last, and the
   * shell reports a job's death by the last one's status only (ash's getstatus, bash likewise).
   */
  boolean quietKills;
  /** The aliases ({@code alias ll='ls -l'}); see {@link Aliases} for when they expand. */
  final Aliases aliases = new Aliases();
  /** The limits {@code ulimit} has read or set (null until it runs): setrlimit's state, inherited by subshells. */
  List<dev.kujira.engine.process.Rlimits.Limit> rlimits;
  boolean inAlias;

  /** Unwinds to the script's end with a status ({@code exit}). */
  static final class Exit extends RuntimeException {
    final int status;

    Exit(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  /** Unwinds a function ({@code return}). */
  static final class Return extends RuntimeException {
    final int status;

    Return(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  /** Unwinds loops ({@code break}/{@code continue} N). */
  static final class LoopJump extends RuntimeException {
    final int levels;
    final boolean isBreak;

    LoopJump(int levels, boolean isBreak) {
      super(null, null, false, false);
      this.levels = levels;
      this.isBreak = isBreak;
    }
  }

  Interpreter(Proc proc, Dialect dialect, String arg0, List<String> positional) {
    this.proc = proc;
    this.dialect = dialect;
    this.arg0 = arg0;
    this.positional = new ArrayList<>(positional);
    proc.env().forEach((k, v) -> {
      vars.put(k, v);
      exported.add(k);
    });
  }

  Proc proc() {
    return proc;
  }

  Dialect dialect() {
    return dialect;
  }

  WordExpander expander() {
    return expander;
  }

  String heredoc(int index) {
    return index < heredocs.size() ? heredocs.get(index) : "";
  }

  /** Parses and runs {@code script}; returns the last status (an {@code exit} ends it early). */
  int runScript(String script, Io io) {
    return runScript(script, io, false);
  }

  int runScript(String script, Io io, boolean resumable) {
    ShellParser parser = new ShellParser(script, dialect == Dialect.BASH);
    ShellNode root;
    try {
      root = parser.parse();
    } catch (ShellSyntaxError e) {
      io.err().println(dialect.syntax(e.getMessage(), interactive ? -1 : e.line));
      status = 2;
      return status;
    }
    if (tailPending) {
      tailPending = false;
      tail = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      MainRun.collectTail(this, root);
    }
    if (forkedTailPending) {
      forkedTailPending = false;
      MainRun.collectTail(forked.tail, root);
    }
    List<String> saved = heredocs;
    heredocs = parser.heredocBodies();
    boolean suspended = false;
    try {
      if (resumable) {
        resumeOk = root;
      }
      exec(root, io);
    } catch (Suspend w) {
      suspended = true;
      w.push(o -> {
        heredocs = saved;
        o.get();
        return status;
      });
      throw w;
    } finally {
      if (!suspended) {
        heredocs = saved;
      }
    }
    return status;
  }


  /**
   * Runs a whole script as a process: handles exit, the EXIT trap, and flushes the streams. The
   * script's last command replaces the shell when it is a program (ash's EV_EXIT: no fork, so
   * {@code sh -c 'ps'} shows ps as pid 1 and {@code sh -c 'sleep 300'} leaves sleep as pid 1).
   */
  int runMain(String script, Io io) {
    return MainRun.runMain(this, script, io, true);
  }

  /** Runs a script as {@link #runMain(String, Io)}; {@code execTail} false for a script read from stdin. */
  int runMain(String script, Io io, boolean execTail) {
    return MainRun.runMain(this, script, io, execTail);
  }

  /**
   * Runs one line typed into an interactive shell that goes on after it: an {@code exit} or an
   * error ends the line only, and the EXIT trap waits for the shell's own end.
   */
  int runLine(String script, Io io) {
    return MainRun.runLine(this, script, io);
  }





  void exec(ShellNode node, Io rawIo) {
    Io io = persistent == null ? rawIo : persistent.over(rawIo);
    boolean ok = resumeOk == node;
    resumeOk = null;
    if (++budget[0] > Limits.STEPS) {
      MainRun.overrun(this, io);
    }
    dev.kujira.engine.util.Budget.tick(dev.kujira.engine.util.Budget.SHELL_STEP);
    if (node instanceof ShellNode.Simple) {
      SimpleCommands.simple(this, (ShellNode.Simple) node, io, ok);
    } else if (node instanceof ShellNode.Sequence) {
      Steps.sequence(this, ((ShellNode.Sequence) node).commands(), 0, io, ok);
    } else if (node instanceof ShellNode.AndOr) {
      Steps.andOr(this, (ShellNode.AndOr) node, io, ok);
    } else if (node instanceof ShellNode.Pipeline) {
      Steps.pipeline(this, (ShellNode.Pipeline) node, io);
    } else if (node instanceof ShellNode.If) {
      Steps.ifThen(this, (ShellNode.If) node, io, ok, false);
    } else {
      Compound.exec(this, node, io, ok);
    }
  }

  /** Lets {@code next} run as a resumable step when its parent {@code ok} is one (see {@link #resumeOk}). */
  void resumable(ShellNode next, boolean ok) {
    if (ok) {
      resumeOk = next;
    }
  }

  /** Runs a condition list; its failure does not trigger {@code set -e}. */
  boolean condition(ShellNode cond, Io io) {
    return Steps.condition(this, cond, io);
  }





  /** Runs pending trapped signals' actions (after the foreground command, as ash does). */
  void runTraps(Io io) {
    Optional<Signal> s;
    while ((s = proc.takeSignal()).isPresent()) {
      trap(s.get(), io);
    }
  }

  void trap(Signal signal, Io io) {
    String action = traps.get(signal.shortName());
    if (action == null && signal == Signal.SIGINT && catchesInterrupt) {
      // ash catches SIGINT itself and ends with 130 once the foreground command is done, even as
      // PID 1 (real engine: docker kill -s INT ends sh -c 'while true; do sleep 1; done' with 130,
      // not sleep 100 alone).
      throw new Exit(130);
    }
    if (action != null && !action.isEmpty()) {
      int saved = status;
      runScript(action, io);
      status = saved;
    }
  }

  int command(List<String> argv, Map<String, String> assigns, Io io) {
    return Commands.command(this, argv, assigns, io, false);
  }

  /** Runs a command by name; {@code resumable} when a program it starts may wait without a thread. */
  int command(List<String> argv, Map<String, String> assigns, Io io, boolean resumable) {
    return Commands.command(this, argv, assigns, io, resumable);
  }



  int external(List<String> argv, Map<String, String> assigns, Io io) {
    return Commands.external(this, argv, assigns, io, false);
  }



  /** Runs {@code argv} in place of the shell, keeping its pid ({@code exec}): signals then reach the program. */
  int replaceWith(List<String> argv, Io io) {
    return Commands.replaceWith(this, argv, Map.of(), io, false);
  }

  /** Runs {@code argv} in place of the shell with {@code assigns} in its environment. */
  int replaceWith(List<String> argv, Map<String, String> assigns, Io io, boolean resumable) {
    return Commands.replaceWith(this, argv, assigns, io, resumable);
  }

  /**
   * Runs {@code body} as a background job: a forked shell on a process and scheduler task of its
   * own; a lone command replaces that shell (ash forks, then execs it), so {@code $!} is its pid.
   */
  int background(ShellNode body, Io io) {
    return Jobs.background(this, body, io);
  }

  /** Returns the status of job {@code pid} that ended with {@code code}, as ash's wait reports it. */
  int waited(int pid, int code, Io io) {
    return Jobs.waited(this, pid, code, io);
  }



  Map<String, String> exportedEnv() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String k : exported) {
      String v = vars.get(k);
      if (v != null) {
        env.put(k, v);
      }
    }
    return env;
  }

  /** Returns the positional parameters ($1…). */
  List<String> positional() {
    return positional;
  }


  /** Waits for job {@code pid} as ash's wait does: its status, and the signal's name when one ended it. */
  int waitFor(int pid, Io io) {
    return waited(pid, proc.waitJob(pid), io);
  }


  /** Makes this interpreter run as {@code other} (a forked job's own process). */
  void rebind(Proc other) {
    this.proc = other;
  }

  /** Returns a subshell: a copy of the variables, functions and options, sharing the process. */
  Interpreter fork() {
    Interpreter sub = new Interpreter(proc.withStreams(proc.stdin(), proc.stdout(), proc.stderr()), dialect, arg0, positional);
    sub.vars.clear();
    sub.vars.putAll(vars);
    sub.exported.clear();
    sub.exported.addAll(exported);
    sub.functions.putAll(functions);
    sub.aliases.table().putAll(aliases.table());
    sub.aliases.read();
    sub.interactive = interactive;
    sub.errexit = errexit;
    sub.nounset = nounset;
    sub.status = status;
    sub.heredocs = heredocs;
    sub.lineBase = lineBase;
    sub.budget = budget;
    sub.cmdline = cmdline;
    sub.line = line;
    sub.rlimits = rlimits == null ? null : new java.util.ArrayList<>(rlimits);
    return sub;
  }

  /**
   * Formats an error of builtin {@code name} as the shell prints it: ash names its {@code $0},
   * the builtin and the line ({@code sh: cd: line 0: can't cd to /x: …}, busybox ash_vmsg).
   */
  String builtinError(String name, String message) {
    return dialect == Dialect.ASH ? arg0 + ": " + name + ": line " + (line + lineBase) + ": " + message
        : dialect.error(name + ": " + message, line());
  }

  /** Returns the line number errors name: none (-1) in an interactive shell, which bash does not number. */
  int line() {
    return interactive ? -1 : line;
  }
}
