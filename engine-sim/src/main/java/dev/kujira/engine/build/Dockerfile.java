package dev.kujira.engine.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a Dockerfile as BuildKit's frontend does: comments, backslash continuations, instruction
 * keywords in any case, {@code --flag=value} options; unknown keywords fail with a suggestion.
 */
public final class Dockerfile {
  /** The words an unknown instruction is compared with for BuildKit's suggestion (unordered, as BuildKit's map). */
  static final Set<String> KEYWORDS = Set.copyOf(
      java.util.Arrays.stream(Instruction.Kind.values()).map(Enum::name).toList());

  private Dockerfile() {
  }

  /** Is a Dockerfile that does not parse: the line and BuildKit's message. */
  public static final class ParseError extends RuntimeException {
    private final int line;

    ParseError(int line, String message) {
      super(message, null, false, false);
      this.line = line;
    }

    /** Returns the 1-based line. */
    public int line() {
      return line;
    }
  }

  private static final java.util.regex.Pattern HEREDOC = java.util.regex.Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");

  /** Parses {@code text} into instructions. */
  public static List<Instruction> parse(String text) {
    List<Instruction> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int start = i + 1;
      StringBuilder sb = new StringBuilder();
      String cur = lines[i];
      while (cur.stripTrailing().endsWith("\\") && i + 1 < lines.length) {
        sb.append(cur.stripTrailing(), 0, cur.stripTrailing().length() - 1);
        i++;
        cur = lines[i];
        while (cur.strip().startsWith("#") && i + 1 < lines.length) {
          i++;
          cur = lines[i];
        }
      }
      sb.append(cur);
      String full = sb.toString().strip();
      int sp = full.indexOf(' ');
      String word = sp < 0 ? full : full.substring(0, sp);
      String keyword = word.toUpperCase();
      Instruction.Kind kind = Instruction.Kind.of(word);
      if (kind == null) {
        throw new ParseError(start, "dockerfile parse error on line " + start + ": unknown instruction: " + word
            + suggestion(keyword));
      }
      String rest = sp < 0 ? "" : full.substring(sp + 1).strip();
      Map<String, String> flags = new LinkedHashMap<>();
      while (rest.startsWith("--") && kind != Instruction.Kind.RUN || rest.startsWith("--mount")
          || rest.startsWith("--network")) {
        int end = rest.indexOf(' ');
        String flag = end < 0 ? rest : rest.substring(0, end);
        int eq = flag.indexOf('=');
        flags.put(flag.substring(2, eq < 0 ? flag.length() : eq), eq < 0 ? "" : flag.substring(eq + 1));
        rest = end < 0 ? "" : rest.substring(end + 1).strip();
      }
      // BuildKit here-documents: each <<WORD (or <<-WORD, quoted or not) takes the lines up to WORD.
      List<String> bodies = new ArrayList<>();
      java.util.regex.Matcher hd = HEREDOC.matcher(rest);
      boolean takesHeredocs = kind == Instruction.Kind.RUN || kind == Instruction.Kind.COPY
          || kind == Instruction.Kind.ADD;
      while (takesHeredocs && hd.find()) {
        boolean strip = hd.group(1).equals("-");
        String end = hd.group(3);
        StringBuilder body = new StringBuilder();
        while (i + 1 < lines.length) {
          String bl = lines[++i];
          String cmp = strip ? bl.replaceFirst("^\t+", "") : bl;
          if (cmp.equals(end)) {
            break;
          }
          body.append(cmp).append('\n');
        }
        bodies.add(body.toString());
      }
      Instruction ins = Instruction.of(kind, rest, flags, start, bodies);
      checkArguments(ins);
      out.add(ins);
    }
    return out;
  }

  /**
   * BuildKit's per-instruction argument checks (frontend/dockerfile/instructions/parse.go):
   * SHELL only in JSON form, COPY and ADD with a destination, ARG with a name, FROM with an image
   * and at most "AS NAME" (parseBuildStageName; recorded on Docker 26.1.5 with FROM `  -1 1 busybox).
   */
  private static void checkArguments(Instruction ins) {
    String at = "dockerfile parse error on line " + ins.line() + ": ";
    if (ins instanceof Instruction.From) {
      String[] w = ins.args().strip().split("\\s+");
      if (!(w.length == 1 && !w[0].isEmpty() || w.length == 3 && w[1].equalsIgnoreCase("AS"))) {
        throw new ParseError(ins.line(), at + "FROM requires either one or three arguments");
      }
    }
    if (ins instanceof Instruction.Shell && ins.jsonWords() == null) {
      throw new ParseError(ins.line(), at + "SHELL requires the arguments to be in JSON form");
    }
    if (ins instanceof Instruction.Arg) {
      // parseArg: no argument at all, or a NAME=value pair without its name ("ARG =1").
      String a = ins.args().strip();
      if (a.isEmpty()) {
        throw new ParseError(ins.line(), at + "ARG requires at least one argument");
      }
      for (String w : a.split("\\s+")) {
        if (w.startsWith("=")) {
          throw new ParseError(ins.line(), at + "ARG names can not be blank");
        }
      }
    }
    if (ins.copies() && ins.heredocs().isEmpty()) {
      String k = ins.keyword();
      List<String> json = ins.jsonWords();
      int n = json != null ? json.size() : ins.args().isBlank() ? 0 : ins.args().strip().split("\\s+").length;
      if (n == 0) {
        throw new ParseError(ins.line(), at + k + " requires at least one argument");
      }
      if (n == 1) {
        throw new ParseError(ins.line(), at + k + " requires at least two arguments, but only one was provided."
            + " Destination could not be determined");
      }
    }
  }

  /** BuildKit suggests the nearest keyword: "unknown instruction: COPPY (did you mean COPY?)". */
  private static String suggestion(String word) {
    String best = null;
    int bestDistance = 3;
    for (String k : KEYWORDS) {
      int d = distance(word, k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best == null ? "" : " (did you mean " + best + "?)";
  }

  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
      }
    }
    return d[a.length()][b.length()];
  }
}
