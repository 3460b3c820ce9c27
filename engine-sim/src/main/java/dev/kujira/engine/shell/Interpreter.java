package dev.kujira.engine.shell;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.process.Limits;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Resolution;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.Suspend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs parsed shell scripts in one process: variables, functions, traps and the commands they start. */
final class Interpreter implements WordExpander.Scope {
  private Proc proc;
  private final Dialect dialect;
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
  private List<String> heredocs = List.of();
  private final WordExpander expander = new WordExpander(this);
  private int line = 1;
  /** The script's commands in tail position, which replace the shell instead of forking (identity). */
  private Set<ShellNode> tail = Set.of();
  private boolean tailPending;
  /** Redirections made permanent by {@code exec} without a command ({@code exec 2>&1}). */
  private Persistent persistent;
  /**
   * The node the next {@link #exec} runs as a resumable step: every frame above it records its
   * rest when a wait unwinds the process ({@link Suspend}). Only the script's root and the
   * children of resumable sequences, and-or lists, ifs, loops and brace groups get it; anything
   * else (pipelines, substitutions, builtins, functions, traps) waits on its thread.
   */
  ShellNode resumeOk;

  /** The streams {@code exec REDIRECTIONS} replaced for the rest of the script, and what closes them. */
  private static final class Persistent {
    java.io.InputStream in;
    PrintStream out;
    PrintStream err;
    final List<Redirections> open = new ArrayList<>();

    Io over(Io io) {
      return new Io(in != null ? in : io.in(), out != null ? out : io.out(), err != null ? err : io.err());
    }
  }
  /** Steps and call depth, shared with subshells: the bounds hold for the whole script. */
  private long[] budget = {0, 0};
  /** Added to a line number in builtin errors: ash counts a {@code -c} string's lines from 0. */
  int lineBase;
  /** Whether this is the learner's interactive host shell, whose errors name no line. */
  boolean interactive;
  /** The aliases ({@code alias ll='ls -l'}); see {@link Aliases} for when they expand. */
  final Aliases aliases = new Aliases();
  private boolean inAlias;

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

  private int runScript(String script, Io io, boolean resumable) {
    ShellParser parser = new ShellParser(script);
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
      collectTail(root);
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
   * Runs one line typed into an interactive shell that goes on after it: an {@code exit} or an
   * error ends the line only, and the EXIT trap waits for the shell's own end.
   */
  int runLine(String script, Io io) {
    aliases.read();
    try {
      runScript(script, io);
    } catch (Exit e) {
      status = e.status;
    }
    io.out().flush();
    io.err().flush();
    return status & 0xff;
  }

  /**
   * Runs a whole script as a process: handles exit, the EXIT trap, and flushes the streams. The
   * script's last command replaces the shell when it is a program (ash's EV_EXIT: no fork, so
   * {@code sh -c 'ps'} shows ps as pid 1 and {@code sh -c 'sleep 300'} leaves sleep as pid 1).
   */
  int runMain(String script, Io io) {
    return runMain(script, io, true);
  }

  /** Runs a script as {@link #runMain(String, Io)}; {@code execTail} false for a script read from stdin. */
  int runMain(String script, Io io, boolean execTail) {
    tailPending = execTail;
    aliases.read();
    try {
      runScript(script, io, true);
    } catch (Exit e) {
      status = e.status;
    } catch (Suspend w) {
      w.push(o -> {
        try {
          o.get();
        } catch (Exit e) {
          status = e.status;
        }
        return endMain(io);
      });
      throw w;
    }
    return endMain(io);
  }

  /** Runs the EXIT trap and flushes: the end of {@link #runMain}. */
  private int endMain(Io io) {
    String onExit = traps.remove("EXIT");
    if (onExit != null) {
      try {
        runScript(onExit, io);
      } catch (Exit e) {
        status = e.status;
      }
    }
    if (persistent != null) {
      persistent.over(io).out().flush();
      persistent.over(io).err().flush();
      persistent.open.forEach(Redirections::close);
    }
    io.out().flush();
    io.err().flush();
    return status & 0xff;
  }

  /**
   * Ends a script that ran out of steps. In the foreground it is killed with a notice; a
   * detached one keeps its container running but idles (nothing a busy loop does is visible),
   * until it is stopped.
   */
  private void overrun(Io io) {
    if (proc.detached()) {
      // The loop goes on unseen; a handled signal still reaches the shell between its commands.
      while (true) {
        Optional<Signal> s = proc.awaitSignal(3_600_000L);
        if (s.isPresent()) {
          trap(s.get(), io);
        }
      }
    }
    io.err().println(Limits.stepsNotice(arg0));
    io.err().flush();
    throw new ProcessKilled(Signal.SIGKILL);
  }

  private void collectTail(ShellNode node) {
    if (node instanceof ShellNode.Simple) {
      tail.add(node);
    } else if (node instanceof ShellNode.Sequence) {
      List<ShellNode> all = ((ShellNode.Sequence) node).commands();
      if (!all.isEmpty()) {
        collectTail(all.get(all.size() - 1));
      }
    } else if (node instanceof ShellNode.AndOr) {
      List<ShellNode> parts = ((ShellNode.AndOr) node).parts();
      collectTail(parts.get(parts.size() - 1));
    } else if (node instanceof ShellNode.If) {
      collectTail(((ShellNode.If) node).then());
      if (((ShellNode.If) node).otherwise() != null) {
        collectTail(((ShellNode.If) node).otherwise());
      }
    }
  }

  void exec(ShellNode node, Io rawIo) {
    Io io = persistent == null ? rawIo : persistent.over(rawIo);
    boolean ok = resumeOk == node;
    resumeOk = null;
    if (++budget[0] > Limits.STEPS) {
      overrun(io);
    }
    dev.kujira.engine.util.Budget.tick(dev.kujira.engine.util.Budget.SHELL_STEP);
    if (node instanceof ShellNode.Simple) {
      simple((ShellNode.Simple) node, io, ok);
    } else if (node instanceof ShellNode.Sequence) {
      Steps.sequence(this, ((ShellNode.Sequence) node).commands(), 0, io, ok);
    } else if (node instanceof ShellNode.AndOr) {
      Steps.andOr(this, (ShellNode.AndOr) node, io, ok);
    } else if (node instanceof ShellNode.Pipeline) {
      pipeline((ShellNode.Pipeline) node, io);
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
    boolean saved = errexit;
    errexit = false;
    boolean suspended = false;
    try {
      exec(cond, io);
    } catch (Suspend w) {
      // The shell's state stays as it is while the process waits; the rest restores it.
      suspended = true;
      w.push(o -> {
        errexit = saved;
        o.get();
        return 0;
      });
      throw w;
    } finally {
      if (!suspended) {
        errexit = saved;
      }
    }
    return status == 0;
  }

  private void pipeline(ShellNode.Pipeline p, Io io) {
    byte[] input = null;
    for (int i = 0; i < p.stages().size(); i++) {
      boolean last = i == p.stages().size() - 1;
      ByteArrayOutputStream buf = new dev.kujira.engine.fs.QuotaBuffer("pipe");
      PrintStream out = last ? io.out() : new PrintStream(buf, true, StandardCharsets.UTF_8);
      Io stage = new Io(input == null ? io.in() : new ByteArrayInputStream(input), out, io.err());
      try {
        exec(p.stages().get(i), stage);
      } catch (Exit e) {
        status = e.status;
      }
      out.flush();
      input = buf.toByteArray();
    }
    if (p.negate()) {
      status = status == 0 ? 1 : 0;
    }
  }

  private void simple(ShellNode.Simple s, Io io, boolean resumable) {
    if (!inAlias && (dialect == Dialect.ASH || interactive)) {
      ShellNode expanded = aliases.expand(s);
      if (expanded instanceof ShellNode.Simple x) {
        s = x;
      } else {
        // An alias that is more than one command runs whole, its own words not expanded again.
        inAlias = true;
        try {
          exec(expanded, io);
        } finally {
          inAlias = false;
        }
        return;
      }
    }
    line = s.line();
    List<String> argv = new ArrayList<>();
    Redirections redirections = new Redirections();
    Io cio;
    try {
      for (String w : s.words()) {
        argv.addAll(expander.fields(w));
      }
      Map<String, String> assigns = new LinkedHashMap<>();
      for (String a : s.assigns()) {
        int eq = a.indexOf('=');
        assigns.put(a.substring(0, eq), expander.single(a.substring(eq + 1)));
      }
      redirections.writeThrough = argv.size() == 1 && argv.get(0).equals("exec");
      cio = redirections.apply(this, s.redirects(), io);
      for (String v : assigns.values()) {
        if (v.length() > Limits.VALUE_CHARS) {
          // ash's ckmalloc failing: "out of memory" ends a non-interactive shell with 2.
          io.err().println(dialect.error("out of memory", line()));
          throw new Exit(2);
        }
      }
      if (argv.isEmpty()) {
        vars.putAll(assigns);
        status = 0;
        redirections.close();
        return;
      }
      if (argv.size() == 1 && argv.get(0).equals("exec") && !s.redirects().isEmpty()) {
        // exec with redirections only: they stay in force for the rest of the script.
        if (persistent == null) {
          persistent = new Persistent();
        }
        persistent.in = cio.in() != io.in() ? cio.in() : persistent.in;
        persistent.out = cio.out() != io.out() ? cio.out() : persistent.out;
        persistent.err = cio.err() != io.err() ? cio.err() : persistent.err;
        persistent.open.add(redirections);
        status = 0;
        return;
      }
      if (xtrace) {
        io.err().println("+ " + String.join(" ", argv));
      }
      // Only a program run straight from a resumable step may suspend; a builtin or function waits on its thread.
      boolean direct = resumable && !functions.containsKey(argv.get(0)) && !Builtins.has(argv.get(0));
      // exec PROGRAM (an entrypoint's exec "$@"): the program replaces the shell, which it may do resumably.
      boolean execs = resumable && assigns.isEmpty() && argv.size() > 1 && argv.get(0).equals("exec")
          && !functions.containsKey("exec");
      // wait [PID...]: waiting for jobs is a wait like sleep, which a resumable step makes without a thread.
      boolean waits = resumable && assigns.isEmpty() && argv.get(0).equals("wait") && !functions.containsKey("wait");
      // read from a terminal with nothing typed yet: a wait for input, like sleep.
      boolean reads = resumable && assigns.isEmpty() && argv.get(0).equals("read") && !functions.containsKey("read");
      try {
        status = reads ? Steps.readLine(this, argv, cio) : waits ? Steps.waitJobs(this, argv.subList(1, argv.size()), cio)
            : execs ? Steps.execTail(this, argv.subList(1, argv.size()), cio)
            : tail.contains(s) && traps.isEmpty() && !functions.containsKey(argv.get(0))
            && !Builtins.has(argv.get(0)) && proc.resolve(argv.get(0)).isFound()
            ? replaceWith(argv, assigns, cio, direct) : command(argv, assigns, cio, direct);
      } catch (Suspend w) {
        Io done = cio;
        w.push(o -> {
          status = o.get();
          endSimple(io, done, redirections);
          return 0;
        });
        throw w;
      }
    } catch (ShellRuntimeError e) {
      io.err().println(dialect.error(e.getMessage(), line()));
      redirections.close();
      if (dialect == Dialect.ASH && !e.redirection) {
        // A non-interactive ash exits on an expansion error (${x:?}, $((1/0))) with status 2.
        throw new Exit(2);
      }
      status = 1;
      checkErrexit();
      return;
    }
    endSimple(io, cio, redirections);
  }

  private void endSimple(Io io, Io cio, Redirections redirections) {
    cio.out().flush();
    cio.err().flush();
    redirections.close();
    runTraps(io);
    checkErrexit();
  }

  private void checkErrexit() {
    if (errexit && status != 0) {
      throw new Exit(status);
    }
  }

  /** Runs pending trapped signals' actions (after the foreground command, as ash does). */
  void runTraps(Io io) {
    Optional<Signal> s;
    while ((s = proc.takeSignal()).isPresent()) {
      trap(s.get(), io);
    }
  }

  private void trap(Signal signal, Io io) {
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
    return command(argv, assigns, io, false);
  }

  int command(List<String> argv, Map<String, String> assigns, Io io, boolean resumable) {
    String name = argv.get(0);
    ShellNode fn = functions.get(name);
    if (fn != null) {
      return callFunction(fn, argv, io);
    }
    if (Builtins.has(name)) {
      Map<String, String> saved = new HashMap<>();
      assigns.forEach((k, v) -> saved.put(k, vars.put(k, v)));
      try {
        return Builtins.run(this, argv, io);
      } finally {
        if (!name.equals("export") && !name.equals("readonly")) {
          saved.forEach((k, v) -> {
            if (v == null) {
              vars.remove(k);
            } else {
              vars.put(k, v);
            }
          });
        }
      }
    }
    return external(argv, assigns, io, resumable);
  }

  private int callFunction(ShellNode fn, List<String> argv, Io io) {
    if (budget[1] >= Limits.CALL_DEPTH) {
      // Like a fork bomb meeting the pids limit, but ended at once: a pipeline or a background job
      // must not catch it and go on forking (SIGKILL unwinds through them).
      io.err().println("kujira: " + arg0 + ": function " + argv.get(0) + " called itself " + Limits.CALL_DEPTH
          + " levels deep and was stopped (SIGKILL)");
      io.err().flush();
      throw new ProcessKilled(Signal.SIGKILL);
    }
    budget[1]++;
    List<String> saved = positional;
    positional = new ArrayList<>(argv.subList(1, argv.size()));
    try {
      exec(fn, io);
      return status;
    } catch (Return r) {
      return r.status;
    } finally {
      positional = saved;
      budget[1]--;
    }
  }

  int external(List<String> argv, Map<String, String> assigns, Io io) {
    return external(argv, assigns, io, false);
  }

  private int external(List<String> argv, Map<String, String> assigns, Io io, boolean resumable) {
    String name = argv.get(0);
    Resolution r = proc.resolve(name);
    if (!r.isFound()) {
      if (r.kind() == Resolution.Kind.NOT_FOUND) {
        io.err().println(name.contains("/") ? dialect.noSuchFile(name, line()) : dialect.notFound(name, line()));
        return 127;
      }
      io.err().println(dialect == Dialect.BASH && r.kind() == Resolution.Kind.IS_DIRECTORY
          ? dialect.error(name + ": Is a directory", line()) : dialect.denied(name, line()));
      return 126;
    }
    Map<String, String> env = exportedEnv();
    env.putAll(assigns);
    Proc child = proc.child(env, io.in(), io.out(), io.err());
    try {
      return child.exec(r.program(), argv, shownArgs(r.program(), argv), resumable) & 0xff;
    } catch (Suspend w) {
      w.push(o -> {
        try {
          return o.get() & 0xff;
        } catch (ProcessKilled k) {
          return childKilled(k, child, io);
        } finally {
          io.out().flush();
          io.err().flush();
        }
      });
      throw w;
    } catch (ProcessKilled k) {
      return childKilled(k, child, io);
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  private static int childKilled(ProcessKilled k, Proc child, Io io) {
    if (k.pid() == child.pid()) {
      // The child died of a signal sent from inside: ash reports it, then goes on.
      if (k.signal() != Signal.SIGINT && k.signal() != Signal.SIGPIPE) {
        io.err().println(k.signal().description());
      }
      return k.exitStatus();
    }
    throw k;
  }

  /** Runs {@code argv} in place of the shell, keeping its pid ({@code exec}): signals then reach the program. */
  int replaceWith(List<String> argv, Io io) {
    return replaceWith(argv, Map.of(), io, false);
  }

  int replaceWith(List<String> argv, Map<String, String> assigns, Io io, boolean resumable) {
    Resolution r = proc.resolve(argv.get(0));
    if (!r.isFound()) {
      return external(argv, Map.of(), io, resumable);
    }
    proc.env().clear();
    proc.env().putAll(exportedEnv());
    proc.env().putAll(assigns);
    try {
      return proc.withStreams(io.in(), io.out(), io.err()).exec(r.program(), argv, shownArgs(r.program(), argv),
          resumable) & 0xff;
    } catch (Suspend w) {
      w.push(o -> {
        try {
          return o.get() & 0xff;
        } finally {
          io.out().flush();
          io.err().flush();
        }
      });
      throw w;
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  private List<String> shownArgs(dev.kujira.engine.process.Program program, List<String> argv) {
    String name = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    return program.keepsShellCmdline(name) ? cmdline : null;
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

  // WordExpander.Scope

  @Override
  public String get(String name) {
    String v = vars.get(name);
    if (v == null && nounset && !name.equals("IFS")) {
      throw new ShellRuntimeError(name + ": parameter not set");
    }
    return v;
  }

  @Override
  public void set(String name, String value) {
    vars.put(name, value);
  }

  @Override
  public List<String> positional() {
    return positional;
  }

  @Override
  public String special(char c) {
    switch (c) {
      case '?':
        return String.valueOf(status);
      case '$':
        return String.valueOf(proc.pid());
      case '!':
        return vars.getOrDefault("!", "");
      case '0':
        return arg0;
      default:
        return (errexit ? "e" : "") + (nounset ? "u" : "") + (xtrace ? "x" : "");
    }
  }

  @Override
  public String substitute(String script) {
    ByteArrayOutputStream buf = new dev.kujira.engine.fs.QuotaBuffer("pipe");
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    Interpreter sub = fork();
    try {
      sub.runScript(script, new Io(new ByteArrayInputStream(new byte[0]), out, proc.stderr()));
    } catch (Exit e) {
      sub.status = e.status;
    }
    status = sub.status;
    out.flush();
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Override
  public FileSystemView fs() {
    return proc.fs();
  }

  /**
   * Runs {@code body} as a background job: a forked shell on a process and scheduler task of its
   * own; a lone command replaces that shell (ash forks, then execs it), so {@code $!} is its pid.
   */
  int background(ShellNode body, Io io) {
    return proc.spawnJob(child -> {
      Interpreter sub = fork();
      sub.rebind(child);
      sub.tail = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      sub.collectTail(body);
      Io jobIo = new Io(child.stdin(), io.out(), io.err());
      // The job's body is a resumable step: a job that sleeps or serves holds no thread meanwhile.
      return Suspend.call(() -> {
        sub.resumeOk = body;
        sub.exec(body, jobIo);
        return sub.status;
      }, o -> {
        try {
          o.get();
        } catch (Exit e) {
          sub.status = e.status;
        }
        return sub.status;
      });
    });
  }

  /** Waits for job {@code pid} as ash's wait does: its status, and the signal's name when one ended it. */
  int waitFor(int pid, Io io) {
    return waited(pid, proc.waitJob(pid), io);
  }

  int waited(int pid, int code, Io io) {
    if (code < 0) {
      // ash says nothing of a pid that is not its child; the status is 127 (seen on the real engine).
      if (dialect == Dialect.BASH) {
        io.err().println(dialect.error("wait: pid " + pid + " is not a child of this shell", line()));
      }
      return 127;
    }
    Signal sig = proc.jobSignal(pid);
    if (sig != null) {
      io.err().println(sig.description());
    }
    return code;
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
