package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.CompiledProgram;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A GNU tool of Debian's and Ubuntu's /usr/bin and the learner's Debian host: GNU's option parsing
 * ({@link GetoptLong}, with the options its real {@code --help} lists), its {@code --help} and
 * {@code --version} texts (taken from the real tools, see {@link Texts}), its usage errors and their
 * exit statuses; the work itself is done by {@code delegate}, the simulator's implementation of the
 * tool, given the options in short form ahead of the operands. The executable file's text after
 * its marker line may name another release ({@code 9.4 2023}: Ubuntu 24.04's coreutils, its
 * copyright year), which changes the version text; the help texts stay Debian 12's.
 */
final class GnuTool implements CompiledProgram {
  /** How the tool reads its options (coreutils' three ways, and find's). */
  enum Mode {
    /** getopt_long over everything its --help lists. */
    GETOPT,
    /** parse_gnu_standard_options_only: only --help and --version, options end at the first operand (sleep, yes, dd). */
    STANDARD,
    /** --help or --version only as the one argument, spelled out; anything else is data (true, echo, printf, [). */
    EXACT,
    /** find: --help or --version as the first argument. */
    FIRST
  }

  private static final Map<String, GetoptLong.Spec> SPECS = new ConcurrentHashMap<>();
  private static final GetoptLong.Spec STANDARD = new GetoptLong.Spec("+", List.of(
      new GetoptLong.LongOption("help", GetoptLong.Arg.NONE, '\0'),
      new GetoptLong.LongOption("version", GetoptLong.Arg.NONE, '\0')));

  private final String tool;
  private final Mode mode;
  private final int status;
  private final String prefix;
  private final String tryLine;
  private final Program delegate;
  private final String release;

  /**
   * A tool named {@code tool} (its texts' key) that reads options as {@code mode}, exits {@code status}
   * on a usage error printing {@code tryLine} ({@code @PROG@} for argv[0]; null: the help text without
   * its last line, as sed does), with getopt's optstring {@code prefix} ('+': options end at the first
   * operand, then extra letters the help text leaves out).
   */
  GnuTool(String tool, Mode mode, int status, String prefix, String tryLine, Program delegate) {
    this(tool, mode, status, prefix, tryLine, delegate, "");
  }

  private GnuTool(String tool, Mode mode, int status, String prefix, String tryLine, Program delegate, String release) {
    this.tool = tool;
    this.mode = mode;
    this.status = status;
    this.prefix = prefix;
    this.tryLine = tryLine;
    this.delegate = delegate;
    this.release = release;
  }

  /** The usual "Try 'PROG --help' for more information." */
  static final String TRY = "Try '@PROG@ --help' for more information.";

  @Override
  public Program load(String body) {
    String r = body.strip();
    return r.isEmpty() ? this : new GnuTool(tool, mode, status, prefix, tryLine, delegate, r);
  }

  @Override
  public int run(Proc p, List<String> argv) {
    String prog = argv.get(0);
    List<String> args = argv.subList(1, argv.size());
    switch (mode) {
      case EXACT, FIRST -> {
        boolean check = mode == Mode.EXACT ? args.size() == 1 : !args.isEmpty();
        if (check && (args.get(0).equals("--help") || args.get(0).equals("--version"))) {
          return print(p, prog, args.get(0).substring(2));
        }
        return delegate.run(p, argv);
      }
      default -> {
        GetoptLong.Parsed parsed;
        try {
          parsed = GetoptLong.parse(mode == Mode.STANDARD ? STANDARD : spec(), prepare(args));
        } catch (GetoptLong.Error e) {
          return usageError(p, prog, e.getMessage());
        }
        GetoptLong.Spec spec = mode == Mode.STANDARD ? STANDARD : spec();
        for (GetoptLong.Option o : parsed.options()) {
          String name = o.name() != null ? o.name() : spec.longs().stream().filter(l -> l.key() == o.key())
              .map(GetoptLong.LongOption::name).findFirst().orElse("");
          if (name.equals("help") || name.equals("version")) {
            return print(p, prog, name); // grep's -V is --version
          }
        }
        return delegate.run(p, rebuilt(prog, parsed));
      }
    }
  }

  /** Prints a usage error: "PROG: message", the pointer to --help; returns the tool's usage status. */
  int usageError(Proc p, String prog, String message) {
    p.stderr().println(prog + ": " + message);
    if (tryLine != null) {
      p.stderr().println(tryLine.replace("@PROG@", prog));
    } else {
      String help = text("help", prog);
      p.stderr().print(help.substring(0, help.lastIndexOf('\n', help.length() - 2) + 1));
    }
    return status;
  }

  private int print(Proc p, String prog, String what) {
    p.stdout().print(text(what, prog));
    return 0;
  }

  /** Returns text {@code what} (help, version) with argv[0] and this release put in. */
  String text(String what, String prog) {
    String t = Texts.gnu(tool + "." + what);
    if (t == null) {
      return "";
    }
    t = t.replace("@PROG@", prog);
    if (what.equals("version") && !release.isEmpty()) {
      String[] r = release.split(" ");
      int nl = t.indexOf('\n');
      String first = t.substring(0, nl);
      first = first.substring(0, first.lastIndexOf(' ') + 1) + r[0];
      t = first + t.substring(nl);
      if (r.length > 1) {
        t = t.replaceFirst("Copyright \\(C\\) \\d{4}", "Copyright (C) " + r[1]);
      }
    }
    return t;
  }

  private GetoptLong.Spec spec() {
    return SPECS.computeIfAbsent(tool + prefix, k -> {
      String extra = prefix.startsWith("+") ? prefix.substring(1) : prefix;
      return GetoptLong.fromHelp(Texts.gnu(tool + ".help"), prefix.startsWith("+") ? "+" : "", extra);
    });
  }

  /**
   * What the tools do before getopt: head's and tail's obsolete {@code -NUM} first, chmod's modes
   * that look like options ({@code -w}), seq's negative numbers: each is an operand, as in the real tool.
   */
  private List<String> prepare(List<String> args) {
    List<String> out = new ArrayList<>(args);
    if ((tool.equals("head") || tool.equals("tail")) && !out.isEmpty() && out.get(0).matches("-\\d+[a-z]*")) {
      String n = out.remove(0);
      out.add(0, "-n");
      out.add(1, n.substring(1).replaceAll("[a-z]+$", ""));
    }
    for (int i = 0; i < out.size(); i++) {
      String a = out.get(i);
      if (tool.equals("chmod") && a.matches("-[rwxXstugoa,+=0-7]+") || tool.equals("seq") && a.matches("-[0-9.].*")) {
        out.add(i, "--");
        break;
      }
      if (a.equals("--")) {
        break;
      }
    }
    return out;
  }

  private static List<String> rebuilt(String prog, GetoptLong.Parsed parsed) {
    List<String> out = new ArrayList<>();
    out.add(prog);
    for (GetoptLong.Option o : parsed.options()) {
      if (o.key() != 0) {
        out.add("-" + o.key());
        if (o.value() != null) {
          out.add(o.value());
        }
      } else {
        out.add("--" + o.name() + (o.value() == null ? "" : "=" + o.value()));
      }
    }
    if (parsed.operands().stream().anyMatch(s -> s.startsWith("-") && !s.equals("-"))) {
      out.add("--");
    }
    out.addAll(parsed.operands());
    return out;
  }
}
