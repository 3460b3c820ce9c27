package dev.kujira.lessons.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.load.LessonLoader;
import dev.kujira.lessons.model.Lesson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goals accept every right way to reach the state and reject wrong ones; a deliberately lenient
 * goal is caught by {@code lessons test} through its near misses and mutants.
 */
class GoalStrictnessTest {
  private static Lesson bundled() {
    return Catalog.bundled().lesson("first-steps-01-run-web").orElseThrow();
  }

  private static boolean finishes(Lesson lesson, List<String> lines) {
    try (LessonSession s = LessonSession.open(lesson, EngineOptions.defaults())) {
      lines.forEach(s::run);
      return s.finished();
    }
  }

  @Test
  void alternativeSolutions_createAndStart_longFlags_idPrefixes_allPass() {
    assertThat(finishes(bundled(), List.of("docker create --name web --publish 8080:80 nginx:1.27", "docker start web")))
        .isTrue();
    assertThat(finishes(bundled(), List.of("docker run --detach --name=web --publish=8080:80/tcp nginx:1.27"))).isTrue();
    assertThat(finishes(bundled(), List.of("docker run -d --name web nginx:1.27", "docker stop web",
        "docker rm $(docker ps -aq)", "docker container run -d -p 0.0.0.0:8080:80 --name web nginx:1.27"))).isTrue();
  }

  @Test
  void aComposeFile_isAsGoodAsCommands() {
    Lesson dns = Catalog.bundled().lesson("networks-01-user-network-dns").orElseThrow();
    String compose = "printf 'services:\\n  db:\\n    image: busybox\\n    command: sleep 1000\\n    networks: [appnet]\\n"
        + "  api:\\n    image: busybox\\n    command: sleep 1000\\n    networks: [appnet]\\n"
        + "networks:\\n  appnet:\\n    name: appnet\\n' > compose.yaml";
    assertThat(finishes(dns, List.of(compose, "docker compose up -d"))).isTrue();
    assertThat(finishes(dns, List.of(compose.replace("    networks: [appnet]\\n  api", "\\n  api"), "docker compose up -d")))
        .as("db left on the project's default network").isFalse();
  }

  @Test
  void wrongAnswers_fail() {
    assertThat(finishes(bundled(), List.of("docker run -d --name web -p 80:8080 nginx:1.27"))).isFalse();
    assertThat(finishes(bundled(), List.of("docker run -d --name web -p 8080:80 nginx:latest"))).isFalse();
    assertThat(finishes(bundled(), List.of("docker create --name web -p 8080:80 nginx:1.27"))).isFalse();
  }

  @Test
  void aLenientGoal_isCaughtByItsNearMissesAndMutants() {
    String yaml = String.join("\n", "id: lenient", "title: {ja: ゆるい, en: Lenient}", "track: t", "steps:",
        "  - prose: {ja: 本文, en: Text}", "    tasks:", "      - id: web",
        "        label: {ja: 公開する, en: publish}",
        // Too lenient: any container named web passes, whatever its ports.
        "        goal: {container: {name: web}}", "        hints: [{ja: ヒント, en: hint}]",
        "    solution: [docker run -d --name web -p 8080:80 nginx:1.27]",
        "nearMisses:", "  - commands: [docker run -d --name web -p 80:8080 nginx:1.27]", "    task: web",
        "    why: {ja: 逆, en: swapped}", "");
    Lesson lesson = LessonLoader.load("lenient.yaml", yaml).lesson().orElseThrow();
    LessonTester.Report r = LessonTester.test(lesson, EngineOptions.defaults());
    assertThat(r.passed()).isFalse();
    assertThat(r.failures()).anyMatch(f -> f.startsWith("near miss [docker run -d --name web -p 80:8080 nginx:1.27] passes task web"));
    assertThat(r.failures()).anyMatch(f -> f.startsWith("mutant swap-publish@1 passes every task"));
    assertThat(r.failures()).anyMatch(f -> f.startsWith("mutant drop-detach@1 passes every task")
        || f.startsWith("mutant latest-tag@1 passes every task"));
  }
}
