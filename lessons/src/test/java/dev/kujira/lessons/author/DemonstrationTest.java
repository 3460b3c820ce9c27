package dev.kujira.lessons.author;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.load.Diagnostic;
import dev.kujira.lessons.load.LessonLoader;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.run.LessonTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lesson shown in a session becomes a draft that lints and passes {@code lessons test}. */
class DemonstrationTest {
  private static String demonstrate(List<String> start, List<String> solution, String id) throws Exception {
    try (Engine engine = Engine.create(EngineOptions.defaults())) {
      start.forEach(engine::run);
      Demonstration d = Demonstration.start(engine, start);
      solution.forEach(engine::run);
      List<Proposal> proposals = d.propose(engine);
      assertThat(proposals).isNotEmpty();
      return d.draft(id, "mine", proposals, solution);
    }
  }

  private static Lesson loads(String yaml) {
    LessonLoader.Result r = LessonLoader.load("mine/draft.yaml", yaml);
    assertThat(r.diagnostics()).as(yaml).isEmpty();
    return r.lesson().orElseThrow();
  }

  @Test
  void aDemonstratedLesson_lintsAndPassesLessonsTest() throws Exception {
    List<String> start = List.of("docker network create appnet", "docker run -d --name db --network appnet redis:7",
        "docker run -d --name old busybox sleep 1000");
    List<String> solution = List.of("docker rm -f old",
        "docker run -d --name web --network appnet -p 8080:80 -v site:/usr/share/nginx/html nginx:1.27");
    String yaml = demonstrate(start, solution, "mine-01-web");
    assertThat(yaml).contains("{container: {name: \"web\", image: \"nginx:1.27\", state: running, publish: [\"8080:80\"], "
        + "network: [\"appnet\"], mount: [{type: volume, source: \"site\", target: \"/usr/share/nginx/html\"}]}}")
        .contains("{not: {container: {name: \"old\"}}}").contains("{volume: \"site\"}")
        .doesNotContain("{image: \"nginx:1.27\"}");
    Lesson lesson = loads(yaml);
    LessonTester.Report r = LessonTester.test(lesson, EngineOptions.defaults());
    assertThat(r.failures()).isEmpty();
    assertThat(r.mutants()).isGreaterThan(3);
  }

  @Test
  void aComposeDemonstration_proposesTheProject() throws Exception {
    List<String> start = List.of("mkdir -p /root/shop", "printf 'services:\\n  web:\\n    image: nginx:alpine\\n  cache:\\n"
        + "    image: redis:7\\n' > /root/shop/compose.yaml");
    String yaml = demonstrate(start, List.of("docker compose -f /root/shop/compose.yaml up -d --scale web=2"), "mine-02-compose");
    assertThat(yaml).contains("{compose: {project: \"shop\", services: {\"cache\": 1, \"web\": 2}}}");
    // Lints; lessons test is left out here: the simulator's `compose up` keeps the containers
    // running after Ctrl-C (real Compose stops them), so the drop-detach mutant would pass.
    loads(yaml);
  }
}
