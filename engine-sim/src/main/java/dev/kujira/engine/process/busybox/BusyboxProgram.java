package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.util.List;
import java.util.Map;

/**
 * Is the busybox multi-call binary: the name it was called by picks the applet, or
 * {@code busybox APPLET args}; {@code sh} is the shell given at construction.
 */
public final class BusyboxProgram implements Program {
  private final Map<String, Program> applets;

  /** Creates the binary with {@code applets} (the shell among them). */
  public BusyboxProgram(Map<String, Program> applets) {
    this.applets = applets;
  }

  /** Busybox 1.35's NOEXEC applets that learners run (include/applets.src.h): the shell forks them without exec. */
  private static final java.util.Set<String> NOEXEC = java.util.Set.of("ps", "ls", "cat", "cp", "mv", "rm", "mkdir",
      "rmdir", "touch", "chmod", "chown", "ln", "find", "grep", "sort", "cut", "tr", "uniq", "dd", "du", "tail", "head");

  /**
   * The applets whose lone {@code --help} is an ordinary argument (appletlib.c exempts test, true
   * and false; echo prints it): seen with the conformance image's busybox.
   */
  private static final java.util.Set<String> NO_HELP = java.util.Set.of("echo", "false", "test", "true");

  @Override
  public boolean keepsShellCmdline(String name) {
    return NOEXEC.contains(name);
  }

  @Override
  public int run(Proc proc, List<String> argv) {
    String name = argv.get(0);
    name = name.substring(name.lastIndexOf('/') + 1);
    List<String> args = argv;
    if (name.equals("busybox")) {
      if (argv.size() < 2) {
        proc.stdout().println(Banner.of(proc) + " multi-call binary.");
        return 0;
      }
      if (argv.get(1).equals("--list")) {
        applets.keySet().forEach(proc.stdout()::println);
        return 0;
      }
      name = argv.get(1);
      args = argv.subList(1, argv.size());
    }
    Program p = applets.get(name);
    if (p == null) {
      proc.stderr().println(name + ": applet not found");
      return 127;
    }
    if (args.size() == 2 && args.get(1).equals("--help") && !NO_HELP.contains(name)) {
      // libbb/appletlib.c: an applet's only argument --help shows its usage on stderr and exits 0.
      return Banner.show(proc, name, 0);
    }
    return p.run(proc, args);
  }
}
