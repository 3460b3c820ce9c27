package dev.kujira.lessons.load;

import dev.kujira.lessons.goal.Goal;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.model.NearMiss;
import dev.kujira.lessons.model.Question;
import dev.kujira.lessons.model.Step;
import dev.kujira.lessons.model.Task;
import dev.kujira.lessons.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one lesson YAML file into a {@link Lesson}, collecting every problem with its line and
 * column (the format is documented in lessons/README.md). A file with errors still yields as much
 * of the lesson as could be read, so lint can report everything at once.
 */
public final class LessonLoader {
  static final Set<String> LESSON_FIELDS = Set.of("id", "version", "title", "track", "order", "level", "tags",
      "minutes", "prerequisites", "start", "commands", "steps", "nearMisses", "mutants");
  private static final Set<String> TASK_FIELDS = Set.of("id", "label", "goal", "needs", "hints", "detectors");

  /**
   * Is a loaded lesson with the problems found, and the positions of its parts for later checks.
   *
   * @param lesson the lesson (empty when the file is not YAML at all)
   * @param diagnostics the problems
   */
  public record Result(Optional<Lesson> lesson, List<Diagnostic> diagnostics) {
  }

  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Y y;

  private LessonLoader(String file) {
    this.file = file;
    this.y = new Y(file, diagnostics);
  }

  /** Loads lesson text {@code yaml} that came from {@code file}. */
  public static Result load(String file, String yaml) {
    LessonLoader loader = new LessonLoader(file);
    try {
      Optional<Node> root = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(yaml);
      if (root.isEmpty()) {
        loader.diagnostics.add(new Diagnostic(file, 1, 1, Diagnostic.Severity.ERROR, "empty lesson file"));
        return new Result(Optional.empty(), loader.diagnostics);
      }
      return new Result(Optional.of(loader.lesson(root.get())), loader.diagnostics);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
      int col = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
      loader.diagnostics.add(new Diagnostic(file, line, col, Diagnostic.Severity.ERROR, "not valid YAML: " + e.getProblem()));
      return new Result(Optional.empty(), loader.diagnostics);
    }
  }

  /**
   * Returns the first and last line (from 1) of each step of lesson text {@code yaml}, in order
   * (empty when it is not a lesson), for tools that rewrite a step's text in place.
   */
  public static List<int[]> stepLines(String yaml) {
    List<int[]> out = new ArrayList<>();
    Optional<Node> root = new Compose(LoadSettings.builder().build()).composeString(yaml);
    if (root.isPresent() && root.get() instanceof org.snakeyaml.engine.v2.nodes.MappingNode m) {
      for (org.snakeyaml.engine.v2.nodes.NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k && k.getValue().equals("steps")
            && t.getValueNode() instanceof org.snakeyaml.engine.v2.nodes.SequenceNode seq) {
          for (Node step : seq.getValue()) {
            out.add(new int[] {step.getStartMark().map(x -> x.getLine() + 1).orElse(0),
                step.getEndMark().map(x -> x.getLine() + 1).orElse(Integer.MAX_VALUE)});
          }
        }
      }
    }
    return out;
  }

  private Lesson lesson(Node root) {
    Map<String, Node> m = y.map(root, "lesson", LESSON_FIELDS);
    for (String required : List.of("id", "title", "track", "steps")) {
      if (!m.containsKey(required)) {
        y.error(root, "missing field '" + required + "'");
      }
    }
    Map<String, Node> start = m.containsKey("start") ? y.map(m.get("start"), "start", Set.of("commands", "files")) : Map.of();
    Map<String, Node> commands = m.containsKey("commands")
        ? y.map(m.get("commands"), "commands", Set.of("allow", "deny", "deniedMessage")) : Map.of();
    List<Step> steps = new ArrayList<>();
    for (Node s : y.seq(m.get("steps"), "steps")) {
      steps.add(step(s));
    }
    if (steps.isEmpty() && m.containsKey("steps")) {
      y.error(m.get("steps"), "a lesson needs at least one step");
    }
    List<NearMiss> nearMisses = new ArrayList<>();
    for (Node n : y.seq(m.get("nearMisses"), "nearMisses")) {
      Map<String, Node> nm = y.map(n, "near miss", Set.of("commands", "task", "why"));
      nearMisses.add(new NearMiss(y.strings(nm.get("commands"), "commands"), y.str(nm.get("task"), "task"),
          text(nm.get("why"), n, "why")));
    }
    Map<String, String> accepted = new LinkedHashMap<>();
    if (m.containsKey("mutants")) {
      Map<String, Node> mu = y.map(m.get("mutants"), "mutants", Set.of("accepted"));
      y.map(mu.get("accepted"), "mutants.accepted", null).forEach((k, v) -> accepted.put(k, y.str(v, "reason")));
    }
    Node deniedNode = commands.get("deniedMessage");
    Text denied = deniedNode == null ? new Text("", "") : text(deniedNode, deniedNode, "deniedMessage");
    return new Lesson(y.str(m.get("id"), "id"), y.integer(m.get("version"), "version", 1),
        text(m.get("title"), root, "title"), y.str(m.get("track"), "track"), y.integer(m.get("order"), "order", 0),
        m.containsKey("level") ? y.str(m.get("level"), "level") : "beginner", y.strings(m.get("tags"), "tags"),
        y.integer(m.get("minutes"), "minutes", 10), y.strings(m.get("prerequisites"), "prerequisites"),
        y.strings(start.get("commands"), "start.commands"), y.stringMap(start.get("files"), "start.files"),
        y.strings(commands.get("allow"), "allow"), y.strings(commands.get("deny"), "deny"), denied, steps, nearMisses,
        accepted, file);
  }

  private Step step(Node node) {
    Map<String, Node> m = y.map(node, "step", Set.of("prose", "tasks", "solution", "questions"));
    List<Task> tasks = new ArrayList<>();
    for (Node t : y.seq(m.get("tasks"), "tasks")) {
      tasks.add(task(t));
    }
    Text prose = text(m.get("prose"), node, "prose");
    for (String lang : List.of(prose.ja(), prose.en())) {
      if (java.util.regex.Pattern.compile("(?m)^```output[ \\t]*$").matcher(lang).find()) {
        y.error(m.get("prose"), "output block without command: write ```output COMMAND");
      }
    }
    List<Question> questions = new ArrayList<>();
    for (Node q : y.seq(m.get("questions"), "questions")) {
      questions.add(question(q));
    }
    return new Step(prose, tasks, y.strings(m.get("solution"), "solution"), questions);
  }

  private Question question(Node node) {
    Map<String, Node> m = y.map(node, "question", Set.of("id", "prompt", "setup", "run", "ask", "choices", "explain"));
    String id = y.str(m.get("id"), "id");
    if (id.isEmpty()) {
      y.error(node, "question without id");
    }
    String run = y.str(m.get("run"), "run");
    if (run.isBlank()) {
      y.error(node, "question without the command to predict (run: COMMAND)");
    }
    String askName = m.containsKey("ask") ? y.str(m.get("ask"), "ask") : "";
    Question.Ask ask = Question.Ask.of(askName);
    if (ask == null) {
      y.error(m.getOrDefault("ask", node), "question needs ask: listed, exitCode, succeeds, cached or lines"
          + (askName.isEmpty() ? "" : " (not '" + askName + "')"));
      ask = Question.Ask.EXIT_CODE;
    }
    List<String> choices = y.strings(m.get("choices"), "choices");
    if (ask == Question.Ask.LISTED && choices.size() < 2) {
      y.error(m.getOrDefault("choices", node), "a listed question needs at least two choices");
    }
    if (ask != Question.Ask.LISTED && !choices.isEmpty()) {
      y.error(m.get("choices"), "choices belong to listed questions only (cached ones offer the build's steps)");
    }
    Text explain = m.containsKey("explain") ? text(m.get("explain"), node, "explain") : new Text("", "");
    return new Question(id, text(m.get("prompt"), node, "prompt"), y.strings(m.get("setup"), "setup"), run, ask,
        choices, explain);
  }

  private Task task(Node node) {
    Map<String, Node> m = y.map(node, "task", TASK_FIELDS);
    Goal goal = m.containsKey("goal") ? new GoalParser(y).parse(m.get("goal")) : new Goal.All(List.of());
    if (!m.containsKey("goal")) {
      y.error(node, "task without goal");
    }
    List<Text> hints = new ArrayList<>();
    for (Node h : y.seq(m.get("hints"), "hints")) {
      hints.add(text(h, h, "hint"));
    }
    if (hints.isEmpty()) {
      y.error(m.getOrDefault("hints", node), "task without hint (give a nudge, the concept, then the command)");
    }
    String id = y.str(m.get("id"), "id");
    if (id.isEmpty()) {
      y.error(node, "task without id");
    }
    for (String d : y.strings(m.get("detectors"), "detectors")) {
      if (!dev.kujira.lessons.detect.Detectors.ids().contains(d)) {
        y.error(m.get("detectors"), "unknown detector '" + d + "' (known: " + dev.kujira.lessons.detect.Detectors.ids() + ")");
      }
    }
    return new Task(id, text(m.get("label"), node, "label"), goal, y.strings(m.get("needs"), "needs"), hints,
        y.strings(m.get("detectors"), "detectors"));
  }

  /** Reads a {@code {ja, en}} text; a missing language is an error at the text (or at {@code parent}). */
  private Text text(Node node, Node parent, String what) {
    if (node == null) {
      y.error(parent, "missing " + what + " (ja and en)");
      return new Text("", "");
    }
    Map<String, Node> m = y.map(node, what, Set.of("ja", "en"));
    for (String lang : List.of("ja", "en")) {
      if (!m.containsKey(lang) || y.str(m.get(lang), lang).isBlank()) {
        y.error(node, "missing translation: " + what + " has no '" + lang + "' text");
      }
    }
    return new Text(y.str(m.get("ja"), "ja"), y.str(m.get("en"), "en"));
  }
}
