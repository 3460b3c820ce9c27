package dev.kujira.cli.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a step's Markdown prose into terminal text. A terminal shows Markdown's fence lines
 * (```) as noise, so they are dropped: a code block's lines are indented (and coloured when the
 * terminal has colours), and an output block ({@code ```output COMMAND}) reads as
 * {@code $ COMMAND} followed by what it printed, as in a shell. Everything else is left as written.
 */
final class ProseText {
  private static final String CODE = "\u001b[36m";
  private static final String PROMPT = "\u001b[1m";
  private static final String RESET = "\u001b[0m";
  private static final String INDENT = "    ";

  private ProseText() {
  }

  /** Renders {@code markdown} for a terminal; {@code colour} false gives plain text. */
  static String render(String markdown, boolean colour) {
    List<String> out = new ArrayList<>();
    String fence = null;
    for (String line : markdown.strip().split("\n", -1)) {
      String trimmed = line.stripLeading();
      if (fence == null && isFence(trimmed)) {
        fence = trimmed.substring(0, fenceLength(trimmed));
        String info = trimmed.substring(fence.length()).strip();
        if (info.startsWith("output ") || info.startsWith("output\t")) {
          String command = info.substring("output".length()).strip();
          out.add(INDENT + paint("$ " + command, PROMPT, colour));
        }
        continue;
      }
      if (fence != null) {
        int n = fenceLength(trimmed);
        if (n >= fence.length() && trimmed.substring(n).isBlank()) {
          fence = null;
          continue;
        }
        out.add(line.isBlank() ? "" : INDENT + paint(line.stripTrailing(), CODE, colour));
        continue;
      }
      out.add(line.stripTrailing());
    }
    return String.join("\n", out);
  }

  private static boolean isFence(String trimmed) {
    // CommonMark: a backtick fence's info string holds no backtick (```a``` is inline code).
    int n = fenceLength(trimmed);
    return n >= 3 && trimmed.indexOf('`', n) < 0;
  }

  private static int fenceLength(String trimmed) {
    int n = 0;
    while (n < trimmed.length() && trimmed.charAt(n) == '`') {
      n++;
    }
    return n;
  }

  private static String paint(String text, String code, boolean colour) {
    return colour ? code + text + RESET : text;
  }
}
