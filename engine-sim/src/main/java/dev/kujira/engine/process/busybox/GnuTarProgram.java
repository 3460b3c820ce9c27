package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.CompiledProgram;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * GNU tar 1.34 (Debian 12, the learner's host; 1.35 in Ubuntu 24.04 by its marker's release line)
 * in front of the archive work {@link TarProgram} does: the old-style first argument whose letters
 * take their values from the following arguments in turn ({@code tar czvf out.tgz -C src .}),
 * getopt_long with every option tar's {@code --help} lists, {@code --help}, {@code --usage},
 * {@code --version}, and tar's usage errors as this machine's tar prints them: a getopt error exits
 * 64, "Old option 'f' requires an argument.", two or no operation modes and an empty archive exit 2.
 */
final class GnuTarProgram implements CompiledProgram {
  private static final String TRY = "Try 'tar --help' or 'tar --usage' for more information.";
  private static final String MODES = "Acdtrux";
  private final Applet archiver;
  private final GnuTool texts;

  GnuTarProgram(Applet archiver) {
    this(archiver, new GnuTool("tar", GnuTool.Mode.GETOPT, 64, "", TRY.replace("tar", "@PROG@"), archiver));
  }

  private GnuTarProgram(Applet archiver, GnuTool texts) {
    this.archiver = archiver;
    this.texts = texts;
  }

  @Override
  public Program load(String body) {
    return body.isBlank() ? this : new GnuTarProgram(archiver, (GnuTool) texts.load(body));
  }

  @Override
  public int run(Proc p, List<String> argv) {
    List<String> args = new ArrayList<>(argv.subList(1, argv.size()));
    if (!args.isEmpty() && !args.get(0).startsWith("-")) {
      // Old options (tar.c, "Old option letters"): each letter of the first word is an option and
      // the letters that take a value take the next words, in order.
      String letters = args.remove(0);
      List<String> expanded = new ArrayList<>();
      int next = 0;
      GetoptLong.Spec spec = Spec.TAR;
      for (char c : letters.toCharArray()) {
        GetoptLong.Arg a = spec.shortArg(c);
        expanded.add("-" + c);
        if (a == GetoptLong.Arg.REQUIRED) {
          if (next >= args.size()) {
            return usage(p, "Old option '" + c + "' requires an argument.", 2);
          }
          expanded.add(args.get(next++));
        }
      }
      expanded.addAll(args.subList(next, args.size()));
      args = expanded;
    }
    GetoptLong.Parsed parsed;
    try {
      parsed = GetoptLong.parse(Spec.TAR, args);
    } catch (GetoptLong.Error e) {
      return usage(p, e.getMessage(), 64);
    }
    List<String> out = new ArrayList<>(List.of("tar"));
    StringBuilder modes = new StringBuilder();
    for (GetoptLong.Option o : parsed.options()) {
      String name = o.name() == null ? "" : o.name();
      if (name.equals("help") || name.equals("version") || name.equals("usage") || o.key() == '?') {
        p.stdout().print(name.equals("usage") ? Texts.gnu("tar.usage") : texts.text(name.isEmpty() ? "help" : name, "tar"));
        return 0;
      }
      if (MODES.indexOf(o.key()) >= 0 && modes.indexOf(String.valueOf(o.key())) < 0 || name.equals("delete")
          || name.equals("test-label")) {
        modes.append(o.key() == 0 ? '-' : o.key());
      }
      if (o.key() != 0) {
        out.add("-" + o.key());
        if (o.value() != null) {
          out.add(o.value());
        }
      } else {
        out.add("--" + name + (o.value() == null ? "" : "=" + o.value()));
      }
    }
    if (modes.length() > 1) {
      return usage(p, "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option", 2);
    }
    if (modes.length() == 0) {
      return usage(p, "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options", 2);
    }
    if (modes.charAt(0) == 'c' && parsed.operands().isEmpty()) {
      return usage(p, "Cowardly refusing to create an empty archive", 2);
    }
    out.add("--");
    out.addAll(parsed.operands());
    return archiver.run(p, out);
  }

  /** tar's options, read once from its --help text. */
  private static final class Spec {
    static final GetoptLong.Spec TAR = GetoptLong.fromHelp(Texts.gnu("tar.help"), "", "");
  }

  private static int usage(Proc p, String message, int status) {
    p.stderr().println("tar: " + message);
    p.stderr().println(TRY);
    return status;
  }
}
