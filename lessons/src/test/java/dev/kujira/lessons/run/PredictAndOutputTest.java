package dev.kujira.lessons.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.load.Diagnostic;
import dev.kujira.lessons.load.LessonLoader;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Predict the output" answers come from the engine, on a fork of the learner's state; output
 * blocks are rendered from the state at their step and a stale one fails {@code lessons test};
 * http goals go through the engine's network model.
 */
class PredictAndOutputTest {
  static final String YAML = """
      id: t-predict
      title: {ja: テスト, en: Test}
      track: test
      start:
        commands:
          - docker network create appnet
          - docker run -d --name db --network appnet redis:7
          - docker run -d --name api --network appnet busybox sleep 100000
          - docker run -d --name lone busybox sleep 100000
          - docker run --name done busybox true
      steps:
        - prose:
            ja: |
              動いているコンテナです。

              ```output docker ps --format '{{.Names}}'
              ```
            en: |
              The running containers.

              ```output docker ps --format '{{.Names}}'
              ```
          questions:
            - id: ps
              prompt: {ja: どれが表示されますか？, en: Which are listed?}
              setup: [docker stop api]
              run: docker ps --format '{{.Names}}'
              ask: listed
              choices: [db, api, lone, done]
            - id: dns
              prompt: {ja: 引けますか？, en: Does it resolve?}
              run: docker exec api ping -c 1 db
              ask: succeeds
            - id: nodns
              prompt: {ja: 引けますか？, en: Does it resolve?}
              run: docker exec lone ping -c 1 db
              ask: succeeds
            - id: code
              prompt: {ja: 終了コードは？, en: Exit code?}
              run: docker run busybox sh -c 'exit 3'
              ask: exitCode
            - id: count
              prompt: {ja: 何行？, en: How many lines?}
              run: docker ps -q
              ask: lines
          tasks:
            - id: web
              label: {ja: web を公開する, en: Publish web}
              goal:
                all:
                  - http: {url: "http://localhost:8080/", contains: nginx}
                  - http: {from: api, url: "http://web/", status: 200}
              hints: [{ja: "`docker run`", en: "`docker run`"}]
          solution:
            - docker run -d --name web --network appnet -p 8080:80 nginx:1.27
      """;

  static Lesson lesson(String yaml) {
    LessonLoader.Result r = LessonLoader.load("t.yaml", yaml);
    assertThat(r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)).isEmpty();
    return r.lesson().orElseThrow();
  }

  @Test
  void answersAreComputedByTheEngineOnAFork() {
    Lesson l = lesson(YAML);
    try (LessonSession s = LessonSession.open(l, EngineOptions.defaults())) {
      List<Question> qs = s.pendingQuestions();
      assertThat(qs).hasSize(5);
      Prediction ps = s.predict(qs.get(0));
      assertThat(ps.correct()).containsExactlyInAnyOrder("db", "lone");
      assertThat(ps.accepts("1 3")).isTrue();
      assertThat(ps.accepts("lone db")).isTrue();
      assertThat(ps.accepts("1 2 3")).isFalse();
      assertThat(s.predict(qs.get(1)).accepts("y")).isTrue();
      assertThat(s.predict(qs.get(2)).accepts("n")).as("the default bridge resolves no names").isTrue();
      assertThat(s.predict(qs.get(3)).answerText()).isEqualTo("3");
      assertThat(s.predict(qs.get(4)).answerText()).isEqualTo("3");
      assertThat(s.engine().state().containers().all().stream().filter(dev.kujira.engine.api.ContainerInfo::running)).hasSize(3)
          .as("the fork's docker stop left the learner's api running");
      assertThat(s.answer(ps, "1 3")).isTrue();
      assertThat(s.pendingQuestions()).hasSize(4);
    }
  }

  @Test
  void httpGoals_followPublishedPortsAndNetworks() {
    Lesson l = lesson(YAML);
    try (LessonSession s = LessonSession.open(l, EngineOptions.defaults())) {
      s.run("docker run -d --name web -p 8080:80 nginx:1.27");
      assertThat(s.finished()).as("web is not on appnet: api cannot reach it").isFalse();
      s.run("docker network connect appnet web");
      assertThat(s.finished()).isTrue();
    }
    try (LessonSession s = LessonSession.open(l, EngineOptions.defaults())) {
      s.run("docker run -d --name web --network appnet -p 80:8080 nginx:1.27");
      assertThat(s.finished()).as("ports swapped").isFalse();
    }
  }

  @Test
  void aQuestionWhoseSetupFails_failsTheLesson() {
    Lesson ok = lesson(YAML);
    assertThat(LessonTester.test(ok, EngineOptions.defaults()).failures()).noneMatch(f -> f.contains("setup fails"));
    // A one-letter name is refused by Docker: the question would describe a state that never was.
    Lesson bad = lesson(YAML.replace("setup: [docker stop api]", "setup: [docker run -d --name w busybox sleep 1]"));
    assertThat(LessonTester.test(bad, EngineOptions.defaults()).failures())
        .anyMatch(f -> f.startsWith("question ps: its setup fails: `docker run -d --name w busybox sleep 1` exits 125"));
  }

  @Test
  void outputBlocks_areRendered_andAStaleOneFailsTheLesson() {
    Lesson empty = lesson(YAML);
    assertThat(OutputBlocks.stale(empty, EngineOptions.defaults())).hasSize(2);
    String rendered = OutputBlocks.render(empty, YAML, EngineOptions.defaults());
    assertThat(rendered).contains("        ```output docker ps --format '{{.Names}}'\n        lone\n        api\n        db\n        ```");
    Lesson fresh = lesson(rendered);
    assertThat(OutputBlocks.stale(fresh, EngineOptions.defaults())).isEmpty();
    assertThat(LessonTester.test(fresh, EngineOptions.defaults()).failures()).noneMatch(f -> f.contains("stale"));
    assertThat(OutputBlocks.render(fresh, rendered, EngineOptions.defaults())).isEqualTo(rendered);
    Lesson stale = lesson(rendered.replaceFirst("        lone\n", "        lonely\n"));
    assertThat(LessonTester.test(stale, EngineOptions.defaults()).failures())
        .anyMatch(f -> f.contains("output block `docker ps --format '{{.Names}}'` of step 1 (ja) is stale"));
  }

  @Test
  void lint_outputBlockWithoutCommand_andBadQuestions() {
    LessonLoader.Result r = LessonLoader.load("t.yaml", YAML.replace("```output docker ps --format '{{.Names}}'\n        ```",
        "```output\n        ```").replace("ask: lines", "ask: count"));
    assertThat(r.diagnostics().stream().map(Diagnostic::toString))
        .anyMatch(d -> d.contains("output block without command"))
        .anyMatch(d -> d.contains("question needs ask: listed, exitCode, succeeds, cached or lines (not 'count')"));
  }
}
