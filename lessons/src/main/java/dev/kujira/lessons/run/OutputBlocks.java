package dev.kujira.lessons.run;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.load.LessonLoader;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the command outputs quoted in a lesson's prose, so none is typed by hand. A block
 * fenced as {@code ```output COMMAND} holds what COMMAND prints when run on the lesson's state at
 * that step (its start state and the solution of the steps before), in a throwaway fork.
 * {@link #render} writes them into the YAML text; {@link LessonTester} fails a stale one.
 */
public final class OutputBlocks {
  private static final Pattern FENCE = Pattern.compile("(?ms)^```output[ \\t]+(\\S[^\\n]*?)[ \\t]*\\n(.*?)^```[ \\t]*$");
  private static final Pattern FENCE_LINE = Pattern.compile("^(\\s*)```output[ \\t]+(\\S.*?)\\s*$");
  private static final Pattern END_LINE = Pattern.compile("^\\s*```\\s*$");

  private OutputBlocks() {
  }

  /**
   * Is one output block of a prose text.
   *
   * @param command the command whose output it quotes
   * @param content the text between the fences, as written now
   */
  public record Block(String command, String content) {
  }

  /** Returns the output blocks of {@code prose}, in order. */
  public static List<Block> in(String prose) {
    List<Block> out = new ArrayList<>();
    Matcher m = FENCE.matcher(prose);
    while (m.find()) {
      out.add(new Block(m.group(1), m.group(2)));
    }
    return out;
  }

  /** Returns what {@code command} prints (both streams, as a terminal shows them) on {@code engine}'s state, which it leaves as it was. */
  public static String output(Engine engine, String command) {
    return normalise(engine.probes().runInFork(command).output());
  }

  /** Returns {@code text} without trailing blanks on its lines and without trailing empty lines. */
  public static String normalise(String text) {
    return text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").stripTrailing();
  }

  /** Returns the present output of each block, per step index then command, from the lesson's states. */
  public static Map<Integer, Map<String, String>> outputs(Lesson lesson, EngineOptions options) {
    Map<Integer, Map<String, String>> out = new LinkedHashMap<>();
    try (LessonSession s = LessonSession.open(lesson, options)) {
      for (int i = 0; i < lesson.steps().size(); i++) {
        Step step = lesson.steps().get(i);
        Map<String, String> here = new LinkedHashMap<>();
        for (String prose : List.of(step.prose().ja(), step.prose().en())) {
          for (Block b : in(prose)) {
            here.computeIfAbsent(b.command(), c -> output(s.engine(), c));
          }
        }
        out.put(i, here);
        step.solution().forEach(s::run);
      }
    }
    return out;
  }

  /** Returns a message per block of {@code lesson} whose text differs from its command's output now. */
  public static List<String> stale(Lesson lesson, EngineOptions options) {
    List<String> problems = new ArrayList<>();
    Map<Integer, Map<String, String>> outputs = outputs(lesson, options);
    for (int i = 0; i < lesson.steps().size(); i++) {
      Step step = lesson.steps().get(i);
      for (String lang : List.of("ja", "en")) {
        for (Block b : in(lang.equals("ja") ? step.prose().ja() : step.prose().en())) {
          if (!normalise(b.content()).equals(outputs.get(i).get(b.command()))) {
            problems.add("output block `" + b.command() + "` of step " + (i + 1) + " (" + lang
                + ") is stale: run kujira lessons render");
          }
        }
      }
    }
    return problems;
  }

  /**
   * Returns the YAML text {@code yaml} of {@code lesson} with every output block's text replaced by
   * its command's output now (the prose must be literal block scalars, {@code |}, as the format
   * asks); everything else is left byte for byte.
   */
  public static String render(Lesson lesson, String yaml, EngineOptions options) {
    Map<Integer, Map<String, String>> outputs = outputs(lesson, options);
    List<int[]> ranges = LessonLoader.stepLines(yaml);
    String[] lines = yaml.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      Matcher f = FENCE_LINE.matcher(lines[i]);
      int end = i + 1;
      while (f.matches() && end < lines.length && !END_LINE.matcher(lines[end]).matches()) {
        end++;
      }
      String text = f.matches() && end < lines.length ? outputs.getOrDefault(step(ranges, i + 1), Map.of()).get(f.group(2)) : null;
      out.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
      if (text == null) {
        continue;
      }
      for (String l : text.split("\n", -1)) {
        out.append(l.isEmpty() ? "" : f.group(1) + l).append("\n");
      }
      i = end - 1;
    }
    return out.toString();
  }

  private static int step(List<int[]> ranges, int line) {
    for (int k = 0; k < ranges.size(); k++) {
      if (line >= ranges.get(k)[0] && line <= ranges.get(k)[1]) {
        return k;
      }
    }
    return -1;
  }
}
