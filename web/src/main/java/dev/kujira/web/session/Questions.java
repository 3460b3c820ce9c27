package dev.kujira.web.session;

import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Question;
import dev.kujira.lessons.run.LessonSession;
import dev.kujira.lessons.run.Prediction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a lesson workspace's "predict the output" questions for the page: the engine's answers,
 * computed once when the learner enters a step (on the state the step starts from, as {@code kujira
 * learn} does), and the learner's answers. Not thread-safe: the workspace calls it with its lock held.
 */
final class Questions {
  private final LessonSession session;
  private final Map<String, Prediction> predictions = new HashMap<>();
  private final Map<String, String> given = new HashMap<>();
  private int step = -1;

  Questions(LessonSession session) {
    this.session = session;
  }

  /** Computes the current step's answers if the step changed since they were last computed. */
  void enterStep() {
    if (step == session.step()) {
      return;
    }
    step = session.step();
    predictions.clear();
    for (Question q : session.currentStep().questions()) {
      predictions.put(q.id(), session.predict(q));
    }
  }

  /** Forgets every prediction and answer (the lesson went back to its start). */
  void reset() {
    step = -1;
    predictions.clear();
    given.clear();
    enterStep();
  }

  /** Takes back the answers kept from before (a restart): question id to the answer given. */
  void restore(Map<String, String> answers) {
    given.putAll(answers);
  }

  /** Records the learner's answer to question {@code id}; empty when it is not a question open now. */
  Optional<Boolean> answer(String id, String input) {
    enterStep();
    Prediction p = predictions.get(id);
    if (p == null || given.containsKey(id)) {
      return Optional.empty();
    }
    given.put(id, input);
    return Optional.of(session.answer(p, input));
  }

  /** Returns the current step's questions for the page, each with its answer once the learner gave one. */
  List<Map<String, Object>> view(Lang l) {
    enterStep();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Question q : session.currentStep().questions()) {
      Prediction p = predictions.get(q.id());
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("id", q.id());
      v.put("prompt", Prose.html(q.prompt().in(l)));
      v.put("kind", p.multipleChoice() ? "choices" : q.ask() == Question.Ask.SUCCEEDS ? "yesno" : "number");
      v.put("choices", p.choices());
      String input = given.get(q.id());
      v.put("answered", input != null);
      if (input != null) {
        v.put("given", input);
        v.put("right", p.accepts(input));
        v.put("answer", answerText(p, l));
        v.put("run", q.run());
        v.put("output", p.result().output());
        String explain = q.explain().in(l);
        v.put("explain", explain.isBlank() ? "" : Prose.html(explain));
      }
      out.add(v);
    }
    return out;
  }

  /** Returns whether the current step asks questions and every one was answered right. */
  boolean allRight() {
    return !predictions.isEmpty() && predictions.values().stream()
        .allMatch(p -> given.containsKey(p.question().id()) && p.accepts(given.get(p.question().id())));
  }

  /** Returns the right answer in words: the choices' names, yes or no, or the number. */
  private static String answerText(Prediction p, Lang l) {
    if (p.multipleChoice()) {
      List<String> right = p.choices().stream().filter(p.correct()::contains).toList();
      return right.isEmpty() ? (l == Lang.JA ? "（なし）" : "(none)") : String.join(", ", right);
    }
    if (p.question().ask() == Question.Ask.SUCCEEDS) {
      boolean yes = p.correct().contains("yes");
      return l == Lang.JA ? (yes ? "はい（成功する）" : "いいえ（失敗する）") : (yes ? "yes (it succeeds)" : "no (it fails)");
    }
    return p.answerText();
  }
}
