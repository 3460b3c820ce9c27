package dev.kujira.lessons.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Lint reports each problem at its file:line:column with a clear message. */
class LessonLoaderTest {
  private static final String TASK = String.join("\n",
      "      - id: t",
      "        label: {ja: ラベル, en: label}",
      "        goal: {container: {name: web, state: running}}",
      "        hints: [{ja: ヒント, en: hint}]");

  private static String lesson(String steps) {
    return String.join("\n", "id: x", "title: {ja: タイトル, en: Title}", "track: t", "steps:", steps, "");
  }

  private static List<String> lint(String yaml) {
    LessonLoader.Result r = LessonLoader.load("x.yaml", yaml);
    List<String> out = r.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
    r.lesson().ifPresent(l -> Lint.within(l).forEach(d -> out.add(d.toString())));
    return out;
  }

  @Test
  void load_validLesson_hasNoErrors() {
    assertThat(lint(lesson("  - prose: {ja: 本文, en: Text}\n    tasks:\n" + TASK + "\n    solution: [docker run -d --name web nginx]")))
        .isEmpty();
  }

  @Test
  void load_unknownField_isReportedAtItsKey() {
    assertThat(lint(lesson("  - prose: {ja: 本文, en: Text}\n    taks: []\n    solution: [true]")))
        .anyMatch(d -> d.startsWith("x.yaml:6:5: error: unknown field 'taks' in step"));
  }

  @Test
  void load_missingTranslation_isAnError() {
    assertThat(lint(lesson("  - prose: {ja: 本文}\n    solution: [true]")))
        .anyMatch(d -> d.startsWith("x.yaml:5:12: error: missing translation: prose has no 'en' text"));
  }

  @Test
  void load_taskWithoutHint_andGoalThatCanNeverHold_areErrors() {
    String task = "      - id: t\n        label: {ja: ラ, en: l}\n        goal: {container: {state: running, exitCode: 1}}";
    List<String> d = lint(lesson("  - prose: {ja: 本文, en: Text}\n    tasks:\n" + task + "\n    solution: [true]"));
    assertThat(d).anyMatch(x -> x.contains("task without hint"));
    assertThat(d).anyMatch(x -> x.startsWith("x.yaml:9:54: error: a goal can never hold: an exit code needs state exited"));
  }

  @Test
  void load_needsCycle_andUnknownNeed_areErrors() {
    String tasks = String.join("\n", "      - id: a", "        needs: [b]", "        label: {ja: ラ, en: l}",
        "        goal: {network: n}", "        hints: [{ja: ヒ, en: h}]", "      - id: b", "        needs: [a, zz]",
        "        label: {ja: ラ, en: l}", "        goal: {network: n}", "        hints: [{ja: ヒ, en: h}]");
    List<String> d = lint(lesson("  - prose: {ja: 本文, en: Text}\n    tasks:\n" + tasks + "\n    solution: [true]"));
    assertThat(d).anyMatch(x -> x.contains("task 'a' is part of a needs cycle"));
    assertThat(d).anyMatch(x -> x.contains("needs 'zz', which is no task"));
  }

  @Test
  void load_outputBlockWithoutCommand_isAnError() {
    assertThat(lint(lesson("  - prose: {ja: \"```output\\n```\", en: Text}\n    solution: [true]")))
        .anyMatch(d -> d.contains("output block without command"));
  }

  @Test
  void load_brokenYaml_isReportedWithItsPosition() {
    assertThat(lint("id: x\ntitle: [unclosed\n")).singleElement().asString().startsWith("x.yaml:3:1: error: not valid YAML");
  }
}
