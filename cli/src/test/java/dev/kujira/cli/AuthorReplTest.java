package dev.kujira.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.run.LessonTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authoring by demonstration in the REPL writes a lesson that lints and passes {@code lessons test}. */
class AuthorReplTest {
  @Test
  void authorStart_goal_keep_save_writesALessonThatLintsAndPasses(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("lessons/basics/01-web.yaml");
    String input = String.join("\n", "docker network create appnet", "docker run -d --name db --network appnet redis:7",
        ":author start", "docker run -d --name web --network appnet -p 8080:80 nginx:1.27", "docker volume create spare",
        ":author goal", ":author keep 1 2", ":author save " + file, "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Terminal t = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(input.getBytes(UTF_8)), out,
        UTF_8)) {
      Repl.run(t, new Repl.Options(List.of(), null, false, Map.of(), dir.resolve("mirror")));
    }
    String shown = out.toString(UTF_8);
    assertThat(shown).contains("author: start state recorded (2 command lines make it)")
        .contains("1) A container named web from nginx:1.27, host port 8080 published to 80, on the network appnet, left running")
        .contains("2) Create the volume spare").contains("author: keeping 2 goals").contains("author: wrote " + file);
    Catalog catalog = Catalog.read(dir.resolve("lessons"));
    assertThat(catalog.diagnostics()).isEmpty();
    assertThat(catalog.lessons()).singleElement().satisfies(l -> {
      assertThat(l.id()).isEqualTo("basics-01-web");
      assertThat(l.start()).containsExactly("docker network create appnet", "docker run -d --name db --network appnet redis:7");
      assertThat(l.solution()).containsExactly("docker run -d --name web --network appnet -p 8080:80 nginx:1.27",
          "docker volume create spare");
      assertThat(l.tasks()).hasSize(2);
      assertThat(LessonTester.test(l, EngineOptions.defaults()).failures()).isEmpty();
    });
  }
}
