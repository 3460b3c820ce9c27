package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.CompiledProgram;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.util.List;
import java.util.Set;

/**
 * bash's GNU long options in front of the simulated shell: {@code --version} and {@code --help}
 * print bash 5.2.15's texts (Debian 12, this machine; the executable's release line names another
 * release, Ubuntu 24.04's 5.2.21), an unknown long option is "bash: --x: invalid option" with the
 * usage and status 2; long options must come first and be spelled out (shell.c's long_args: no
 * abbreviations, {@code bash --versio} is invalid), the others are the shell's.
 */
public final class BashFront implements CompiledProgram {
  private static final Set<String> LONG = Set.of("--debug", "--debugger", "--dump-po-strings", "--dump-strings",
      "--help", "--init-file", "--login", "--noediting", "--noprofile", "--norc", "--posix", "--pretty-print",
      "--protected", "--rcfile", "--restricted", "--verbose", "--version", "--wordexp");
  private final Program shell;
  private final String release;

  /** Puts bash's long options in front of {@code shell}. */
  public BashFront(Program shell) {
    this(shell, "");
  }

  private BashFront(Program shell, String release) {
    this.shell = shell;
    this.release = release;
  }

  @Override
  public Program load(String body) {
    return body.isBlank() ? this : new BashFront(shell, body.strip());
  }

  @Override
  public boolean keepsShellCmdline(String name) {
    return shell.keepsShellCmdline(name);
  }

  @Override
  public int run(Proc p, List<String> argv) {
    String prog = argv.get(0);
    for (String a : argv.subList(1, argv.size())) {
      if (!a.startsWith("--") || a.equals("--")) {
        break;
      }
      if (a.equals("--version") || a.equals("--help")) {
        p.stdout().print(text(a.substring(2), prog));
        return 0;
      }
      if (!LONG.contains(a)) {
        // shell.c: the usage is --help's text between its version line and its "Type `bash -c" hints.
        String help = text("help", prog);
        p.stderr().println(prog + ": " + a + ": invalid option");
        p.stderr().print(help.substring(help.indexOf('\n') + 1, help.indexOf("Type `" + prog + " -c \"help set\"'")));
        return 2;
      }
    }
    return shell.run(p, argv);
  }

  private String text(String what, String prog) {
    String t = Texts.gnu("bash." + what).replace("@PROG@", prog);
    return release.isEmpty() ? t : t.replace("5.2.15", release);
  }
}
