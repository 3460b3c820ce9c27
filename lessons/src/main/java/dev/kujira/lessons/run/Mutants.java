package dev.kujira.lessons.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes wrong variants of a solution automatically, each the kind of mistake learners make: the
 * two sides of {@code -p} swapped, {@code -d} dropped, a {@code --network} dropped (the default
 * bridge instead), a bind mount for a volume and the reverse, {@code :latest} for a pinned tag,
 * a read-only flag dropped, and each line left out. A goal that still passes a mutant is too
 * lenient, unless the author accepts that mutant by name.
 */
public final class Mutants {
  private static final Pattern PUBLISH = Pattern.compile("(-p|--publish)(\\s+|=)(?:([0-9.]+):)?(\\d+):(\\d+)");
  private static final Pattern DETACH = Pattern.compile("\\s(-d|--detach)(?=\\s)|\\s-d(it|ti)(?=\\s)|\\s-(it|ti)d(?=\\s)");
  private static final Pattern NETWORK = Pattern.compile("\\s(--network|--net)(\\s+|=)[^\\s]+");
  private static final Pattern VOLUME = Pattern.compile("(-v|--volume)(\\s+)([A-Za-z0-9][A-Za-z0-9_.-]*):(/[^\\s:]*)");
  private static final Pattern BIND = Pattern.compile("(-v|--volume)(\\s+)((?:/|\\./|\\$\\(pwd\\))[^\\s:]*):(/[^\\s:]*)");
  private static final Pattern TAG = Pattern.compile("(?<=\\s)([a-z][a-z0-9._/-]*):([A-Za-z0-9][A-Za-z0-9._-]*)(?=\\s|$)");
  private static final Pattern READ_ONLY = Pattern.compile(":ro(?=\\s|$)|,readonly|\\s--read-only");

  /**
   * Is one mutant.
   *
   * @param name what was changed, e.g. "swap-publish@1" (line numbers from 1)
   * @param lines the mutated solution
   */
  public record Mutant(String name, List<String> lines) {
    /** Copies the list. */
    public Mutant {
      lines = List.copyOf(lines);
    }
  }

  private Mutants() {
  }

  /** Returns the mutants of {@code solution}, each different from it. */
  public static List<Mutant> of(List<String> solution) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < solution.size(); i++) {
      String line = solution.get(i);
      int n = i + 1;
      tryLine(out, "swap-publish@" + n, solution, i, l -> PUBLISH.matcher(l).replaceFirst(m ->
          Matcher.quoteReplacement(m.group(1) + m.group(2) + (m.group(3) == null ? "" : m.group(3) + ":") + m.group(5)
              + ":" + m.group(4))));
      tryLine(out, "drop-detach@" + n, solution, i, l -> DETACH.matcher(l).replaceFirst(m ->
          m.group(2) != null || m.group(3) != null ? " -it" : ""));
      tryLine(out, "default-bridge@" + n, solution, i, l -> NETWORK.matcher(l).replaceFirst(""));
      tryLine(out, "bind-for-volume@" + n, solution, i, l -> VOLUME.matcher(l).replaceFirst(m ->
          Matcher.quoteReplacement(m.group(1) + m.group(2) + "/tmp/" + m.group(3) + ":" + m.group(4))));
      tryLine(out, "volume-for-bind@" + n, solution, i, l -> BIND.matcher(l).replaceFirst(m ->
          Matcher.quoteReplacement(m.group(1) + m.group(2) + "mutantvol:" + m.group(4))));
      if (line.startsWith("docker run") || line.startsWith("docker create") || line.startsWith("docker pull")) {
        tryLine(out, "latest-tag@" + n, solution, i, l -> TAG.matcher(l).replaceFirst(m ->
            m.group(2).equals("latest") || m.group(1).contains(".") ? m.group() : Matcher.quoteReplacement(m.group(1) + ":latest")));
      }
      tryLine(out, "copy-all-before-install@" + n, solution, i, Mutants::copyAllBeforeInstall);
      tryLine(out, "drop-read-only@" + n, solution, i, l -> READ_ONLY.matcher(l).replaceFirst(""));
      List<String> dropped = new ArrayList<>(solution);
      dropped.remove(i);
      out.putIfAbsent("drop-line@" + n, dropped);
    }
    List<Mutant> list = new ArrayList<>();
    out.forEach((name, lines) -> list.add(new Mutant(name, lines)));
    return list;
  }

  /**
   * Moves a Dockerfile's {@code COPY . .} (or {@code ADD . .}) written in a command line (printf
   * with {@code \\n}, or a here-document) before its first {@code RUN}: the classic cache mistake.
   */
  static String copyAllBeforeInstall(String line) {
    String sep = line.contains("\\n") ? "\\n" : "\n";
    List<String> parts = new ArrayList<>(List.of(line.split(Pattern.quote(sep), -1)));
    int copy = -1;
    int run = -1;
    for (int k = 0; k < parts.size(); k++) {
      String t = parts.get(k).replaceFirst("^.*'", "").trim();
      if (run < 0 && t.startsWith("RUN ")) {
        run = k;
      }
      if (copy < 0 && (t.equals("COPY . .") || t.equals("ADD . ."))) {
        copy = k;
      }
    }
    if (copy < 0 || run < 0 || copy < run || parts.get(run).contains("'")) {
      return line;
    }
    String moved = parts.remove(copy);
    parts.add(run, moved.trim());
    return String.join(sep, parts);
  }

  private static void tryLine(Map<String, List<String>> out, String name, List<String> solution, int i,
      UnaryOperator<String> change) {
    String changed = change.apply(solution.get(i));
    if (!changed.equals(solution.get(i))) {
      List<String> lines = new ArrayList<>(solution);
      lines.set(i, changed);
      out.put(name, lines);
    }
  }
}
