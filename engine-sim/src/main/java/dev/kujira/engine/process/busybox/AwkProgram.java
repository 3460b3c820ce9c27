package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Proc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * awk [-F SEP] [-v VAR=VAL] 'PROGRAM' [FILE]...: a small interpreter of the common language:
 * BEGIN/END, patterns (expressions and /re/), fields, NR NF FS OFS, print/printf, if/while/for,
 * arrays, and the string builtins.
 */
final class AwkProgram extends Applet {
  @Override
  String name() {
    return "awk";
  }

  @Override
  public int run(Proc p, List<String> argv) {
    List<String> args = new ArrayList<>(argv.subList(1, argv.size()));
    Map<String, Object> vars = new HashMap<>();
    vars.put("FS", " ");
    vars.put("OFS", " ");
    vars.put("ORS", "\n");
    while (!args.isEmpty() && args.get(0).startsWith("-") && args.get(0).length() > 1) {
      String a = args.remove(0);
      if (a.startsWith("-F")) {
        String fs = a.length() > 2 ? a.substring(2) : args.remove(0);
        vars.put("FS", fs.equals("\\t") ? "\t" : fs);
      } else if (a.startsWith("-v")) {
        String kv = a.length() > 2 ? a.substring(2) : args.remove(0);
        vars.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
      }
    }
    if (args.isEmpty()) {
      p.stderr().println("awk: usage: awk [-F sep] [-v var=val] 'program' [file...]");
      return 1;
    }
    AwkInterpreter awk;
    try {
      awk = new AwkInterpreter(new AwkParser(args.remove(0)).program(), vars, p.stdout());
    } catch (IllegalArgumentException e) {
      p.stderr().println("awk: cmd. line:1: " + e.getMessage());
      return 2;
    }
    boolean[] failed = {false};
    try {
      awk.begin();
      if (!awk.exited() && awk.needsInput()) {
        for (String line : lines(inputs(p, args, failed))) {
          awk.record(line);
          if (awk.exited()) {
            break;
          }
        }
      }
      awk.end();
    } catch (IllegalArgumentException e) {
      p.stderr().println("awk: " + e.getMessage());
      return 2;
    }
    p.stdout().flush();
    return failed[0] ? 2 : awk.exitCode();
  }
}
