package dev.kujira.engine.shell;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Is the state of one interactive shell that outlives each command line typed into it, as in a
 * terminal: variables and which are exported, functions, aliases, traps, the positional parameters,
 * {@code set -e/-u/-x} and {@code $?}. The REPL's host shell keeps one, so {@code export X=1} or
 * a function defined on one line is there on the next; script mode runs each line in a fresh
 * {@code bash -c} and keeps none. A copy is part of a checkpoint, so undo restores it too.
 */
public final class ShellSession {
  private final Map<String, String> vars = new LinkedHashMap<>();
  private final Set<String> exported = new LinkedHashSet<>();
  private final Map<String, ShellNode> functions = new HashMap<>();
  private final Map<String, String> traps = new HashMap<>();
  private final Map<String, String> aliases = new java.util.TreeMap<>();
  private List<String> positional = List.of();
  private boolean started;
  private boolean errexit;
  private boolean nounset;
  private boolean xtrace;
  private int status;

  /** Creates the state of a shell that has run nothing yet: it starts from its process's environment. */
  public ShellSession() {
  }

  /** Returns an independent copy (function bodies are immutable and shared). */
  public ShellSession copy() {
    ShellSession c = new ShellSession();
    c.vars.putAll(vars);
    c.exported.addAll(exported);
    c.functions.putAll(functions);
    c.traps.putAll(traps);
    c.aliases.putAll(aliases);
    c.positional = positional;
    c.started = started;
    c.errexit = errexit;
    c.nounset = nounset;
    c.xtrace = xtrace;
    c.status = status;
    return c;
  }

  /** Says whether the session has run a line yet (a new interactive shell reads its ~/.bashrc first). */
  public boolean started() {
    return started;
  }

  /** Returns the last command line's exit status ({@code $?} of the next one). */
  public int status() {
    return status;
  }

  /** Gives {@code sh} this session's state; the first time, it keeps what its environment gave it. */
  void enter(Interpreter sh) {
    if (!started) {
      return;
    }
    // The working directory is the process's own; its variable follows it (an undo may move it).
    String pwd = sh.vars.get("PWD");
    sh.vars.clear();
    sh.vars.putAll(vars);
    if (pwd != null) {
      sh.vars.put("PWD", pwd);
    }
    sh.exported.clear();
    sh.exported.addAll(exported);
    sh.functions.clear();
    sh.functions.putAll(functions);
    sh.traps.clear();
    sh.traps.putAll(traps);
    sh.aliases.table().clear();
    sh.aliases.table().putAll(aliases);
    sh.positional = new java.util.ArrayList<>(positional);
    sh.errexit = errexit;
    sh.nounset = nounset;
    sh.xtrace = xtrace;
    sh.status = status;
  }

  /** Keeps {@code sh}'s state after a command line ended with {@code code}. */
  void leave(Interpreter sh, int code) {
    started = true;
    vars.clear();
    vars.putAll(sh.vars);
    exported.clear();
    exported.addAll(sh.exported);
    functions.clear();
    functions.putAll(sh.functions);
    traps.clear();
    traps.putAll(sh.traps);
    aliases.clear();
    aliases.putAll(sh.aliases.table());
    positional = List.copyOf(sh.positional);
    errexit = sh.errexit;
    nounset = sh.nounset;
    xtrace = sh.xtrace;
    status = code;
  }

  /** Records the status of a line that ended without the shell (Ctrl-C unwound it, or came at the idle prompt). */
  public void status(int code) {
    status = code;
  }

  /** Returns the exported variables: the environment of the programs the shell starts. */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String name : exported) {
      String v = vars.get(name);
      if (v != null) {
        env.put(name, v);
      }
    }
    return env;
  }
}
