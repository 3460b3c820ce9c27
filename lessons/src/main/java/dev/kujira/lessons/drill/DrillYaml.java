package dev.kujira.lessons.drill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a drill as a one-step lesson in the lessons' YAML format: the templates say what, this
 * class says how (quoting included), so every drill is a lesson the loader checks.
 */
public final class DrillYaml {
  private final String template;
  private final long seed;
  private final Map<String, String> files = new LinkedHashMap<>();
  private final List<String> start = new ArrayList<>();
  private String[] prose = {"", ""};
  private final List<String> tasks = new ArrayList<>();
  private final List<String> solution = new ArrayList<>();
  private final List<String> questions = new ArrayList<>();

  DrillYaml(String template, long seed) {
    this.template = template;
    this.seed = seed;
  }

  DrillYaml file(String path, String content) {
    files.put(path, content);
    return this;
  }

  DrillYaml start(String... lines) {
    start.addAll(List.of(lines));
    return this;
  }

  DrillYaml prose(String ja, String en) {
    prose = new String[] {ja, en};
    return this;
  }

  /**
   * Adds the task: its label, its goal (a YAML flow mapping), three hints as ja/en pairs (nudge,
   * concept, command) and detectors.
   */
  DrillYaml task(String labelJa, String labelEn, String goal, List<String> hints, String... detectors) {
    StringBuilder t = new StringBuilder();
    t.append("      - id: task\n        label: ").append(text(labelJa, labelEn)).append('\n')
        .append("        goal: ").append(goal).append('\n').append("        hints:\n");
    for (int i = 0; i + 1 < hints.size(); i += 2) {
      t.append("          - ").append(text(hints.get(i), hints.get(i + 1))).append('\n');
    }
    t.append("        detectors: [").append(String.join(", ", detectors)).append("]\n");
    tasks.add(t.toString());
    return this;
  }

  DrillYaml solution(String... lines) {
    solution.addAll(List.of(lines));
    return this;
  }

  /** Adds a "predict the output" question. */
  DrillYaml question(String promptJa, String promptEn, List<String> setup, String run, String ask, List<String> choices,
      String explainJa, String explainEn) {
    StringBuilder q = new StringBuilder();
    q.append("      - id: q\n        prompt: ").append(text(promptJa, promptEn)).append('\n')
        .append("        setup: ").append(list(setup)).append('\n')
        .append("        run: ").append(quote(run)).append('\n')
        .append("        ask: ").append(ask).append('\n');
    if (!choices.isEmpty()) {
      q.append("        choices: ").append(list(choices)).append('\n');
    }
    q.append("        explain: ").append(text(explainJa, explainEn)).append('\n');
    questions.add(q.toString());
    return this;
  }

  String yaml() {
    StringBuilder y = new StringBuilder();
    y.append("id: drill-").append(template).append('-').append(Long.toUnsignedString(seed)).append('\n')
        .append("title: ").append(text("ドリル", "Drill")).append('\n')
        .append("track: drill\nlevel: beginner\nminutes: 2\nstart:\n  files:").append(files.isEmpty() ? " {}\n" : "\n");
    files.forEach((p, c) -> y.append("    ").append(quote(p)).append(": ").append(quote(c)).append('\n'));
    y.append("  commands: ").append(list(start)).append('\n')
        .append("steps:\n  - prose: ").append(text(prose[0], prose[1])).append('\n');
    if (!tasks.isEmpty()) {
      y.append("    tasks:\n");
      tasks.forEach(y::append);
    }
    if (!questions.isEmpty()) {
      y.append("    questions:\n");
      questions.forEach(y::append);
    }
    y.append("    solution: ").append(list(solution)).append('\n');
    return y.toString();
  }

  public static String text(String ja, String en) {
    return "{ja: " + quote(ja) + ", en: " + quote(en) + "}";
  }

  public static String list(List<String> items) {
    return "[" + String.join(", ", items.stream().map(DrillYaml::quote).toList()) + "]";
  }

  /** Returns {@code s} as a YAML double-quoted scalar. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
