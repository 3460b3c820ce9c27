package dev.kujira.engine.shell;

import dev.kujira.engine.process.Proc;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Is a shell forked to run inline, on its parent's stack: a command substitution, a {@code ( … )}
 * subshell or a pipeline's stage. The simulator runs it without a process of its own, but the
 * kernel's pids cgroup counts the fork like any other, so it holds a slot of the container's
 * {@code --pids-limit} while it runs: with busybox ash on Docker 26.1.5, {@code echo $(echo hi)}
 * needs a limit of 2, {@code x=$(sleep 0; echo hi)} and {@code echo hi | cat} need 3. As ash's
 * EV_EXIT does, the program in its last position replaces the forked shell instead of forking
 * again ({@code x=$(sleep 0)} and {@code (sleep 0)} need only 2): that program takes the slot.
 */
final class ForkedShell {
  /** The commands in tail position (identity), which exec in place of the forked shell. */
  final Set<ShellNode> tail = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Proc proc;
  private boolean held = true;

  private ForkedShell(Proc proc) {
    this.proc = proc;
  }

  /** Forks a shell from {@code proc}'s; null when the fork fails (EAGAIN past the pids limit). */
  static ForkedShell fork(Proc proc) {
    return proc.forkShell() ? new ForkedShell(proc) : null;
  }

  /**
   * Lends the slot to the program {@code s} runs when {@code s} is in tail position: the program
   * takes the shell's pid; returns whether it did ({@link #retake()} after the program).
   */
  boolean lend(ShellNode s) {
    if (!held || !tail.contains(s)) {
      return false;
    }
    held = false;
    proc.shellEnded();
    return true;
  }

  /** Takes the slot back from a program that ended: the stage or subshell is still there. */
  void retake() {
    held = proc.forkShell();
  }

  /** Ends the forked shell: its slot is free again. */
  void end() {
    if (held) {
      held = false;
      proc.shellEnded();
    }
  }
}
