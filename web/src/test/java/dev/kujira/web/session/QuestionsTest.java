package dev.kujira.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.drill.DrillTemplate;
import dev.kujira.lessons.drill.Drills;
import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.run.LessonSession;
import dev.kujira.lessons.run.Prediction;
import dev.kujira.web.SvgPictures;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Predict the output" in the web's lesson workspace: the engine's answer, right and wrong, once each; drills solved alone or helped. */
class QuestionsTest {
  private final Lesson lesson = Catalog.bundled().lesson("compose-90-up-predict-down").orElseThrow();

  private static LessonWorkspace open(Lesson l, Lang lang) {
    return new LessonWorkspace(l, EngineOptions.defaults(), new SvgPictures(), () -> lang, null, "ann", (s, c) -> { });
  }

  private static Prediction engineAnswer(Lesson l) {
    try (LessonSession s = LessonSession.open(l, EngineOptions.defaults())) {
      return s.predict(s.currentStep().questions().get(0));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> question(LessonWorkspace w) {
    return ((List<Map<String, Object>>) w.view().get("questions")).get(0);
  }

  @Test
  void aWrongAnswerShowsTheEnginesAnswerTheExplanationAndTheRealOutputOnce() {
    LessonWorkspace w = open(lesson, Lang.EN);
    Map<String, Object> q = question(w);
    assertThat(q).containsEntry("id", "names").containsEntry("kind", "choices").containsEntry("answered", false)
        .doesNotContainKey("answer");
    assertThat(q.get("choices")).isEqualTo(List.of("web", "cache", "shop-web-1", "shop-cache-1"));
    Prediction p = engineAnswer(lesson);
    assertThat(w.answer("names", Drills.wrongAnswer(p))).contains(Optional.of(false));
    q = question(w);
    assertThat(q).containsEntry("answered", true).containsEntry("right", false)
        .containsEntry("answer", "shop-web-1, shop-cache-1");
    assertThat((String) q.get("explain")).as("Markdown, rendered escaped").contains("Compose names each container PROJECT-SERVICE-NUMBER.");
    assertThat((String) q.get("output")).contains("shop-web-1").contains("shop-cache-1");
    assertThat(w.answer("names", p.answerText())).as("a prediction is made once").contains(Optional.empty());
    assertThat(w.engine().state().containers().all()).as("the answer ran in a fork").isEmpty();
    w.reset();
    assertThat(w.answer("names", p.answerText())).as("after a reset, again").contains(Optional.of(true));
    assertThat(w.answer("nope", "1")).contains(Optional.empty());
    w.close();
  }

  @Test
  void aQuestionDrillIsSolvedAloneByTheRightAnswerAndATaskDrillNotAfterTheSolution() {
    DrillTemplate ps = DrillTemplate.all().stream().filter(t -> t.id().equals("predict-ps")).findFirst().orElseThrow();
    Lesson drill = ps.generate(7).lesson();
    LessonWorkspace w = open(drill, Lang.JA);
    assertThat(w.solvedAlone()).isFalse();
    Prediction p = engineAnswer(drill);
    w.answer(p.question().id(), p.answerText());
    assertThat(w.solvedAlone()).isTrue();
    w.close();

    DrillTemplate stop = DrillTemplate.all().stream().filter(t -> t.id().equals("stop-one")).findFirst().orElseThrow();
    Lesson task = stop.generate(7).lesson();
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
    LessonWorkspace alone = open(task, Lang.EN);
    task.solution().forEach(line -> alone.run(line, InputStream.nullInputStream(), sink, sink));
    assertThat(alone.solvedAlone()).isTrue();
    alone.close();
    LessonWorkspace helped = open(task, Lang.EN);
    helped.solution().forEach(line -> helped.run(line, InputStream.nullInputStream(), sink, sink));
    assertThat(helped.view().get("finished")).isEqualTo(true);
    assertThat(helped.solvedAlone()).as("the solution was shown").isFalse();
    helped.close();
  }
}
