package dev.kujira.lessons.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is typed at a prediction prompt: a colon command (":hint") or a line that answers nothing is
 * neither judged nor recorded, so the terminal carries it out or asks again; yes/no takes y, yes, n, no,
 * はい and いいえ (full-width letters too), numbers and choices as before.
 */
class PredictionPromptTest {
  @Test
  void colonCommandsAndUnclearLines_areNotJudged() {
    try (LessonSession s = LessonSession.open(PredictAndOutputTest.lesson(PredictAndOutputTest.YAML), EngineOptions.defaults())) {
      List<Question> qs = s.pendingQuestions();
      Prediction listed = s.predict(qs.get(0));
      Prediction yesNo = s.predict(qs.get(1));
      Prediction code = s.predict(qs.get(3));
      for (Prediction p : List.of(listed, yesNo, code)) {
        assertThat(p.read(":hint")).isEqualTo(Prediction.Reading.COMMAND);
        assertThat(p.read("  :help")).isEqualTo(Prediction.Reading.COMMAND);
        assertThat(s.tryAnswer(p, ":hint")).isEmpty();
      }
      for (String unclear : List.of("maybe", "yeah", "nope", "わからない", "", "ok")) {
        assertThat(yesNo.read(unclear)).as(unclear).isEqualTo(Prediction.Reading.UNCLEAR);
      }
      for (String yes : List.of("y", "Y", "yes", "YES", "はい", "ｙ", "ｙｅｓ")) {
        assertThat(yesNo.read(yes)).as(yes).isEqualTo(Prediction.Reading.ANSWER);
        assertThat(yesNo.accepts(yes)).as(yes).isTrue();
      }
      for (String no : List.of("n", "no", "いいえ", "Ｎ")) {
        assertThat(yesNo.accepts(no)).as(no).isFalse();
      }
      assertThat(code.read("three")).isEqualTo(Prediction.Reading.UNCLEAR);
      assertThat(code.read("３")).isEqualTo(Prediction.Reading.ANSWER);
      assertThat(code.accepts("３")).isTrue();
      assertThat(listed.read("1 9")).as("no 9th choice").isEqualTo(Prediction.Reading.UNCLEAR);
      assertThat(listed.read("1 3")).isEqualTo(Prediction.Reading.ANSWER);
      assertThat(listed.read("-")).isEqualTo(Prediction.Reading.ANSWER);
      assertThat(s.answers()).as("nothing unclear was recorded").isEmpty();
      assertThat(s.tryAnswer(yesNo, "y")).contains(true);
      assertThat(s.answers()).containsEntry("dns", true);
    }
  }
}
