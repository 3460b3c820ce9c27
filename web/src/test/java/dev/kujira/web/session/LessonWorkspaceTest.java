package dev.kujira.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.run.CompletionCode;
import dev.kujira.web.SvgPictures;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Takes lesson 1 through the web's lesson workspace: ticks printed and pushed, undo, reset, replay, the code. */
class LessonWorkspaceTest {
  private static final byte[] KEY = "key".getBytes(StandardCharsets.UTF_8);
  private final Lesson lesson = Catalog.bundled().lesson("first-steps-01-run-web").orElseThrow();
  private final List<String> saved = new ArrayList<>();
  private final LessonWorkspace w = new LessonWorkspace(lesson, EngineOptions.defaults(), new SvgPictures(),
      () -> Lang.JA, KEY, "ann", (s, code) -> saved.add(s.lesson().id()));

  private String run(String line) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    w.run(line, InputStream.nullInputStream(), out, out);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static boolean done(Map<String, Object> view, String task) {
    return ((List<Map<String, Object>>) view.get("tasks")).stream()
        .anyMatch(t -> t.get("id").equals(task) && (Boolean) t.get("done"));
  }

  @Test
  void ticksArePrintedInTheTerminalAndPushedToThePage() {
    List<Map<String, Object>> views = new ArrayList<>();
    w.listen(views::add);
    assertThat(run("docker run -d --name web nginx:1.27")).contains("✔ nginx:1.27 イメージから web という名前のコンテナ");
    assertThat(done(views.get(views.size() - 1), "web")).isTrue();
    assertThat(views.get(views.size() - 1).get("step")).isEqualTo(1);
    assertThat(saved).isNotEmpty();
    assertThat(run("docker system prune -f")).contains("このレッスンでは `docker system prune` は使いません");
    assertThat(w.lines()).containsExactly("docker run -d --name web nginx:1.27");
    run("docker rm -f web");
    String last = run("docker run -d --name web -p 8080:80 nginx:1.27");
    assertThat(last).contains("完了コード: ");
    String code = (String) w.view().get("code");
    assertThat(CompletionCode.parse(code).orElseThrow().verify(KEY)).isTrue();
    assertThat(w.view().get("finished")).isEqualTo(true);
  }

  @Test
  void undoResetAndReplay() {
    run("docker run -d --name web nginx:1.27");
    assertThat(w.undo()).isEqualTo("docker run -d --name web nginx:1.27");
    assertThat(w.engine().state().containers().all()).isEmpty();
    assertThat(w.redo()).isEqualTo("docker run -d --name web nginx:1.27");
    assertThat(w.engine().state().containers().all()).hasSize(1);
    w.reset();
    assertThat(done(w.view(), "web")).isFalse();
    assertThat(w.lines()).isEmpty();
    w.replay(lesson.solution());
    assertThat(w.view().get("finished")).isEqualTo(true);
    assertThat(w.lines()).isEqualTo(lesson.solution());
  }

  @Test
  void hintsEscalateAndTheSolutionIsTheStepsLines() {
    assertThat(w.hint().orElseThrow()).hasValue(lesson.steps().get(0).tasks().get(0).hints().get(0).ja());
    assertThat(w.solution()).containsExactly("docker run -d --name web nginx:1.27");
  }

  @Test
  void proseIsRenderedWithRawHtmlEscaped() {
    assertThat(Prose.html("Run `docker ps`.\n\n<script>alert(1)</script>\n\n[x](javascript:alert%281%29)"))
        .contains("<code>docker ps</code>").contains("&lt;script&gt;").doesNotContain("<script>")
        .contains("href=\"\">x</a>");
  }
}
