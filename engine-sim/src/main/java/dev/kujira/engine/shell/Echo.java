package dev.kujira.engine.shell;

import java.io.PrintStream;
import java.util.List;

/** Is busybox's echo: {@code -n} drops the newline, {@code -e} interprets escapes, {@code -E} does not. */
public final class Echo {
  private Echo() {
  }

  /** Prints {@code args} as echo does and returns 0. */
  public static int run(List<String> args, PrintStream out) {
    boolean newline = true;
    boolean escapes = false;
    int i = 0;
    while (i < args.size() && args.get(i).matches("-[neE]+")) {
      for (char c : args.get(i).substring(1).toCharArray()) {
        if (c == 'n') {
          newline = false;
        } else if (c == 'e') {
          escapes = true;
        } else {
          escapes = false;
        }
      }
      i++;
    }
    StringBuilder sb = new StringBuilder(String.join(" ", args.subList(i, args.size())));
    String text = sb.toString();
    if (escapes) {
      int cut = text.indexOf("\\c");
      if (cut >= 0) {
        text = text.substring(0, cut);
        newline = false;
      }
      text = Printf.escapes(text);
    }
    out.print(text);
    if (newline) {
      out.print('\n');
    }
    out.flush();
    return 0;
  }
}
