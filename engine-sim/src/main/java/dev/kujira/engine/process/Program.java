package dev.kujira.engine.process;

import java.util.List;

/**
 * Is a simulated executable: busybox applets, the shell, service daemons.
 *
 * <p>A program runs on the calling thread and returns its exit status; it waits only through
 * {@link Proc#sleep}, which hands control back to the engine's virtual clock.
 */
@FunctionalInterface
public interface Program {

  /** Runs the program with {@code argv} ({@code argv.get(0)} is the name it was called by) and returns its exit status. */
  int run(Proc proc, List<String> argv);

  /**
   * Says whether the shell runs {@code name} without an exec, so the process keeps the shell's
   * command line (busybox's NOEXEC applets in a standalone shell; {@code ps} shows them as
   * {@code {name} sh -c …}).
   */
  default boolean keepsShellCmdline(String name) {
    return false;
  }
}
